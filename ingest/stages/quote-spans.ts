// Pairs quotation marks into quoted spans. Knows nothing of speakers: it only decides which
// marks open and close a quotation, which is the hard part once apostrophes, nesting and
// multi-paragraph quotes are in play.

/** A piece of one quotation inside one paragraph; `start`/`end` exclude the marks. */
interface QuoteSegment {
  readonly start: number;
  readonly end: number;
}

/** One quotation: from its opening mark to its closing mark (or its paragraph's end). */
export interface QuoteSpan {
  readonly start: number;
  readonly end: number;
  readonly segments: readonly QuoteSegment[];
}

type MarkKind = 'double' | 'single';
interface Mark {
  readonly at: number;
  readonly paragraph: number;
  readonly canOpen: boolean;
  readonly canClose: boolean;
  readonly startsParagraph: boolean;
  readonly isPluralPossessive: boolean;
}

const DOUBLE_MARKS = /["“”„«»]/g;
const SINGLE_MARKS = /['‘’‚]/g;
const OPENING_ONLY = new Set(['“', '„', '«', '‘', '‚']);
const CLOSING_ONLY = new Set(['”', '»']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const BEFORE_OPENER = /[\s([{—–\-/"“”'‘’]/;
const AFTER_CLOSER = /[\s.,;:!?)\]}—–\-"“”'‘’…]/;
/** A quotation runs over at most this many paragraphs without its marks being reopened. */
const MAX_PARAGRAPHS_WITHOUT_MARKS = 6;

/** Every quotation in `text`, in order; inner quotations are part of their outer one. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const paragraphEnds = findParagraphEnds(text);
  const doubles = pairMarks(text, marksOf(text, 'double', paragraphEnds), paragraphEnds, true);
  const singles = pairMarks(text, marksOf(text, 'single', paragraphEnds), paragraphEnds, false);
  const inside = (span: QuoteSpan, outer: readonly QuoteSpan[]) =>
    outer.some((o) => o !== span && o.start <= span.start && span.end <= o.end);
  return [...doubles.filter((d) => !inside(d, singles)), ...singles.filter((s) => !inside(s, doubles))]
    .sort((a, b) => a.start - b.start);
}

/** Offsets where each paragraph ends (exclusive), last one = text length. A run of line breaks
 * (a blank line between paragraphs) is one break. */
function findParagraphEnds(text: string): number[] {
  const ends = [...text.matchAll(/\n\s*/g)].map((m) => m.index);
  ends.push(text.length);
  return ends;
}

function marksOf(text: string, kind: MarkKind, paragraphEnds: readonly number[]): Mark[] {
  const marks: Mark[] = [];
  let paragraph = 0;
  for (const match of text.matchAll(kind === 'double' ? DOUBLE_MARKS : SINGLE_MARKS)) {
    const at = match.index;
    while ((paragraphEnds[paragraph] ?? Infinity) < at) paragraph += 1;
    const char = match[0];
    const before = at === 0 ? ' ' : text[at - 1]!;
    const after = at + 1 >= text.length ? ' ' : text[at + 1]!;
    const isWordInternal = LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after);
    // An apostrophe inside a word ("it's", "Ukraine's") is never a quotation mark.
    if (kind === 'single' && isWordInternal) continue;
    const openContext = BEFORE_OPENER.test(before) && !/\s/.test(after);
    const closeContext = !/\s/.test(before) && AFTER_CLOSER.test(after);
    // Curly marks say their direction; a straight mark (or a curly one typed the wrong way
    // round) is read from its neighbours: space before and a word after opens, the reverse closes.
    const canOpen = openContext || (OPENING_ONLY.has(char) && !closeContext);
    const canClose = closeContext || (CLOSING_ONLY.has(char) && !openContext);
    // "the partners' money" inside a single-quoted quotation is a plural possessive.
    const isPluralPossessive = kind === 'single' && before === 's' && /^ \p{Ll}/u.test(text.slice(at + 1, at + 3));
    const paragraphStart = paragraph === 0 ? 0 : paragraphEnds[paragraph - 1]!;
    const startsParagraph = text.slice(paragraphStart, at).trim() === '';
    marks.push({ at, paragraph, canOpen, canClose, startsParagraph, isPluralPossessive });
  }
  return marks;
}

interface OpenQuote {
  readonly start: number;
  readonly segments: QuoteSegment[];
  segmentStart: number;
  paragraph: number;
}

function pairMarks(text: string, marks: readonly Mark[], paragraphEnds: readonly number[], mayRunOn: boolean): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: OpenQuote | null = null;
  const endOfParagraph = (paragraph: number) => paragraphEnds[paragraph] ?? text.length;
  // An unclosed quotation runs only to the end of its own paragraph; for single marks an
  // unclosed one is more likely a stray apostrophe ("the '90s") than a quotation, so it is dropped.
  const closeAtParagraphEnd = (quote: OpenQuote) => {
    if (!mayRunOn) return;
    const end = trimEnd(text, endOfParagraph(quote.paragraph));
    spans.push({ start: quote.start, end, segments: [...quote.segments, { start: quote.segmentStart, end }] });
  };
  for (const [i, mark] of marks.entries()) {
    if (open === null) {
      if (mark.canOpen) open = { start: mark.at, segments: [], segmentStart: mark.at + 1, paragraph: mark.paragraph };
      continue;
    }
    const next = marks[i + 1];
    if (mark.isPluralPossessive && next !== undefined && next.paragraph === mark.paragraph && next.canClose && !next.canOpen) continue;
    const paragraphsApart = mark.paragraph - open.paragraph;
    if (paragraphsApart === 1 && mark.canOpen && mark.startsParagraph) {
      // Wire copy leaves a quote open at a paragraph end and reopens it on the next one.
      open.segments.push({ start: open.segmentStart, end: trimEnd(text, endOfParagraph(open.paragraph)) });
      open.segmentStart = mark.at + 1;
      open.paragraph = mark.paragraph;
    } else if (mark.canClose && (paragraphsApart === 0 || (mayRunOn && paragraphsApart <= MAX_PARAGRAPHS_WITHOUT_MARKS && !mark.canOpen))) {
      spans.push({ start: open.start, end: mark.at + 1, segments: [...open.segments, { start: open.segmentStart, end: mark.at }] });
      open = null;
    } else if (mark.canOpen) {
      if (paragraphsApart > 0) closeAtParagraphEnd(open);
      open = { start: mark.at, segments: [], segmentStart: mark.at + 1, paragraph: mark.paragraph };
    }
  }
  if (open !== null) closeAtParagraphEnd(open);
  return spans;
}

function trimEnd(text: string, end: number): number {
  let at = end;
  while (at > 0 && /\s/.test(text[at - 1]!)) at -= 1;
  return at;
}
