import { ENTITY_TYPES, type EntityType } from '../../src/domain/entity';
import { foldName, isSameEntity, refOf } from './entity-rule';
import type { NamedEntity } from './named-facts';
import { candidatePairs, pairGreedily, unmatchedGold } from './pair-greedily';
import { type Findings, type Tally } from './tally';

export interface EntityScore extends Findings {
  readonly byType: Readonly<Record<EntityType, Tally>>;
}

const describe = (entity: NamedEntity): string => `${entity.type} ${entity.name}`;

/**
 * Document-level entity matching, one to one. Pairs whose names are equal go first so that
 * a prediction matching two gold entities through an alias takes the one it is named for;
 * a second prediction of an already matched entity is spurious (a duplicate node).
 */
export function scoreEntities(predicted: readonly NamedEntity[], gold: readonly NamedEntity[]): EntityScore {
  const goldRefs = gold.map(refOf);
  const pairs = candidatePairs(predicted.map(refOf), goldRefs, (p, g) => {
    if (!isSameEntity(p, g)) return null;
    return [...p.folded].filter((name) => g.folded.has(name)).length;
  });
  const boost = (predictedIndex: number, goldIndex: number): number =>
    foldName(predicted[predictedIndex]!.name) === foldName(gold[goldIndex]!.name) ? 1000 : 0;
  const goldByPredicted = pairGreedily(pairs.map((pair) => ({ ...pair, score: pair.score + boost(pair.predicted, pair.gold) })));

  const hits = predicted.filter((_, index) => goldByPredicted.has(index));
  const spurious = predicted.filter((_, index) => !goldByPredicted.has(index));
  const missed = unmatchedGold(gold.length, goldByPredicted).map((index) => gold[index]!);
  const countOf = (entities: readonly NamedEntity[], type: EntityType): number => entities.filter((entity) => entity.type === type).length;
  const byType = Object.fromEntries(ENTITY_TYPES.map((type) => [type, {
    hits: countOf(hits, type), spurious: countOf(spurious, type), missed: countOf(missed, type),
  }])) as Record<EntityType, Tally>;
  return { byType, missed: missed.map(describe), spurious: spurious.map(describe) };
}
