// Capitalised words that are no entity: works' titles, posts' remits, defined abbreviations and
// product names. Each test looks at the chunk's sentence only.
import { PRODUCT_NOUNS_AFTER } from './cue-words';
import { isPersonNoun, placeKindOf } from './gazetteer';
import type { NameChunk } from './refine-chunk';
import { governingIndex, wordOf } from './sentence-context';
import type { Token } from './tokenize';

/** “Earthly Messenger,”: a name that fills a pair of quotation marks is a work's title or a nickname. */
export function isQuotedTitle(tokens: readonly Token[], chunk: NameChunk): boolean {
  let before = chunk.first - 1;
  while (/^\p{Lu}/u.test(tokens[before]?.text ?? '')) before -= 1; // “Earthly Messenger”: "Earthly" was no name
  const opening = tokens[before]?.text ?? '';
  const after = tokens[chunk.last + 1]?.text === ',' ? tokens[chunk.last + 2] : tokens[chunk.last + 1];
  return ['“', '"', '‘'].includes(opening) && ['”', '"', '’'].includes(after?.text ?? '');
}

/** "Cabinet member for Communities and Local Place": a post's remit, unless it is a known place. */
export function isPortfolio(tokens: readonly Token[], chunk: NameChunk): boolean {
  const governed = governingIndex(tokens, chunk.first);
  if (wordOf(tokens[governed]) !== 'for' || !isPersonNoun(wordOf(tokens[governed - 1]))) return false;
  return chunk.tokens.every((token) => placeKindOf(token.text) === null);
}

/** "unfair competition law (UCL)": an acronym defined for a lowercase phrase names no entity. */
export function isDefinedAbbreviation(tokens: readonly Token[], chunk: NameChunk): boolean {
  const acronym = chunk.tokens.length === 1 ? chunk.tokens[0]!.text : '';
  if (!/^\p{Lu}{2,6}$/u.test(acronym) || tokens[chunk.first - 1]?.text !== '(') return false;
  const phrase = tokens.slice(Math.max(0, chunk.first - 1 - acronym.length), chunk.first - 1);
  return phrase.every((token) => /^\p{Ll}/u.test(token.text)) && phrase.map((token) => token.text[0]).join('').toUpperCase() === acronym;
}

/**
 * "Iskander missiles", "Kalibr and Kh-101 cruise missiles": a name followed, possibly through a
 * list of other names and one modifier, by a product noun is a product or model.
 */
export function isProductName(tokens: readonly Token[], from: number): boolean {
  let modifiers = 0;
  for (let i = from; i < from + 6; i += 1) {
    const token = tokens[i];
    if (token === undefined) return false;
    const word = token.text.toLowerCase();
    if (PRODUCT_NOUNS_AFTER.has(word)) return true;
    // "Atlas 5 rocket", "Falcon 9 rockets": a number after the name is the model's designation.
    if ([',', 'and', 'or'].includes(word) || /^\p{Lu}/u.test(token.text) || /^\p{N}+$/u.test(word)) continue;
    modifiers += 1;
    if (!token.isWord || modifiers > 1) return false;
  }
  return false;
}

// Kinds of works whose titles follow them: "the album Revenge", "his film Eyes Wide Open".
const WORK_NOUNS = new Set(['album', 'albums', 'film', 'films', 'movie', 'movies', 'song', 'songs', 'single', 'singles', 'book', 'books', 'novel', 'novels', 'documentary', 'mixtape', 'ep', 'show', 'series', 'play', 'opera', 'musical', 'painting', 'poem', 'track', 'tracks', 'title', 'titled', 'entitled', 'called', 'debut', 'sequel', 'release', 'lp', 'effort', 'record']);

/**
 * "the album Revenge", "his debut, These Things Happen": a capitalised run right after a kind of
 * work, or after it and a comma, is its title.
 */
export function isWorkTitle(tokens: readonly Token[], chunk: NameChunk): boolean {
  const before = tokens[chunk.first - 1]?.text === ',' ? tokens[chunk.first - 2] : tokens[chunk.first - 1];
  return before !== undefined && /^\p{Ll}/u.test(before.text) && WORK_NOUNS.has(before.text);
}

// Zones written after a clock time in wire copy; a closed list, as time zones are.
const TIME_ZONES = new Set(['ET', 'EST', 'EDT', 'CT', 'CST', 'CDT', 'MT', 'MST', 'MDT', 'PT', 'PST', 'PDT', 'GMT', 'UTC', 'BST', 'CET', 'CEST', 'EET', 'IST', 'JST', 'AEST', 'AEDT']);

/**
 * "10:02 a.m. ET", "7 pm EST", "01:26:09 PM GMT-0430": a time zone (with its offset, and the
 * capitalised "PM" before it) after a clock time is part of the time, no organisation.
 */
export function isTimeZoneAfterClock(tokens: readonly Token[], chunk: NameChunk): boolean {
  const words = chunk.tokens.map((token) => token.text.replace(/[+-]\d{1,4}$/, ''));
  const zone = words[0] === 'AM' || words[0] === 'PM' ? words.slice(1) : words;
  if (zone.length !== 1 || !TIME_ZONES.has(zone[0]!)) return false;
  const before = tokens.slice(Math.max(0, chunk.first - 4), chunk.first).map((token) => token.text).join('');
  return /(?:\p{N}|[ap]\.?m\.?)$/iu.test(before);
}
