// British and American spellings of the words that recur in organisation names, so that
// "Defence Ministry" and "Defense Ministry" are one name.
const SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bdefence\b/g, 'defense'], [/\boffence\b/g, 'offense'], [/\bcentre(s?)\b/g, 'center$1'],
  [/\borganisation(s?)\b/g, 'organization$1'], [/\blabour\b/g, 'labor'], [/\bprogramme\b/g, 'program'],
  [/\bharbour\b/g, 'harbor'], [/\bneighbour/g, 'neighbor'],
];

/** The comparison form of a name: lower case, no dots, no leading "the", one spelling. */
export function nameKey(name: string): string {
  let key = name.toLowerCase().replace(/[’‘]/g, "'").replace(/\./g, '').replace(/\s+/g, ' ').trim();
  key = key.replace(/^the /, '');
  for (const [pattern, replacement] of SPELLINGS) key = key.replace(pattern, replacement);
  return key;
}
