import { isEnglishWord } from './english-words';
import type { Token } from './tokenize';

const PARTICLE_PREFIX = /^(?:al|el|ad|as|ash|at|az|abu|bin|ibn|d)['’-]\p{Lu}/u;

export function isCapitalisedWord(token: Token | undefined): token is Token {
  if (!token?.isWord || isGlued(token.text)) return false;
  return /^\p{Lu}/u.test(token.text) || PARTICLE_PREFIX.test(token.text);
}

/**
 * Words run together by a scraper ("NewsSportBusinessViews", "PSNIGarda"): two lower-to-upper
 * joins, or an acronym glued to a word. One join is a name ("McLeod", "DeSantis").
 */
function isGlued(word: string): boolean {
  return word.length > 5 && GLUED.test(word);
}
const GLUED = /\p{Ll}\p{Lu}.*\p{Ll}\p{Lu}|\p{Lu}{3}\p{Ll}/u;

/**
 * A long dictionary word in capitals: a shouted headline word ("BREAKING", "REPORTER"), not a
 * name; a long acronym no dictionary lists ("NASDAQ", "UNICEF") is a name.
 */
export function isShouting(word: string): boolean {
  return word.length >= 6 && word === word.toUpperCase() && /\p{Lu}{6}/u.test(word) && isEnglishWord(word.replace(/['’]S$/, ''));
}
