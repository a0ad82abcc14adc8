import { type NameContext, isSameName } from './entity-rule';
import type { NamedEvent } from './named-facts';
import { candidatePairs, pairGreedily, unmatchedGold } from './pair-greedily';
import type { Findings, Tally } from './tally';

export interface EventScore extends Findings {
  readonly tally: Tally;
  /** Matched events whose place agrees (both none, or the same entity). */
  readonly placeRight: number;
  /** Matched events with exactly the gold date (or both without one). */
  readonly dateRight: number;
  /** Matched events whose place or date is wrong, as "predicted (gold: …)", for `--explain`. */
  readonly misplaced: readonly string[];
}

const describe = (event: NamedEvent): string =>
  `${event.type} [${event.participants.join(', ')}]${event.place ? ` at ${event.place}` : ''}${event.date ? ` on ${event.date}` : ''}`;

function isSamePlace(predicted: string | null, gold: string | null, context: NameContext): boolean {
  return predicted === null || gold === null ? predicted === gold : isSameName(predicted, gold, context);
}

/**
 * Same type and at least one shared participant (the same place, for a gold event naming no
 * participant). Pairs sharing more participants go first, so each gold event takes its closest prediction.
 */
function matchScore(p: NamedEvent, g: NamedEvent, context: NameContext): number | null {
  if (p.type !== g.type) return null;
  const samePlace = g.place !== null && isSamePlace(p.place, g.place, context);
  if (g.participants.length === 0) return samePlace ? 1 : null;
  const shared = g.participants.filter((name) => p.participants.some((mine) => isSameName(mine, name, context))).length;
  return shared === 0 ? null : shared + (samePlace ? 0.5 : 0);
}

export function scoreEvents(predicted: readonly NamedEvent[], gold: readonly NamedEvent[], context: NameContext): EventScore {
  const goldByPredicted = pairGreedily(candidatePairs(predicted, gold, (p, g) => matchScore(p, g, context)));
  const matched = [...goldByPredicted].map(([p, g]) => [predicted[p]!, gold[g]!] as const);
  const missed = unmatchedGold(gold.length, goldByPredicted).map((index) => describe(gold[index]!));
  const spurious = predicted.filter((_, index) => !goldByPredicted.has(index)).map(describe);
  return {
    tally: { hits: matched.length, spurious: spurious.length, missed: missed.length },
    placeRight: matched.filter(([p, g]) => isSamePlace(p.place, g.place, context)).length,
    dateRight: matched.filter(([p, g]) => p.date === g.date).length,
    misplaced: matched
      .filter(([p, g]) => p.date !== g.date || !isSamePlace(p.place, g.place, context))
      .map(([p, g]) => `${describe(p)} (gold: at ${g.place ?? 'no place'} on ${g.date ?? 'no date'})`),
    missed,
    spurious,
  };
}
