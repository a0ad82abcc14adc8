/** Hits, spurious predictions and missed gold items: enough to compute precision, recall and F1. */
export interface Tally {
  readonly hits: number;
  readonly spurious: number;
  readonly missed: number;
}

export const emptyTally: Tally = { hits: 0, spurious: 0, missed: 0 };

export function addTallies(a: Tally, b: Tally): Tally {
  return { hits: a.hits + b.hits, spurious: a.spurious + b.spurious, missed: a.missed + b.missed };
}

/** `right / asked`; asking nothing is vacuously all right (no predictions: none spurious), so 1. */
export function share(right: number, asked: number): number {
  return asked === 0 ? 1 : right / asked;
}

export interface PrecisionRecall {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function precisionRecall(tally: Tally): PrecisionRecall {
  const precision = share(tally.hits, tally.hits + tally.spurious);
  const recall = share(tally.hits, tally.hits + tally.missed);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** What a scorer could not match, described for `--explain`. */
export interface Findings {
  readonly missed: readonly string[];
  readonly spurious: readonly string[];
}
