/** Lowercase words of a quote, so punctuation and quotation-mark styles do not affect matching. */
export function wordsOf(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? [];
}

/** Whether `inner` occurs in `outer` as a run of whole words. */
export function containsWords(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0) return false;
  return ` ${outer.join(' ')} `.includes(` ${inner.join(' ')} `);
}

export function wordJaccard(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  const shared = [...left].filter((word) => right.has(word)).length;
  const union = left.size + right.size - shared;
  return union === 0 ? 0 : shared / union;
}
