import { ORGANIZATION_NOUNS_BEFORE, SPEECH_VERBS } from './cue-words';
import { isDatelineCredit } from './datelines';
import { isClosedClassWord, isCommonWord, isKnownName, isNonNounWord } from './gazetteer';
import type { NameChunk } from './refine-chunk';
import { isEnglishWord } from './english-words';
import { isShouting } from './word-shape';
import { governingIndex, wordOf } from './sentence-context';
import { joinedText, type Token } from './tokenize';

const CAPITALS = /^(?:\p{Lu}\.?){2,6}$/u;
// Verbs that follow a subject: "the RSPB has", "the FDA said".
const VERBS_AFTER_SUBJECT = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'will', 'would', 'can', 'could', 'does', 'did', 'may', 'must', 'should']);
// Prepositions take a noun phrase: "at UCSD", "a statement to NOTUS", "in DC".
const PREPOSITIONS = new Set(['in', 'at', 'to', 'by', 'with', 'for', 'from', 'of', 'on', 'against', 'near', 'into', 'via']);
// Marks before a credit: "(AFP)", "©AFP", "(NYSE:ALR)"; chrome and shouting are not bracketed.
const CREDIT_MARKS = new Set(['(', '©']);

/**
 * A lone word whose capital says nothing by itself: a dictionary word in capitals ("STAFF REPORTER",
 * "SPACE NEWS") or a two-letter one ("PC vendor", "NT$"), shouting or common nouns as often as
 * acronyms (a longer one that no dictionary lists, "RSPB", "FLDS", is an acronym), or a word on a label line
 * with no lowercase word ("Page 12 News List") or before a label colon ("Photo:"), where page
 * chrome capitalises everything. Such a word is a name only where something else says so.
 */
export function needsCorroboration(chunk: NameChunk, tokens: readonly Token[]): boolean {
  if (chunk.isDateline) return false;
  // "SPACE NEWS": a run of shouted dictionary words is a heading, as one such word is.
  if (chunk.tokens.every((token) => CAPITALS.test(token.text) || isShouting(token.text))) {
    // The dictionary also lists short abbreviations ("isl", "ap"), so only words of four letters or more count.
    return chunk.tokens.every(({ text }) => isCommonWord(text) || (text.length > 3 && isEnglishWord(text)) || text.replace(/\./g, '').length <= 2);
  }
  if (chunk.tokens.length !== 1) return false;
  const isLabelLine = tokens.every((token) => !/^\p{Ll}/u.test(token.text));
  const isLabel = tokens[chunk.last + 1]?.text === ':' && !/^\p{Ll}/u.test(tokens[chunk.first - 1]?.text ?? '');
  return isLabelLine || isLabel;
}

/**
 * What makes such a word a name here: a gazetteer knows it, it stands in brackets (defined after its
 * full name, "Barisan Nasional (BN)", or a credit, "(AFP)"), or its context is one only names take ("BN's",
 * "BN said", "in DC", "the coalition BN").
 */
export function isCorroborated(chunk: NameChunk, tokens: readonly Token[]): boolean {
  if (isKnownName(joinedText(chunk.tokens))) return true;
  if (CREDIT_MARKS.has(tokens[chunk.first - 1]?.text ?? '') || isDatelineCredit(tokens, chunk)) return true;
  // "Richard Drew / AP file": a photo credit ends its line, "/ STAFF REPORTER" does not.
  if (tokens[chunk.first - 1]?.text === '/' && !/^\p{Lu}/u.test(tokens[chunk.last + 1]?.text ?? '')) return true;
  if (chunk.tokens.at(-1)!.isPossessive) return true;
  // "Reuters & AFP": names listed with an ampersand.
  if (tokens[chunk.last + 1]?.text === '&' || tokens[chunk.first - 1]?.text === '&') return true;
  const next = tokens[chunk.last + 1];
  const isNextLowercase = /^\p{Ll}/u.test(next?.text ?? '');
  if (isNextLowercase && (SPEECH_VERBS.has(next!.text) || VERBS_AFTER_SUBJECT.has(next!.text))) return true;
  const before = tokens[governingIndex(tokens, chunk.first)];
  if (!/^\p{Ll}/u.test(before?.text ?? '')) return false;
  // "the RSPB has", "the CDC for": a determiner, unless a noun follows ("the PC market").
  if (before!.text === 'the') return !isNextLowercase || isClosedClassWord(next!.text) || isNonNounWord(next!.text);
  return PREPOSITIONS.has(before!.text) || ORGANIZATION_NOUNS_BEFORE.has(wordOf(before));
}

/** "NT$55.10", "US$710 million": a word glued to a dollar sign is a currency's prefix, not a name. */
export function isCurrencyPrefix(chunk: NameChunk, tokens: readonly Token[]): boolean {
  const next = tokens[chunk.last + 1];
  return chunk.tokens.length === 1 && next?.text === '$' && next.start === chunk.tokens[0]!.end;
}
