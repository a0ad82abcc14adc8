// Splits a scraped page into articles: a headline, the short lines around it (credits,
// timestamps, captions), a run of prose paragraphs, and the chrome that follows. Position does the
// work: a body is prose that a headline sits just above; a body ends where the page stops writing
// prose (a block of short lines, a reader appeal, a link run) or where the next headline starts.
import { endsLikeSentence, isChrome, isProse, looksLikeHeadline, wordsOf, capitalRatio } from './line-shape';
import { opensQuote, type PageLine } from './page-lines';
import { isTimestampLine } from './page-metadata';

export interface PageSegment {
  /** Null on a page that printed no headline above its text. */
  readonly title: string | null;
  /** Short lines just above the headline and between it and the body. */
  readonly headerLines: readonly string[];
  readonly paragraphs: readonly string[];
  /** Non-body lines after the body, up to the next article's header. */
  readonly trailerLines: readonly string[];
}

// Headline, byline, date, section and caption lines rarely exceed this many between headline and body.
const HEADER_WINDOW_LINES = 8;
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

// Each line between a candidate headline and the body makes it less likely the headline of this
// body: nav rails above an article hold headline-shaped teasers too.
const DISTANCE_PENALTY = 0.15;

/**
 * The headline for a body: among headline-shaped lines in the few lines above it, the one with the
 * best length for its distance. Length, because what else sits there (section names, credits,
 * "Subscribe" prompts, captions) is shorter; distance, because the headline sits nearest.
 */
function findTitleAbove(lines: readonly PageLine[], bodyIndex: number, floor: number): number | null {
  let best: number | null = null;
  let bestScore = 0;
  for (let index = bodyIndex - 1; index >= Math.max(floor, bodyIndex - HEADER_WINDOW_LINES); index -= 1) {
    const text = lines[index]?.text ?? '';
    const score = wordsOf(text).length / (1 + DISTANCE_PENALTY * (bodyIndex - index));
    if (score > bestScore && isHeadline(text)) [best, bestScore] = [index, score];
  }
  return best;
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

// Lines a page sets inside a story without ending it: the byline and timestamp under a standfirst,
// an "Advertisement" slot, a "Share" widget. Few and short; a longer block is the end of the story.
const MAX_GAP_LINES = 3;
const MAX_GAP_LINE_WORDS = 6;

/** The index of the body line after a gap of such lines at gapStart, else null. */
function findBodyAfterGap(lines: readonly PageLine[], gapStart: number): number | null {
  for (let index = gapStart; index < Math.min(lines.length, gapStart + MAX_GAP_LINES + 1); index += 1) {
    if (isBodyLine(lines, index)) return index > gapStart ? index : null;
    const text = lines[index]?.text ?? '';
    if (wordsOf(text).length > MAX_GAP_LINE_WORDS || isChrome(text) || isHeadline(text)) return null;
  }
  return null;
}

interface Body {
  readonly paragraphs: string[];
  /** Gap lines skipped inside the body (byline and timestamp after a standfirst, ad slots). */
  readonly headerLines: string[];
  readonly end: number;
}

function readBody(lines: readonly PageLine[], start: number): Body {
  const paragraphs: string[] = [];
  const headerLines: string[] = [];
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
    // Only a block of two or more short lines would end the body; one line is handled below.
    const resume = pendingCount > 0 ? findBodyAfterGap(lines, index - pendingCount) : null;
    if (resume !== null) {
      headerLines.push(...lines.slice(index - pendingCount, resume).map((gap) => gap.text));
      [pending, pendingCount, index] = [[], 0, resume];
      continue;
    }
    // Two short lines in a row are a block of chrome (or the next article's header), not a pause
    // in this one; a single short line between paragraphs is a subheading, label or caption.
    if (pendingCount > 0 || isChrome(line.text, line.insideQuote)) break;
    if (isKeptShortLine(line.text)) pending.push(line.text);
    pendingCount = 1;
    index += 1;
  }
  return { paragraphs, headerLines, end: index - pendingCount };
}

interface FoundSegment {
  readonly title: string | null;
  readonly headerStart: number;
  readonly headerLines: readonly string[];
  readonly paragraphs: readonly string[];
  readonly end: number;
}

function findTitledSegments(lines: readonly PageLine[]): FoundSegment[] {
  const found: FoundSegment[] = [];
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
    const body = readBody(lines, index);
    const headerLines = [...header.map((line) => line.text), ...body.headerLines];
    found.push({ title: lines[titleIndex]?.text ?? null, headerStart, headerLines, paragraphs: body.paragraphs, end: body.end });
    floor = body.end;
    index = body.end;
  }
  return found;
}

/** Runs of prose with no headline above them: only used when a page has no headline at all. */
function findUntitledSegments(lines: readonly PageLine[]): FoundSegment[] {
  const found: FoundSegment[] = [];
  let index = 0;
  while (index < lines.length) {
    if (!isBodyLine(lines, index)) {
      index += 1;
      continue;
    }
    const body = readBody(lines, index);
    found.push({ title: null, headerStart: index, headerLines: body.headerLines, paragraphs: body.paragraphs, end: body.end });
    index = body.end;
  }
  return found;
}

export function findSegments(pageLines: readonly PageLine[]): PageSegment[] {
  const lines = pageLines.filter((line) => line.text.length > 0);
  const titled = findTitledSegments(lines);
  // Without any headline, prose before another story's headline could pass for a story; so
  // untitled runs count only on pages that have no headline at all.
  const found = titled.length > 0 ? titled : findUntitledSegments(lines);
  return found.map(({ title, headerLines, paragraphs, end }, position) => {
    const trailerEnd = found[position + 1]?.headerStart ?? lines.length;
    return { title, headerLines, paragraphs, trailerLines: lines.slice(end, trailerEnd).map((line) => line.text) };
  });
}
