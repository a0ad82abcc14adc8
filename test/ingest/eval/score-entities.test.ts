import { describe, expect, it } from 'vitest';
import { foldName } from '../../../ingest/eval/entity-rule';
import type { NamedEntity } from '../../../ingest/eval/named-facts';
import { scoreEntities } from '../../../ingest/eval/score-entities';
import { precisionRecall } from '../../../ingest/eval/tally';

// Entities of dev-001 ("Zelenskyy announces tangible progress…").
const zelenskyy: NamedEntity = { name: 'Volodymyr Zelenskyy', type: 'PERSON', aliases: ['Zelenskyy', 'President Volodymyr Zelenskyy'] };
const umierov: NamedEntity = { name: 'Rustem Umierov', type: 'PERSON', aliases: ['Umierov'] };
const staff: NamedEntity = { name: 'French General Staff', type: 'ORGANIZATION', aliases: [] };
const kyiv: NamedEntity = { name: 'Kyiv', type: 'PLACE', aliases: [] };
const gold = [zelenskyy, umierov, staff, kyiv];

describe('scoreEntities', () => {
  it('scores a perfect prediction 1 in every type', () => {
    const { byType } = scoreEntities(gold, gold);
    expect(byType).toEqual({
      PERSON: { hits: 2, spurious: 0, missed: 0 },
      ORGANIZATION: { hits: 1, spurious: 0, missed: 0 },
      PLACE: { hits: 1, spurious: 0, missed: 0 },
    });
  });

  it('lowers recall, not precision, for a missing entity', () => {
    const score = scoreEntities([zelenskyy, staff, kyiv], gold);
    expect(precisionRecall(score.byType.PERSON)).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3 });
    expect(score.missed).toEqual(['PERSON Rustem Umierov']);
  });

  it('matches a prediction named by an alias of the gold entity', () => {
    const score = scoreEntities([{ name: 'Umierov', type: 'PERSON', aliases: [] }], [umierov]);
    expect(score.byType.PERSON).toEqual({ hits: 1, spurious: 0, missed: 0 });
  });

  it('counts a second node for the same person as spurious (a duplicate)', () => {
    const split = [{ ...umierov, aliases: [] }, { name: 'Umierov', type: 'PERSON' as const, aliases: [] }];
    const score = scoreEntities(split, [umierov]);
    expect(score.byType.PERSON).toEqual({ hits: 1, spurious: 1, missed: 0 });
    expect(score.spurious).toEqual(['PERSON Umierov']);
  });

  it('does not match when the types disagree', () => {
    const score = scoreEntities([{ name: 'Kyiv', type: 'ORGANIZATION', aliases: [] }], [kyiv]);
    expect(score.byType.ORGANIZATION).toEqual({ hits: 0, spurious: 1, missed: 0 });
    expect(score.byType.PLACE).toEqual({ hits: 0, spurious: 0, missed: 1 });
  });

  it('folds a leading "the", a possessive and case, as FORMAT.md says', () => {
    expect(foldName("The French General Staff's")).toBe('french general staff');
    expect(foldName('Reuters\u2019')).toBe('reuters');
    const score = scoreEntities([{ name: "the French general staff's", type: 'ORGANIZATION', aliases: [] }], [staff]);
    expect(score.byType.ORGANIZATION.hits).toBe(1);
  });
});
