// Dates of events, read with chrono-node relative to the article's publication date.
import * as chrono from 'chrono-node';

// chrono is the costly part of event extraction, so it only sees clauses that name a day,
// a month, a year or a relative time.
const DATE_HINT = new RegExp([
  String.raw`\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b`,
  String.raw`\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b`,
  String.raw`\b(?:[Tt]oday|[Yy]esterday|[Tt]onight|ago|(?:[Ll]ast|[Nn]ext|[Tt]his) (?:week|month|year|night|weekend))\b`,
  String.raw`\b(?:19|20)\d\d\b`,
].join('|'), 'g');
const WRITTEN_YEAR = /\b\d{4}\b/;
/** chrono sees only this many characters either side of the hint nearest the event. */
const WINDOW_CHARS = 30;
const FUTURE = /\b(?:will|would|is to|are to|next|due|scheduled|upcoming|plans? to)\b/i;
const DAY_MS = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The date of the expression nearest to `at` in `clause`, as `YYYY-MM-DD` or `YYYY-MM`.
 * Without a publication date only expressions that state their year can be placed.
 */
export function dateIn(clause: string, at: number, publishedAt: string | null): string | null {
  // Relative expressions ("last week") come back certain, so without a reference only a written year will do.
  if (publishedAt === null && !WRITTEN_YEAR.test(clause)) return null;
  const hint = [...clause.matchAll(DATE_HINT)].sort((a, b) => spanDistance(a.index, a[0].length, at) - spanDistance(b.index, b[0].length, at))[0];
  if (hint === undefined) return null;
  const from = Math.max(0, hint.index - WINDOW_CHARS);
  const window = clause.slice(from, hint.index + hint[0].length + WINDOW_CHARS);
  const reference = publishedAt === null ? null : new Date(`${publishedAt.slice(0, 10)}T12:00:00`);
  const results = chrono.parse(window, reference ?? new Date(0));
  const nearest = results.sort((a, b) => spanDistance(a.index, a.text.length, at - from) - spanDistance(b.index, b.text.length, at - from))[0];
  if (nearest === undefined) return null;
  if (reference === null && !WRITTEN_YEAR.test(nearest.text)) return null;
  const { start } = nearest;
  let date = start.date();
  // A bare weekday in news copy is the last one, unless the sentence speaks of the future.
  if (reference !== null && start.isCertain('weekday') && !start.isCertain('day') && date > reference && !FUTURE.test(clause)) {
    date = new Date(date.getTime() - 7 * DAY_MS);
  }
  const month = `${date.getFullYear()}-${pad(date.getMonth() + 1)}`;
  if (start.isCertain('day') || start.isCertain('weekday')) return `${month}-${pad(date.getDate())}`;
  return start.isCertain('month') ? month : null;
}

function spanDistance(index: number, length: number, at: number): number {
  const end = index + length;
  return at < index ? index - at : at > end ? at - end : 0;
}
