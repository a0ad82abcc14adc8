// British and American spellings of the words that recur in organisation names, so that
// "Defence Ministry" and "Defense Ministry" are one name.
const SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['defence', 'defense'], ['offence', 'offense'], ['centre', 'center'], ['centres', 'centers'],
  ['organisation', 'organization'], ['organisations', 'organizations'], ['labour', 'labor'],
  ['programme', 'program'], ['harbour', 'harbor'], ['neighbour', 'neighbor'], ['neighbours', 'neighbors'],
]);
const BRITISH_WORD = new RegExp(`\\b(?:${[...SPELLINGS.keys()].join('|')})\\b`, 'g');

/** The comparison form of a name: lower case, no dots, no leading "the", one spelling. */
export function nameKey(name: string): string {
  const key = name.toLowerCase().replace(/[’‘]/g, "'").replace(/\./g, '').replace(/\s+/g, ' ').trim();
  return key.replace(/^the /, '').replace(BRITISH_WORD, (word) => SPELLINGS.get(word) ?? word);
}
