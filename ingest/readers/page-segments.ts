// Splits a scraped page into articles: a headline, the short lines around it (credits,
// timestamps, captions), a run of prose paragraphs, and the chrome that follows. Position does the
// work: a body is prose that a headline sits just above; a body ends where the page stops writing
// prose (a block of short lines, a reader appeal, a link run) or where the next headline starts.
import { endsLikeSentence, isChrome, isProse, looksLikeHeadline, wordsOf, capitalRatio } from './line-shape';
import { opensQuote, type PageLine } from './page-lines';
import { isTimestampLine } from './page-metadata';

export interface PageSegment {
  readonly title: string;
  /** Short lines just above the headline and between it and the body. */
  readonly headerLines: readonly string[];
  readonly paragraphs: readonly string[];
  /** Non-body lines after the body, up to the next article's header. */
  readonly trailerLines: readonly string[];
}

// Headline, byline, date, section and caption lines rarely exceed this many between headline and body.
const HEADER_WINDOW_LINES = 6;
// Credits such as "Miami Herald / 4 hours ago / - Miami Herald" sit just above a headline.
const LINES_ABOVE_TITLE = 3;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function firstSentence(text: string): string {
  return ([...segmenter.segment(text)][0]?.segment ?? text).trim();
}

function isBodyLine(lines: readonly PageLine[], index: number): boolean {
  const line = lines[index];
  // A paragraph's later sentences are judged by cutAtChrome, so a link run glued onto the end
  // of a real paragraph costs only that run.
  if (!line || isChrome(firstSentence(line.text), line.insideQuote)) return false;
  if (isProse(line.text)) return true;
  // Pages saved with a size limit end mid-sentence; the cut last line is still prose.
  const isCutLastLine = index === lines.length - 1 && wordsOf(line.text).length >= 8;
  return isCutLastLine && capitalRatio(line.text) < 0.5;
}

function isHeadline(text: string): boolean {
  return looksLikeHeadline(text) && !isTimestampLine(text);
}

function findTitleAbove(lines: readonly PageLine[], bodyIndex: number, floor: number): number | null {
  for (let index = bodyIndex - 1; index >= Math.max(floor, bodyIndex - HEADER_WINDOW_LINES); index -= 1) {
    if (isHeadline(lines[index]?.text ?? '')) return index;
  }
  return null;
}

/** Cuts a paragraph at its first chrome sentence ("…complex." Related Articles Europe…MilestoneEurope…). */
function cutAtChrome(line: PageLine): { text: string; isCut: boolean } {
  let insideQuote = line.insideQuote;
  let offset = 0;
  for (const { segment, index } of segmenter.segment(line.text)) {
    if (index > 0 && isChrome(segment.trim(), insideQuote)) {
      return { text: line.text.slice(0, offset).trim(), isCut: true };
    }
    insideQuote = opensQuote(segment, insideQuote);
    offset = index + segment.length;
  }
  return { text: line.text, isCut: false };
}

// A short line inside a body stays when it is part of the text: a label ("Source: …"), a lead-in
// ("Background:"), or a short sentence. Captions, "Advertisement" and the like are dropped.
function isKeptShortLine(text: string): boolean {
  return /^\p{Lu}[\p{L} ]{0,30}:(\s|$)/u.test(text) || endsLikeSentence(text);
}

function readBody(lines: readonly PageLine[], start: number): { paragraphs: string[]; end: number } {
  const paragraphs: string[] = [];
  let pending: string[] = [];
  let pendingCount = 0;
  let index = start;
  while (index < lines.length) {
    const line = lines[index] as PageLine;
    if (isBodyLine(lines, index)) {
      const { text, isCut } = cutAtChrome(line);
      paragraphs.push(...pending, text);
      pending = [];
      pendingCount = 0;
      index += 1;
      if (isCut) break;
      continue;
    }
    // Two short lines in a row are a block of chrome (or the next article's header), not a pause
    // in this one; a single short line between paragraphs is a subheading, label or caption.
    if (pendingCount > 0 || isChrome(line.text, line.insideQuote)) break;
    if (isKeptShortLine(line.text)) pending.push(line.text);
    pendingCount = 1;
    index += 1;
  }
  return { paragraphs, end: index - pendingCount };
}

export function findSegments(pageLines: readonly PageLine[]): PageSegment[] {
  const lines = pageLines.filter((line) => line.text.length > 0);
  const found: { title: string; headerStart: number; headerLines: string[]; paragraphs: string[]; end: number }[] = [];
  let floor = 0;
  let index = 0;
  while (index < lines.length) {
    const titleIndex = isBodyLine(lines, index) ? findTitleAbove(lines, index, floor) : null;
    if (titleIndex === null) {
      index += 1;
      continue;
    }
    const headerStart = Math.max(floor, titleIndex - LINES_ABOVE_TITLE);
    const header = [...lines.slice(headerStart, titleIndex), ...lines.slice(titleIndex + 1, index)];
    const { paragraphs, end } = readBody(lines, index);
    found.push({ title: lines[titleIndex]?.text ?? '', headerStart, headerLines: header.map((line) => line.text), paragraphs, end });
    floor = end;
    index = end;
  }
  return found.map(({ title, headerLines, paragraphs, end }, position) => {
    const trailerEnd = found[position + 1]?.headerStart ?? lines.length;
    return { title, headerLines, paragraphs, trailerLines: lines.slice(end, trailerEnd).map((line) => line.text) };
  });
}
