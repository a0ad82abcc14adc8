/**
 * Turns what a user typed into a Lucene query that cannot be Lucene syntax: only the words are kept
 * (operators, quotes, brackets, wildcards and field names go with the separators), each becomes a
 * prefix term ("umier" finds Umierov), all must match, and a match in the name counts double.
 * Prefix terms bypass the analyzer, so they are lowercased and stripped of diacritics here, as the
 * index's standard-folding analyzer does to the names. null when no word is left: nothing matches.
 */
export function toLuceneQuery(search: string): string | null {
  const words = search.normalize('NFKC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  const terms = words
    .map((word) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())
    .filter((term) => term.length > 0);
  if (terms.length === 0) return null;
  return terms.map((term) => `(name:${term}*^2 OR aliasText:${term}*)`).join(' AND ');
}
