import { type NameContext, isSameName } from './entity-rule';
import type { NamedRole } from './named-facts';
import { candidatePairs, pairGreedily, unmatchedGold } from './pair-greedily';
import type { Findings, Tally } from './tally';

export interface RoleScore extends Findings {
  readonly tally: Tally;
  /** Matched pairs whose organisation agrees (both none, or the same entity). */
  readonly orgRight: number;
}

const HEAD_STOP_WORDS = new Set(['of', 'to', 'for', 'at', 'in', 'on']);

/**
 * The last word before the first "of", "to", "for", "at", "in", "on" or comma:
 * "Defence Minister" → minister, "Advisor to the Prime Minister on Commerce" → advisor.
 */
export function headWordOf(title: string): string {
  const beforeComma = title.toLowerCase().split(',')[0] ?? '';
  const words = beforeComma.split(/\s+/).filter((word) => word.length > 0);
  const stop = words.findIndex((word) => HEAD_STOP_WORDS.has(word));
  const head = stop === -1 ? words : words.slice(0, stop);
  // A title that starts with a stop word has no head before it; its first word stands in.
  return head.at(-1) ?? words[0] ?? '';
}

const describe = (role: NamedRole): string => `${role.person}: ${role.role}${role.org ? ` (${role.org})` : ''}`;

/** A (person, role) pair matches on the person and the head word of the title; `org` is scored over matched pairs. */
export function scoreRoles(predicted: readonly NamedRole[], gold: readonly NamedRole[], context: NameContext): RoleScore {
  const pairs = candidatePairs(predicted, gold, (p, g) =>
    isSameName(p.person, g.person, context) && headWordOf(p.role) === headWordOf(g.role) ? 1 : null);
  const goldByPredicted = pairGreedily(pairs);
  const orgRight = [...goldByPredicted].filter(([predictedIndex, goldIndex]) => {
    const p = predicted[predictedIndex]!.org;
    const g = gold[goldIndex]!.org;
    return p === null || g === null ? p === g : isSameName(p, g, context);
  }).length;
  const missed = unmatchedGold(gold.length, goldByPredicted).map((index) => describe(gold[index]!));
  const spurious = predicted.filter((_, index) => !goldByPredicted.has(index)).map(describe);
  return { tally: { hits: goldByPredicted.size, spurious: spurious.length, missed: missed.length }, orgRight, missed, spurious };
}
