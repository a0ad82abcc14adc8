import { describe, expect, it } from 'vitest';
import type { NamedEntity, NamedRole } from '../../../ingest/eval/named-facts';
import { headWordOf, scoreRoles } from '../../../ingest/eval/score-roles';

describe('headWordOf', () => {
  it.each([
    ['Defence Minister', 'minister'], // FORMAT.md: no stop word, last word
    ['Advisor to the Prime Minister on Commerce', 'advisor'], // FORMAT.md: cut at the first "to"
    ['head of Pluriton', 'head'], // FORMAT.md: cut at "of"
    ['Chief of Defence Staff', 'chief'], // dev-001: the head is not the last word
    ['spokesperson, Ministry of Foreign Affairs', 'spokesperson'], // a comma ends the head too
  ])('%s → %s', (title, head) => expect(headWordOf(title)).toBe(head));
});

describe('scoreRoles', () => {
  const entities: NamedEntity[] = [
    { name: 'Rustem Umierov', type: 'PERSON', aliases: ['Umierov'] },
    { name: 'Ukraine', type: 'PLACE', aliases: [] },
    { name: 'France', type: 'PLACE', aliases: [] },
  ];
  const context = { predicted: entities, gold: entities };
  const gold: NamedRole = { person: 'Rustem Umierov', role: 'Defence Minister', org: 'Ukraine' };

  it('matches on person and head word, and scores org over matched pairs', () => {
    const score = scoreRoles([{ person: 'Umierov', role: 'Minister', org: 'France' }], [gold], context);
    expect({ tally: score.tally, orgRight: score.orgRight }).toEqual({ tally: { hits: 1, spurious: 0, missed: 0 }, orgRight: 0 });
  });

  it('does not match a different head word', () => {
    const score = scoreRoles([{ person: 'Rustem Umierov', role: 'Defence Secretary', org: 'Ukraine' }], [gold], context);
    expect(score.tally).toEqual({ hits: 0, spurious: 1, missed: 1 });
  });

  it('counts both orgs absent as right', () => {
    const score = scoreRoles([{ ...gold, org: null }], [{ ...gold, org: null }], context);
    expect(score.orgRight).toBe(1);
  });
});
