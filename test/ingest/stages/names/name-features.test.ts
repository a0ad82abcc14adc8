import { describe, expect, it } from 'vitest';
import { nameCandidatesOf } from '../../../../ingest/stages/mentions';
import { HASHED_KINDS, NAME_FEATURES, WORD_BUCKETS, type NameCandidate } from '../../../../ingest/stages/names/name-features';
import { splitSentences } from '../../../../ingest/stages/sentences';
import { articleOf } from '../article-fixture';

const candidatesOf = (text: string): Map<string, NameCandidate> =>
  new Map(nameCandidatesOf(splitSentences(articleOf(text))).map((candidate) => [candidate.surface, candidate]));
const feature = (candidate: NameCandidate | undefined, name: (typeof NAME_FEATURES)[number]): number =>
  candidate!.features.find(([index]) => index === NAME_FEATURES.indexOf(name))?.[1] ?? 0;

describe('name features', () => {
  // Real sentences from dev-001 (Reuters) and eval-tune2 fd-03.
  const text = 'Defence Minister Rustem Umierov said the talks in Kyiv went well. Umierov met officials of the French General Staff. A V/Line train hit a car near Jacana, Sergeant Richard Eldridge said.';
  const candidates = candidatesOf(text);

  it('describe a titled speaker: a given name, a title, a speech verb after it', () => {
    const umierov = candidates.get('Rustem Umierov');
    expect(feature(umierov, 'rule:PERSON')).toBe(1);
    expect(feature(umierov, 'two words')).toBe(1);
    expect(feature(umierov, 'share with title')).toBe(1);
    expect(feature(umierov, 'share before speech verb')).toBe(1);
    expect(feature(umierov, 'holds a shorter name')).toBe(1);
    expect(feature(candidates.get('Umierov'), 'part of a longer name')).toBe(1);
  });

  it('describe a place after a preposition and a body after "the"', () => {
    expect(feature(candidates.get('Kyiv'), 'share after place preposition')).toBe(1);
    expect(feature(candidates.get('Kyiv'), 'listed place')).toBe(1);
    expect(feature(candidates.get('French General Staff'), 'share after the')).toBe(1);
    expect(feature(candidates.get('French General Staff'), 'three words or more')).toBe(1);
  });

  it('add hashed word features after the named ones, within their slots', () => {
    const width = NAME_FEATURES.length + HASHED_KINDS.length * WORD_BUCKETS;
    for (const candidate of candidates.values()) {
      const hashed = candidate.features.filter(([index]) => index >= NAME_FEATURES.length);
      expect(hashed.length).toBeGreaterThanOrEqual(2); // a name word and its last word at least
      for (const [index] of candidate.features) expect(index).toBeLessThan(width);
    }
  });
});
