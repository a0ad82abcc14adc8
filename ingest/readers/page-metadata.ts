// Publisher and date of one article, read from the short lines around its headline
// (bylines, timestamps, "- Publisher" credits) and from the appeals after its body.
import * as chrono from 'chrono-node';
import { wordsOf } from './line-shape';

const MAX_DATE_LINE_WORDS = 12;
// The date must be most of the line, so a sentence that mentions a date is not a timestamp.
const MIN_DATE_SHARE = 0.5;

const pad = (value: number) => String(value).padStart(2, '0');

function toIso(result: chrono.ParsedResult): string {
  const { start } = result;
  const date = `${start.get('year')}-${pad(start.get('month') ?? 1)}-${pad(start.get('day') ?? 1)}`;
  if (!start.isCertain('hour')) return date;
  const time = `${date}T${pad(start.get('hour') ?? 0)}:${pad(start.get('minute') ?? 0)}`;
  const offset = start.isCertain('timezoneOffset') ? start.get('timezoneOffset') : null;
  if (offset === null || offset === undefined) return time;
  if (offset === 0) return `${time}Z`;
  const sign = offset > 0 ? '+' : '-';
  return `${time}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

const countVisible = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').length;

/** The dates and times that make up most of a short line ("4 hours ago", "Fri, Jan 26, 2024"). */
function findTimestamps(line: string): chrono.ParsedResult[] {
  if (wordsOf(line).length > MAX_DATE_LINE_WORDS) return [];
  const results = chrono.parse(line);
  const share = countVisible(results.map((result) => result.text).join('')) / Math.max(1, countVisible(line));
  return share >= MIN_DATE_SHARE ? results : [];
}

export function isTimestampLine(line: string): boolean {
  return findTimestamps(line).length > 0;
}

/** A timestamp line ("Fri, Jan 26, 2024", "Sunday, April 07, 2019 - 11:45 AM") as ISO 8601, else null. */
export function readDateLine(line: string): string | null {
  // Only absolute dates: "4 hours ago" depends on when the page was saved, which we do not know.
  const result = findTimestamps(line).find((found) => /\b(1[89]|20)\d{2}\b/u.test(found.text));
  return result ? toIso(result) : null;
}

const NAME = String.raw`\p{Lu}[\p{L}\p{N}&'’.]*(?:\s+(?:of|the|de|\p{Lu}[\p{L}\p{N}&'’.]*)){0,4}`;
// "- Miami Herald" under a headline, or "Source: Reuters": a credit line holding one name only.
const CREDIT_LINE = new RegExp(String.raw`^(?:[-–—]\s*|[Ss]ource:\s*)(${NAME})$`, 'u');
// "Support Ukrainska Pravda on Patreon!", "Follow BBC News on X": an outlet asking readers to back
// or follow it names itself; only read in the chrome after a body, where such appeals sit.
const OUTLET_APPEAL = new RegExp(String.raw`^(?:[Ss]upport|[Ff]ollow|[Ss]ubscribe to|[Dd]onate to)\s+(${NAME})\s+on\s+\p{Lu}`, 'u');
const NAME_ONLY = new RegExp(String.raw`^${NAME}$`, 'u');

/** The publisher credited in the lines around a headline, else null. */
export function readPublisherCredit(headerLines: readonly string[]): string | null {
  for (const line of headerLines) {
    const credit = CREDIT_LINE.exec(line)?.[1];
    if (credit) return credit;
  }
  // Aggregators print the outlet name twice around a timestamp ("Yahoo / 4 hours ago / Yahoo").
  const names = headerLines.filter((line) => NAME_ONLY.test(line));
  return names.find((name, index) => names.indexOf(name) !== index) ?? null;
}

/** The outlet named by a support/follow appeal in the chrome after a body, else null. */
export function readOutletAppeal(trailerLines: readonly string[]): string | null {
  for (const line of trailerLines) {
    const outlet = OUTLET_APPEAL.exec(line)?.[1];
    if (outlet) return outlet;
  }
  return null;
}

export function readHeaderDate(headerLines: readonly string[]): string | null {
  for (const line of headerLines) {
    const date = readDateLine(line);
    if (date) return date;
  }
  return null;
}
