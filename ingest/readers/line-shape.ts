// Shape tests for one line or sentence of scraped text. Page chrome (menus, bylines, appeals,
// tag lists) and article prose differ in form far more reliably than in wording, so these look
// only at length, capitalisation, punctuation and who is addressed: never at a site's strings.

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/gu;

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** A news-agency sign-off such as "(NAN)" or "(AP)" closing a paragraph. */
export const AGENCY_SIGN_OFF = /\s*\(\p{Lu}{2,8}\)\s*$/u;

/** Ends as a sentence does: terminal mark, optionally followed by closing quotes or brackets. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…]["”’')\]]*$/u.test(text.replace(AGENCY_SIGN_OFF, '').trim());
}

/** Share of words after the first that start with a capital: title case and menus run high, prose low. */
export function capitalRatio(text: string): number {
  const words = wordsOf(text).slice(1).filter((word) => /^\p{L}/u.test(word));
  if (words.length === 0) return 1;
  return words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length;
}

// Prose needs enough words to be a statement; a line of 25+ words is prose even without a final
// mark, since pages drop punctuation before a closing credit or cut a line short.
const MIN_PROSE_WORDS = 8;
const UNPUNCTUATED_PROSE_WORDS = 25;
// Name-heavy ledes run near half capitals; title-case headlines and menus run far above.
const MAX_PROSE_CAPITALS = 0.65;

export function isProse(text: string): boolean {
  const count = wordsOf(text).length;
  if (count < MIN_PROSE_WORDS || capitalRatio(text) >= MAX_PROSE_CAPITALS) return false;
  return endsLikeSentence(text) || count >= UNPUNCTUATED_PROSE_WORDS;
}

/**
 * Words run together where markup separated links ("NewsSportBusiness", "KallasRussian War"):
 * a capital right after a lowercase run, or an acronym glued to a word ("PSNIGarda"). Two lowercase
 * letters before the capital leave name prefixes alone ("McMinnville", "DeSantis", "iPhone"), and two
 * after the acronym leave plurals alone ("MPs", "CEOs").
 */
function countGlueSteps(text: string): number {
  return (text.match(/\p{Ll}{2}\p{Lu}|\p{Lu}{2}\p{Ll}{2}/gu) ?? []).length;
}

// One step is a brand name ("YouTube", "McMinnville"); several mean a run of link texts.
const MAX_GLUE_STEPS_IN_PROSE = 2;
const MAX_GLUE_STEPS_IN_WORD = 2;

export function isGluedLinkRun(text: string): boolean {
  const steps = countGlueSteps(text);
  const gluedWord = wordsOf(text).some((word) => countGlueSteps(word) > MAX_GLUE_STEPS_IN_WORD);
  return gluedWord || steps > MAX_GLUE_STEPS_IN_PROSE || (steps >= 2 && !isProse(text));
}

/** Removes quoted speech, so that "you" inside a quote does not count as the page talking to its reader. */
function withoutQuotedSpeech(text: string): string {
  return text
    .replace(/“[^”]*(”|$)/gu, ' ')
    .replace(/"[^"]*("|$)/gu, ' ')
    .replace(/^[^“"]*[”"]/u, ' ');
}

/** The page speaks to its reader (subscription prompts, ad notices, cookie banners); articles report. */
export function addressesReader(text: string): boolean {
  return /\b(you|your|yours)\b/iu.test(withoutQuotedSpeech(text)) || /^please\b/iu.test(text.trim());
}

export function isCopyrightNotice(text: string): boolean {
  return /©|\(c\)\s*\d{4}|^copyright\b|all rights reserved/iu.test(text);
}

/** Chrome whatever its position: it never belongs in an article body. */
export function isChrome(text: string, insideQuote = false): boolean {
  return isGluedLinkRun(text) || isCopyrightNotice(text) || (!insideQuote && addressesReader(text));
}

const MIN_TITLE_WORDS = 4;
const MAX_TITLE_WORDS = 30;

/** Could be a headline: a phrase of a few words, not a sentence ending in a period, not a label. */
export function looksLikeHeadline(text: string): boolean {
  const trimmed = text.trim();
  const count = wordsOf(trimmed).length;
  if (count < MIN_TITLE_WORDS || count > MAX_TITLE_WORDS) return false;
  if (/[.:;,|]$/u.test(trimmed) || /^by\s/iu.test(trimmed) || /^[-–—]/u.test(trimmed)) return false;
  return !isProse(trimmed) && !isChrome(trimmed);
}
