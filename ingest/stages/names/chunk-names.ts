import { isClosedClassWord, isCommonWord } from './gazetteer';
import { COMPASS_WORDS, NAME_CONNECTORS, NAME_PARTICLES, ORGANIZATION_HEADS, PLACE_HEADS, TITLE_HEADS, TITLE_MODIFIERS } from './cue-words';
import { refineRun, type NameChunk } from './refine-chunk';
import type { Token } from './tokenize';

/** What the whole article says about how words are written, for telling names from sentence starts. */
export interface DocWords {
  /** Words seen in lower case anywhere: "Background" is a name only if "background" never is. */
  readonly lowercase: ReadonlySet<string>;
  /** Words seen capitalised somewhere other than at a sentence start. */
  readonly midCapitalised: ReadonlySet<string>;
}

const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '-', '—', '–', ':', ';']);
const DASHES = new Set(['-', '—', '–']);
// A name continues over "of"/"for"/"and" only after a word that takes one: "Bank of England",
// "Gulf of Mexico", "North of England", "Chief of Army".
const OF_HEADS = new Set([...ORGANIZATION_HEADS, ...PLACE_HEADS, ...COMPASS_WORDS, ...TITLE_HEADS,
  'gulf', 'bay', 'isle', 'republic', 'kingdom', 'states', 'emirates', 'house', 'cape']);
const PARTICLE_PREFIX = /^(?:al|el|ad|as|ash|at|az|abu|bin|ibn|d)['’-]\p{Lu}/u;

export function isCapitalisedWord(token: Token | undefined): token is Token {
  if (!token?.isWord) return false;
  return /^\p{Lu}/u.test(token.text) || PARTICLE_PREFIX.test(token.text);
}

/** Candidate names in one sentence: maximal runs of capitalised words, cleaned of titles and demonyms. */
export function chunkNames(tokens: readonly Token[], sentenceIndex: number, words: DocWords): NameChunk[] {
  const chunks: NameChunk[] = [];
  const isHeadline = isHeadlineCase(tokens);
  let i = datelineEnd(tokens);
  if (i > 0) chunks.push({ tokens: tokens.slice(0, i), titles: [], sentenceIndex, first: 0, last: i - 1, tailType: null, isDateline: true });
  while (i < tokens.length) {
    if (!startsName(tokens, i, words, isHeadline)) {
      i += 1;
      continue;
    }
    const end = runEnd(tokens, i, isHeadline);
    chunks.push(...refineRun(tokens, i, end, sentenceIndex));
    i = end + 1;
  }
  return chunks;
}

function startsName(tokens: readonly Token[], i: number, words: DocWords, isHeadline: boolean): boolean {
  const token = tokens[i];
  if (!isCapitalisedWord(token) || isClosedClassWord(token.text) || isShouting(token.text)) return false;
  const lower = token.text.toLowerCase();
  if (isTypingWord(token.text)) return true;
  const previous = tokens[i - 1];
  const isSentenceStart = previous === undefined || OPENERS.has(previous.text);
  if (!isSentenceStart && !isHeadline) return true;
  if (words.midCapitalised.has(token.text)) return true;
  // A line label ("Background:", "Source:") is a heading, not a name.
  if (previous === undefined && tokens[i + 1]?.text === ':') return false;
  return !(isCommonWord(token.text) || words.lowercase.has(lower));
}

/** Index of the last token of the name run that starts at `start`. */
function runEnd(tokens: readonly Token[], start: number, isHeadline: boolean): number {
  let end = start;
  for (;;) {
    const last = tokens[end];
    if (last === undefined || last.isPossessive || last.hasModifierTail) return end;
    const next = tokens[end + 1];
    if (isNameWord(next, isHeadline)) {
      end += 1;
      continue;
    }
    const joined = joinerLength(tokens, start, end);
    if (joined === 0) return end;
    end += joined;
  }
}

function isNameWord(token: Token | undefined, isHeadline: boolean): token is Token {
  if (!isCapitalisedWord(token) || isClosedClassWord(token.text) || isShouting(token.text)) return false;
  return !isHeadline || isTypingWord(token.text) || !isCommonWord(token.text);
}

/** Title and head words keep their meaning even in a headline. */
function isTypingWord(word: string): boolean {
  const lower = word.toLowerCase();
  return TITLE_HEADS.has(lower) || TITLE_MODIFIERS.has(lower) || ORGANIZATION_HEADS.has(lower) || PLACE_HEADS.has(lower);
}

/** How many tokens after `end` a particle or connector joins to the run (0: none). */
function joinerLength(tokens: readonly Token[], start: number, end: number): number {
  const joiner = tokens[end + 1];
  if (!joiner?.isWord) return 0;
  const word = joiner.text;
  if (NAME_PARTICLES.has(word)) {
    if (isCapitalisedWord(tokens[end + 2])) return 2;
    if (NAME_PARTICLES.has(tokens[end + 2]?.text ?? '') && isCapitalisedWord(tokens[end + 3])) return 3;
  }
  if (!NAME_CONNECTORS.has(word)) return 0;
  const runWords = tokens.slice(start, end + 1).map((token) => token.text.toLowerCase());
  const hasHead = runWords.some((w) => OF_HEADS.has(w) || OF_HEADS.has(w.replace(/s$/, '')));
  if (!hasHead) return 0;
  const afterThe = word !== 'the' && tokens[end + 2]?.text === 'the' ? 3 : 2;
  if (!isNameWord(tokens[end + afterThe], false)) return 0;
  // "and" joins two halves of one organisation ("Control and Prevention"), not two names.
  if (word === 'and' && !runWords.some((w) => ORGANIZATION_HEADS.has(w))) return 0;
  return afterThe;
}

/** Number of leading tokens forming a dateline place ("SUMY (Reuters) -", "WASHINGTON, March 3 (AP) —"). */
function datelineEnd(tokens: readonly Token[]): number {
  let end = 0;
  while (tokens[end]?.isWord && /^[\p{Lu}.'’-]{2,}$/u.test(tokens[end]!.text)) end += 1;
  if (end === 0 || !tokens.slice(0, end).some((token) => token.text.length >= 3)) return 0;
  const dash = tokens.slice(end, end + 12).findIndex((token) => DASHES.has(token.text));
  if (dash < 0) return 0;
  const between = tokens.slice(end, end + dash);
  return between.every((token) => !token.isWord || /^\p{Lu}/u.test(token.text)) ? end : 0;
}

/** Title Case Or ALL CAPS text (a headline) capitalises ordinary words too. */
function isHeadlineCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => token.isWord && /^\p{L}/u.test(token.text));
  if (words.length < 5) return false;
  const capitalised = words.filter((token) => /^\p{Lu}/u.test(token.text)).length;
  return capitalised / words.length >= 0.8;
}

function isShouting(word: string): boolean {
  return word.length >= 6 && word === word.toUpperCase() && /\p{Lu}{6}/u.test(word);
}
