import type { ArticleInput } from '../../src/domain/article';
import type { Sentence, SentencedDoc } from '../doc';

// Words that end in a period without ending the sentence: titles, military ranks, months and
// a few Latin/wire-copy shorthands. Lower-cased, without the period.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'rev', 'hon', 'fr', 'sen', 'rep',
  'gov', 'pres', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'brig',
  'supt', 'insp', 'det', 'cllr', 'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'no', 'nos', 'vs', 'v', 'e.g', 'i.e', 'approx', 'est', 'vol', 'ave', 'blvd', 'rd',
]);

// After "U.S." or "a.m." a new sentence usually starts with one of these; any other capitalised
// word ("U.S. President") continues the same sentence.
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'in', 'on', 'at', 'but', 'and',
  'this', 'that', 'these', 'those', 'there', 'his', 'her', 'their', 'its', 'our', 'after', 'as',
  'for', 'if', 'when', 'while', 'meanwhile', 'however', 'some', 'many', 'most', 'officials',
]);

// Terminal punctuation, then any closing quotes or brackets, then the end of the line or a space.
const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s|$)/g;

/** Splits the article text into sentences with exact character offsets into `text`. */
export function splitSentences(article: ArticleInput): SentencedDoc {
  const { text } = article;
  const spans: Array<[number, number]> = [];
  // Each line is a paragraph: scraped and wire copy often drop the final period of a line
  // (labels, bylines, the lines of a multi-line quote), so a newline always ends a sentence.
  for (const line of text.matchAll(/[^\n]+/g)) {
    spans.push(...sentenceSpansInLine(line[0], line.index));
  }
  const sentences: Sentence[] = spans.map(([start, end], index) => ({
    index,
    start,
    end,
    text: text.slice(start, end),
  }));
  return { article, text, sentences };
}

function sentenceSpansInLine(line: string, offset: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = 0;
  for (const match of line.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (isSentenceEnd(line, match.index, end)) {
      pushTrimmed(spans, line, from, end, offset);
      from = end;
    }
  }
  pushTrimmed(spans, line, from, line.length, offset);
  return spans;
}

/** `dot` is where the terminal punctuation starts, `end` where it and its closers end. */
function isSentenceEnd(line: string, dot: number, end: number): boolean {
  const next = /\S+/.exec(line.slice(end));
  if (!next) return true;
  const nextWord = next[0];
  // A sentence starts with a capital, a digit, or an opening quote or bracket; "e.g. the" does not.
  if (!/^[\p{Lu}\p{N}"“‘'(\[]/u.test(nextWord)) return false;
  if (line[dot] !== '.' || line.slice(dot, end).startsWith('...')) return true;
  // Only the word before the dot matters; a short window keeps the end-anchored match cheap.
  const before = /([\p{L}.]+)$/u.exec(line.slice(Math.max(0, dot - 24), dot))?.[1] ?? '';
  if (before === '') return true;
  if (ABBREVIATIONS.has(before.toLowerCase())) return false;
  // An initial ("J. K. Rowling") is one capital letter.
  if (/^\p{Lu}$/u.test(before)) return false;
  // A dotted acronym ("U.S.", "a.m.") ends a sentence only before a typical sentence opener.
  if (before.includes('.')) {
    const opener = /^["“‘(]*([\p{L}]+)/u.exec(nextWord)?.[1]?.toLowerCase() ?? '';
    return SENTENCE_OPENERS.has(opener);
  }
  return true;
}

function pushTrimmed(spans: Array<[number, number]>, line: string, from: number, to: number, offset: number): void {
  const piece = line.slice(from, to);
  const lead = piece.length - piece.trimStart().length;
  const trail = piece.length - piece.trimEnd().length;
  if (piece.trim() !== '') spans.push([offset + from + lead, offset + to - trail]);
}
