import { isCommonWord, placeKindOf } from './gazetteer';
import type { NameChunk } from './refine-chunk';
import { joinedText, type Token } from './tokenize';
import { isCapitalisedWord } from './word-shape';

const DASHES = new Set(['-', '—', '–']);
const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i;

/**
 * The place chunks of a wire dateline opening the sentence: "SUMY (Reuters) -" gives SUMY;
 * "STATESVILLE, N.C. —" gives STATESVILLE and N.C.; none when the sentence has no dateline.
 */
export function datelineChunks(tokens: readonly Token[], sentenceIndex: number): NameChunk[] {
  const end = datelineEnd(tokens);
  if (end === 0) return [];
  const chunks = [datelineChunk(tokens, 0, end, sentenceIndex)];
  const region = end + 1;
  let regionEnd = region;
  while (isCapitalisedWord(tokens[regionEnd]) && !MONTHS.test(tokens[regionEnd]!.text)) regionEnd += 1;
  if (tokens[end]?.text === ',' && regionEnd > region) chunks.push(datelineChunk(tokens, region, regionEnd, sentenceIndex));
  return chunks;
}

function datelineChunk(tokens: readonly Token[], first: number, end: number, sentenceIndex: number): NameChunk {
  return { tokens: tokens.slice(first, end), titles: [], sentenceIndex, first, last: end - 1, tailType: null, isDateline: true };
}

/**
 * "(RIA Novosti)" in "NEW DELHI, November 9 (RIA Novosti) —": a name in the brackets between a
 * dateline and its dash is the news agency that filed the story.
 */
export function isDatelineCredit(tokens: readonly Token[], chunk: NameChunk): boolean {
  const end = datelineEnd(tokens);
  if (end === 0 || chunk.first <= end) return false;
  const between = tokens.slice(end, chunk.first);
  return between.some((token) => token.text === '(') && !between.some((token) => token.text === ')' || DASHES.has(token.text));
}

/** Number of leading tokens forming a dateline place ("SUMY (Reuters) -", "WASHINGTON, March 3 (AP) —"). */
function datelineEnd(tokens: readonly Token[]): number {
  let end = 0;
  while (tokens[end]?.isWord && /^[\p{Lu}.'’-]{2,}$/u.test(tokens[end]!.text)) end += 1;
  if (end === 0 || !tokens.slice(0, end).some((token) => token.text.length >= 3)) return 0;
  // "FILE - Police fire tear gas": a photo caption's label is a dictionary word, not a place.
  const place = joinedText(tokens.slice(0, end));
  if (end === 1 && isCommonWord(place) && placeKindOf(place) === null) return 0;
  // "NEW DELHI, June 2 India's..." has no dash: a month after the comma marks it instead.
  if (tokens[end]?.text === ',' && MONTHS.test(tokens[end + 1]?.text ?? '')) return end;
  // "DUBAI: Saudi Arabia has called...": a colon marks it when a gazetteer knows the place, so
  // that a label ("UPDATE:", "WATCH:") is not taken for one.
  if (tokens[end]?.text === ':') return placeKindOf(joinedText(tokens.slice(0, end))) === null ? 0 : end;
  const dash = tokens.slice(end, end + 12).findIndex((token) => DASHES.has(token.text));
  if (dash < 0) return 0;
  const between = tokens.slice(end, end + dash);
  return between.every((token) => !token.isWord || /^\p{Lu}/u.test(token.text)) ? end : 0;
}
