/** The fields of a full-text index to search, each with the weight a match in it carries. */
export type WeightedFields = readonly (readonly [field: string, weight: number])[];

/**
 * Turns what a user typed into a Lucene query that cannot be Lucene syntax: only the words are kept
 * (operators, quotes, brackets, wildcards and field names go with the separators), each becomes a
 * prefix term ("umier" finds Umierov) searched in every field at its weight, and all must match.
 * Prefix terms bypass the analyzer, so they are lowercased and stripped of diacritics here, as the
 * index's standard-folding analyzer does to the text. null when no word is left: nothing matches.
 */
export function toLuceneQuery(search: string, fields: WeightedFields): string | null {
  const words = search.normalize('NFKC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  const terms = words
    .map((word) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())
    .filter((term) => term.length > 0);
  if (terms.length === 0) return null;
  const inAnyField = (term: string) =>
    `(${fields.map(([field, weight]) => `${field}:${term}*${weight === 1 ? '' : `^${weight}`}`).join(' OR ')})`;
  return terms.map(inAnyField).join(' AND ');
}
