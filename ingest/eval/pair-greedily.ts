/** A prediction and a gold item that may be counted as the same thing, and how well they agree. */
export interface CandidatePair {
  readonly predicted: number;
  readonly gold: number;
  readonly score: number;
}

/**
 * One-to-one matching, best-scoring pairs first (ties in input order, which is prediction
 * order): the rule FORMAT.md gives for quotes, used for every fact so a duplicate never hits twice.
 * Returns gold index by prediction index.
 */
export function pairGreedily(candidates: readonly CandidatePair[]): Map<number, number> {
  const ordered = [...candidates].sort((a, b) => b.score - a.score);
  const goldByPredicted = new Map<number, number>();
  const takenGold = new Set<number>();
  for (const { predicted, gold } of ordered) {
    if (goldByPredicted.has(predicted) || takenGold.has(gold)) continue;
    goldByPredicted.set(predicted, gold);
    takenGold.add(gold);
  }
  return goldByPredicted;
}

/** Every (prediction, gold) pair that `scoreOf` accepts (a number, not null). */
export function candidatePairs<P, G>(
  predicted: readonly P[], gold: readonly G[], scoreOf: (p: P, g: G) => number | null,
): CandidatePair[] {
  return predicted.flatMap((p, predictedIndex) => gold.flatMap((g, goldIndex) => {
    const score = scoreOf(p, g);
    return score === null ? [] : [{ predicted: predictedIndex, gold: goldIndex, score }];
  }));
}

/** Gold indexes that no prediction took. */
export function unmatchedGold(goldCount: number, goldByPredicted: ReadonlyMap<number, number>): number[] {
  const taken = new Set(goldByPredicted.values());
  return Array.from({ length: goldCount }, (_, index) => index).filter((index) => !taken.has(index));
}
