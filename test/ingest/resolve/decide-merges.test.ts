import { describe, expect, it } from 'vitest';
import type { Entity, EntityType } from '../../../src/domain/entity';
import { entityIdFor } from '../../../src/domain/ids';
import type { EntityDraft } from '../../../ingest/doc';
import { decideMerges } from '../../../ingest/resolve/decide-merges';

const draft = (name: string, type: EntityType = 'PERSON', aliases: string[] = []): EntityDraft =>
  ({ key: 'e0', type, name, aliases, mentionIndexes: [0], gender: null });
const stored = (name: string, type: EntityType = 'PERSON', aliases: string[] = []): Entity =>
  ({ id: entityIdFor(type, name), type, name, aliases, mentionCount: 3 });

/** Name of the stored entity the draft joined and why, or "new". */
function outcome(incoming: EntityDraft, candidates: Entity[]): string {
  const [decision] = decideMerges([incoming], candidates);
  if (decision!.stored === null) return decision!.entityId === entityIdFor(incoming.type, incoming.name) ? 'new' : 'bad id';
  return `${decision!.stored.name}${decision!.reason ? ` (${decision!.reason})` : ''}`;
}

const zelenskyy = stored('Volodymyr Zelenskyy', 'PERSON', ['Zelenskyy', 'President Volodymyr Zelenskyy']);
const umierov = stored('Rustem Umierov', 'PERSON', ['Umierov']);

describe('decideMerges', () => {
  it.each([
    // Re-ingest: the draft finds the node it created itself; nothing to record.
    [draft('Rustem Umierov'), [umierov], 'Rustem Umierov'],
    // Transliteration and doubled letters fold to one key.
    [draft('Volodymyr Zelensky'), [zelenskyy, umierov], 'Volodymyr Zelenskyy (same name in another spelling)'],
    [draft('Zelensky'), [zelenskyy, umierov], 'Volodymyr Zelenskyy (surname of the only stored person so named)'],
    [draft('Umierov'), [zelenskyy, umierov], 'Rustem Umierov (surname of the only stored person so named)'],
    // A middle name or an initial does not keep the same person apart.
    [draft('Rustem Enverovych Umierov'), [umierov], 'Rustem Umierov (surname + matching first name)'],
    [draft('R. Umierov'), [umierov], 'Rustem Umierov (surname + matching first name)'],
    // A full name completes a person stored by surname only, when no other-named person shares it.
    [draft('John Smith'), [stored('Smith')], 'Smith (full name of a person stored by surname only)'],
    // Organisations and places merge through a stored alias.
    [draft('Russian Defense Ministry', 'ORGANIZATION', ['Russian Defence Ministry']),
      [stored('Ministry of Defence of Russia', 'ORGANIZATION', ['Russian Defence Ministry'])],
      'Ministry of Defence of Russia (alias of stored entity)'],
    [draft('Erdoğan'), [stored('Recep Tayyip Erdogan', 'PERSON', ['Erdogan'])], 'Recep Tayyip Erdogan (surname of the only stored person so named)'],
  ])('%# %o joins the right stored entity', (incoming, candidates, expected) => {
    expect(outcome(incoming, candidates)).toBe(expected);
  });

  it.each([
    // Different first names never merge, however alike the rest.
    [draft('Jane Smith'), [stored('John Smith')]],
    [draft('Hunter Biden'), [stored('Joe Biden', 'PERSON', ['Biden'])]],
    // A bare surname shared by two stored people could be either.
    [draft('Smith'), [stored('John Smith'), stored('Jane Smith')]],
    // A bare "Smith" stored next to Jane Smith may be her: John Smith does not take it.
    [draft('John Smith'), [stored('Smith'), stored('Jane Smith')]],
    // Same name, other kind of thing.
    [draft('Georgia', 'PLACE'), [stored('Georgia', 'PERSON')]],
    // A person's one-word alias is a surname, not proof: Jane Smith is not John Smith through "Smith".
    [draft('Jane Smith', 'PERSON', ['Smith']), [stored('John Smith', 'PERSON', ['Smith'])]],
  ])('%# keeps %o apart', (incoming, candidates) => {
    expect(outcome(incoming, candidates)).toBe('new');
  });

  it('decides each draft of an article independently, in order', () => {
    const decisions = decideMerges([{ ...draft('Zelensky'), key: 'e0' }, { ...draft('Kyiv', 'PLACE'), key: 'e1' }], [zelenskyy]);
    expect(decisions.map(({ key, entityId, reason }) => ({ key, entityId, reason }))).toEqual([
      { key: 'e0', entityId: zelenskyy.id, reason: 'surname of the only stored person so named' },
      { key: 'e1', entityId: entityIdFor('PLACE', 'Kyiv'), reason: null },
    ]);
  });
});
