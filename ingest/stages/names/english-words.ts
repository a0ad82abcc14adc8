// English word stems from the Hunspell en_US dictionary (dictionary-en, SCOWL-based, ~49,000
// entries), read once into a Set. compromise's lexicon holds only ~14,000 words, so it misses
// plain words such as "space" or "university"; this list says whether a word is an English word at
// all. Entries written with a capital ("Reuters", "Obama") are proper names and are left out.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// The package's own entry point reads its files with a top-level await; reading the word file
// beside it keeps this module synchronous like the other gazetteers.
const dictionaryFolder = dirname(createRequire(import.meta.url).resolve('dictionary-en'));
const commonStems = new Set<string>();
for (const line of readFileSync(join(dictionaryFolder, 'index.dic'), 'utf8').split('\n').slice(1)) {
  const stem = line.split('/')[0]!.trim();
  if (/^\p{Ll}/u.test(stem)) commonStems.add(stem);
}

// Suffixes the dictionary's affix rules add to a stem, with what they replace.
const SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['ies', 'y'], ['es', ''], ['s', ''], ['ied', 'y'], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'],
  ['ers', ''], ['ers', 'e'], ['er', ''], ['er', 'e'], ['ly', ''],
];

// Prefixes the affix rules add ("reporter" is stored as "port" with a re- flag).
const PREFIXES = /^(?:re|un|de|dis|in|pre|mis|over|out|sub)(?=\p{L}{3})/u;

/** A lowercase English word, or an inflection of one ("News", "SPACE", "Surveys", "Reporter"). */
export function isEnglishWord(word: string): boolean {
  const lower = word.toLowerCase();
  const bare = lower.replace(PREFIXES, '');
  return isStemOrInflection(lower) || (bare !== lower && isStemOrInflection(bare));
}

function isStemOrInflection(lower: string): boolean {
  if (commonStems.has(lower)) return true;
  return SUFFIXES.some(([suffix, replacement]) => lower.endsWith(suffix) && lower.length > suffix.length + 2 && commonStems.has(lower.slice(0, -suffix.length) + replacement));
}
