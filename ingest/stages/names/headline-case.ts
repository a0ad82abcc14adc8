import { ORGANIZATION_HEADS, PLACE_HEADS, TITLE_HEADS, TITLE_MODIFIERS } from './cue-words';
import { isCommonWord, isKnownName } from './gazetteer';
import { isEnglishWord } from './english-words';
import type { Token } from './tokenize';

/** Title and head words keep their meaning even in a headline. */
export function isTypingWord(word: string): boolean {
  const lower = word.toLowerCase();
  return TITLE_HEADS.has(lower) || TITLE_MODIFIERS.has(lower) || ORGANIZATION_HEADS.has(lower) || PLACE_HEADS.has(lower);
}

/**
 * Title Case Or ALL CAPS text (a headline) capitalises ordinary words too. A line of capitalised
 * names ("Source: Zelenskyy on Telegram; Ukraine's Defence Minister Rustem Umierov") is no
 * headline: few of its capitalised words, titles and head words aside, are dictionary words.
 */
export function isHeadlineCase(tokens: readonly Token[]): boolean {
  // Title Case leaves short function words in lower case ("Shares Soar on Better Earnings"). With
  // those set aside nearly every word of a headline is capitalised, and most of them must be plain
  // words, since a caption of names ("Leader of the Labor Party Bill Shorten") looks the same.
  const allWords = tokens.filter((token) => token.isWord && /^\p{L}/u.test(token.text));
  const words = allWords.filter((token) => !TITLE_CASE_LOWER.has(token.text));
  const hasLowerFunctionWords = words.length < allWords.length;
  if (words.length < 5) return false;
  const capitalised = words.filter((token) => /^\p{Lu}/u.test(token.text));
  if (capitalised.length / words.length < (hasLowerFunctionWords ? 0.9 : 0.8)) return false;
  const untyped = capitalised.filter((token) => !isTypingWord(token.text));
  const share = hasLowerFunctionWords ? TITLE_CASE_COMMON_SHARE : HEADLINE_COMMON_SHARE;
  return untyped.filter((token) => isHeadlineWord(token.text)).length >= share * untyped.length;
}

/**
 * A word a headline capitalises only for its case: a dictionary word, every part of a hyphenated
 * one ("Better-Than-Expected"), unless a gazetteer knows it as a name ("Apple", "Turkey"). The
 * dictionary also lists short abbreviations ("ap", "isl"), so it says nothing of a short acronym.
 */
export function isHeadlineWord(word: string): boolean {
  if (isCommonWord(word)) return true;
  if (isKnownName(word) || /^\p{Lu}{1,3}$/u.test(word)) return false;
  return word.split('-').every((part) => isCommonWord(part) || isEnglishWord(part));
}
const HEADLINE_COMMON_SHARE = 0.4;
const TITLE_CASE_COMMON_SHARE = 0.65;
const TITLE_CASE_LOWER = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'at', 'by', 'for', 'to', 'and', 'or', 'but', 'with', 'from', 'as', 'vs', 'via']);
