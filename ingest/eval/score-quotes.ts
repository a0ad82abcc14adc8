import { type NameContext, isSameName } from './entity-rule';
import type { NamedQuote } from './named-facts';
import { candidatePairs, pairGreedily, unmatchedGold } from './pair-greedily';
import { containsWords, wordJaccard, wordsOf } from './quote-words';
import { type Findings, type Tally, addTallies, emptyTally } from './tally';

export interface QuoteScore extends Findings {
  readonly tally: Tally;
  /** Matched gold quotes whose predicted speaker is the gold speaker. */
  readonly attributed: number;
  /** `about` names over the correctly attributed quotes. */
  readonly about: Tally;
  /** Matched quotes given to the wrong speaker (or to none), described for `--explain`. */
  readonly misattributed: readonly string[];
}

const describe = (quote: NamedQuote): string => `${quote.speaker ?? '(no speaker)'}: "${quote.text}"`;

function aboutTally(predicted: readonly string[], gold: readonly string[], context: NameContext): Tally {
  const pairs = candidatePairs(predicted, gold, (p, g) => (isSameName(p, g, context) ? 1 : null));
  const hits = pairGreedily(pairs).size;
  return { hits, spurious: predicted.length - hits, missed: gold.length - hits };
}

/**
 * Quotes match when one text contains the other or their word Jaccard is at least 0.5, one to
 * one, best overlap first. A leftover prediction lying inside a matched gold quote is one part
 * of a quote split by "she said": neither a hit nor spurious.
 */
export function scoreQuotes(predicted: readonly NamedQuote[], gold: readonly NamedQuote[], context: NameContext): QuoteScore {
  const predictedWords = predicted.map((quote) => wordsOf(quote.text));
  const goldWords = gold.map((quote) => wordsOf(quote.text));
  const pairs = candidatePairs(predictedWords, goldWords, (p, g) => {
    const overlap = wordJaccard(p, g);
    return overlap >= 0.5 || containsWords(p, g) || containsWords(g, p) ? overlap : null;
  });
  const goldByPredicted = pairGreedily(pairs);
  const matchedGold = [...goldByPredicted.values()];
  const isSplitPart = (index: number): boolean => matchedGold.some((goldIndex) => containsWords(goldWords[goldIndex]!, predictedWords[index]!));
  const spurious = predicted.filter((_, index) => !goldByPredicted.has(index) && !isSplitPart(index));

  let attributed = 0;
  let about = emptyTally;
  const misattributed: string[] = [];
  for (const [predictedIndex, goldIndex] of goldByPredicted) {
    const p = predicted[predictedIndex]!;
    const g = gold[goldIndex]!;
    if (p.speaker === null || g.speaker === null || !isSameName(p.speaker, g.speaker, context)) {
      misattributed.push(`${describe(g)}, given to ${p.speaker ?? 'no one'}`);
      continue;
    }
    attributed += 1;
    about = addTallies(about, aboutTally(p.about, g.about, context));
  }
  const missed = unmatchedGold(gold.length, goldByPredicted).map((index) => describe(gold[index]!));
  return {
    tally: { hits: goldByPredicted.size, spurious: spurious.length, missed: missed.length },
    attributed,
    about,
    misattributed,
    missed,
    spurious: spurious.map(describe),
  };
}
