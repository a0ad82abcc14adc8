import { ORGANIZATION_HEADS, PLACE_HEADS, TITLE_HEADS, TITLE_MODIFIERS } from './cue-words';
import { isCommonWord } from './gazetteer';
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
  const words = tokens.filter((token) => token.isWord && /^\p{L}/u.test(token.text));
  if (words.length < 5) return false;
  const capitalised = words.filter((token) => /^\p{Lu}/u.test(token.text));
  if (capitalised.length / words.length < 0.8) return false;
  const untyped = capitalised.filter((token) => !isTypingWord(token.text));
  return untyped.filter((token) => isCommonWord(token.text)).length >= HEADLINE_COMMON_SHARE * untyped.length;
}
const HEADLINE_COMMON_SHARE = 0.4;
