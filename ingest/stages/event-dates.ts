// Dates of events, read with chrono-node relative to the article's publication date.
import * as chrono from 'chrono-node';

const DATE_HINT = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:today|yesterday|tonight|ago|last|next)\b|\b\d{4}\b/i;
const FUTURE = /\b(?:will|would|is to|are to|next|due|scheduled|upcoming|plans? to)\b/i;
const DAY_MS = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The date of the expression nearest to `at` in `clause`, as `YYYY-MM-DD` or `YYYY-MM`.
 * Without a publication date only expressions that state their year can be placed.
 */
export function dateIn(clause: string, at: number, publishedAt: string | null): string | null {
  if (!DATE_HINT.test(clause)) return null;
  const reference = publishedAt === null ? null : new Date(`${publishedAt.slice(0, 10)}T12:00:00`);
  const results = chrono.parse(clause, reference ?? new Date(0));
  const nearest = results.sort((a, b) => distance(a, at) - distance(b, at))[0];
  if (nearest === undefined) return null;
  const { start } = nearest;
  // Relative expressions ("last week") come back certain, so only a written year will do.
  if (reference === null && !/\b\d{4}\b/.test(nearest.text)) return null;
  let date = start.date();
  // A bare weekday in news copy is the last one, unless the sentence speaks of the future.
  if (reference !== null && start.isCertain('weekday') && !start.isCertain('day') && date > reference && !FUTURE.test(clause)) {
    date = new Date(date.getTime() - 7 * DAY_MS);
  }
  const month = `${date.getFullYear()}-${pad(date.getMonth() + 1)}`;
  if (start.isCertain('day') || start.isCertain('weekday')) return `${month}-${pad(date.getDate())}`;
  return start.isCertain('month') ? month : null;
}

function distance(result: chrono.ParsedResult, at: number): number {
  const end = result.index + result.text.length;
  return at < result.index ? result.index - at : at > end ? at - end : 0;
}
