/**
 * Turns what a user typed into an FTS5 query that cannot be FTS syntax: every word becomes a quoted
 * prefix term ("umier"* finds Umierov), and the terms must all match. Punctuation, operators and
 * stray quotes are dropped with the separators, which the index's tokenizer ignores anyway.
 * null when the text holds no word at all, which matches nothing.
 */
export function toFtsQuery(search: string): string | null {
  const words = search.normalize('NFKC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.map((word) => `"${word}"*`).join(' ');
}
