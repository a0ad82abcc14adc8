import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/domain/entity';
import { entityIdFor, normaliseForIdentity } from '../../../src/domain/ids';
import { foldNameKey } from '../../../src/domain/name-key';
import { decideMerges } from '../../../ingest/resolve/decide-merges';
import { lookupKeysOf } from '../../../ingest/resolve/lookup-keys';
import { type ResolutionPair, resolutionPairs } from '../../fixtures/resolution-pairs';

// Every pair's first article is in one store, so a later name meets all the stored people who
// could be it, as in a real graph; the lookup indexes names and aliases as written and folded.
const storedEntities: Entity[] = [...new Map(resolutionPairs.map(({ type, stored }) => {
  const id = entityIdFor(type, stored.name);
  return [id, { id, type, name: stored.name, aliases: [...stored.aliases], mentionCount: 1 }] as const;
})).values()];
const indexKeysOf = (entity: Entity): string[] => [entity.name, ...entity.aliases].flatMap((name) => [normaliseForIdentity(name), foldNameKey(name)]);

type Verdict = 'right merge' | 'wrong merge' | 'kept apart';
function verdictOf(pair: ResolutionPair): Verdict {
  const draft = { key: 'e0', type: pair.type, name: pair.incoming.name, aliases: pair.incoming.aliases, mentionIndexes: [0], gender: null };
  const keys = new Set(lookupKeysOf(draft));
  const candidates = storedEntities.filter((entity) => indexKeysOf(entity).some((key) => keys.has(key)));
  const [decision] = decideMerges([draft], candidates);
  if (decision!.stored === null) return 'kept apart';
  return pair.same && decision!.entityId === entityIdFor(pair.type, pair.stored.name) ? 'right merge' : 'wrong merge';
}

describe('cross-article merging on the resolution pairs', () => {
  const verdicts = resolutionPairs.map((pair) => ({ pair, verdict: verdictOf(pair) }));
  const merges = verdicts.filter(({ verdict }) => verdict !== 'kept apart').length;
  const right = verdicts.filter(({ verdict }) => verdict === 'right merge').length;
  const same = resolutionPairs.filter((pair) => pair.same).length;

  it('reports merge precision and recall, and makes no wrong merge', () => {
    console.log(`merge precision ${(right / merges).toFixed(3)} (${right}/${merges}), recall ${(right / same).toFixed(3)} (${right}/${same})`);
    for (const { pair, verdict } of verdicts) {
      const expected = pair.same ? 'right merge' : 'kept apart';
      if (verdict !== expected) console.log(`  ${verdict}: "${pair.incoming.name}" vs stored "${pair.stored.name}"`);
    }
    expect(verdicts.filter(({ verdict }) => verdict === 'wrong merge').map(({ pair }) => pair.incoming.name)).toEqual([]);
  });

  it('never merges different people who share a surname or a first name', () => {
    const wrong = verdicts.filter(({ pair, verdict }) => pair.type === 'PERSON' && !pair.same && verdict !== 'kept apart');
    expect(wrong.map(({ pair }) => pair.incoming.name)).toEqual([]);
  });

  it('merges the transliteration variants of one name', () => {
    const zelenskyy = verdicts.filter(({ pair }) => pair.stored.name === 'Volodymyr Zelenskyy');
    expect(zelenskyy.map(({ verdict }) => verdict)).toEqual(['right merge', 'right merge']);
  });
});
