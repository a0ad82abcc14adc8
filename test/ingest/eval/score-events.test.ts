import { describe, expect, it } from 'vitest';
import type { NamedEntity, NamedEvent } from '../../../ingest/eval/named-facts';
import { scoreEvents } from '../../../ingest/eval/score-events';

// dev-001: "the chiefs of staff of the French and UK militaries visited Kyiv".
const entities: NamedEntity[] = [
  { name: 'Antony Radakin', type: 'PERSON', aliases: ['Admiral Antony Radakin'] },
  { name: 'Thierry Burkhard', type: 'PERSON', aliases: [] },
  { name: 'Kyiv', type: 'PLACE', aliases: [] },
  { name: 'Kharkiv', type: 'PLACE', aliases: [] },
];
const context = { predicted: entities, gold: entities };
const visit: NamedEvent = { type: 'VISIT', participants: ['Antony Radakin', 'Thierry Burkhard'], place: 'Kyiv', date: '2025-04-04' };
const strike: NamedEvent = { type: 'ATTACK', participants: [], place: 'Kharkiv', date: null };

describe('scoreEvents', () => {
  it('matches the same type sharing one participant, and scores place and date over matches', () => {
    const predicted: NamedEvent = { type: 'VISIT', participants: ['Admiral Antony Radakin'], place: null, date: '2025-04-04' };
    const score = scoreEvents([predicted], [visit], context);
    expect({ tally: score.tally, placeRight: score.placeRight, dateRight: score.dateRight })
      .toEqual({ tally: { hits: 1, spurious: 0, missed: 0 }, placeRight: 0, dateRight: 1 });
    expect(score.misplaced).toEqual(['VISIT [Admiral Antony Radakin] on 2025-04-04 (gold: at Kyiv on 2025-04-04)']);
  });

  it('lists no matched event as misplaced when place and date agree', () => {
    expect(scoreEvents([visit], [visit], context).misplaced).toEqual([]);
  });

  it('does not match another type with the same participants', () => {
    expect(scoreEvents([{ ...visit, type: 'MEETING' }], [visit], context).tally).toEqual({ hits: 0, spurious: 1, missed: 1 });
  });

  it('matches a gold event without participants by its place', () => {
    expect(scoreEvents([{ ...strike, participants: ['Kyiv'] }], [strike], context).tally.hits).toBe(1);
    expect(scoreEvents([{ ...strike, place: 'Kyiv' }], [strike], context).tally.hits).toBe(0);
  });

  it('lets each gold event match one prediction only', () => {
    expect(scoreEvents([visit, visit], [visit], context).tally).toEqual({ hits: 1, spurious: 1, missed: 0 });
  });
});
