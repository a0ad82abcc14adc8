// The article shape accepted from JSON and NDJSON inputs; fields we do not use are ignored.
import { z } from 'zod';
import type { ArticleInput } from '../../src/domain/article';

// Zod's own wording ("expected string, received undefined → at text") tells a user nothing they
// can act on, so each check carries a message naming the field and what to put there.
const kindOf = (input: unknown): string =>
  input === null ? 'null' : Array.isArray(input) ? 'a list' : `a ${typeof input}`;

const optionalText = (field: string) => z
  .string({ error: ({ input }) => `"${field}" is ${kindOf(input)}: give it as a string, or leave it out` })
  .trim()
  .min(1, `"${field}" is empty: give it a value, or leave it out`)
  .nullish();

const ArticleRecord = z.object({
  text: z
    .string({ error: ({ input }) => input === undefined
      ? 'the article has no "text" field: each article needs its text'
      : `"text" is ${kindOf(input)}: it must be the article's text as a string` })
    .trim()
    .min(1, '"text" is empty: each article needs its text'),
  title: optionalText('title'),
  url: optionalText('url'),
  source: optionalText('source'),
  publishedAt: optionalText('publishedAt'),
}, { error: ({ input }) => `${kindOf(input)} is not an article: each article is an object with a "text" field` });

/** An article from one parsed JSON value, or a message naming what is wrong with it. */
export function parseArticleRecord(value: unknown): { article: ArticleInput } | { problem: string } {
  const parsed = ArticleRecord.safeParse(value);
  if (!parsed.success) {
    // A wrong type also fails the length check after it; the first problem per field is the one to fix.
    const { issues } = parsed.error;
    const fieldOf = (issue: (typeof issues)[number]): string => issue.path.join('.');
    const firstPerField = issues.filter((issue, index) => issues.findIndex((other) => fieldOf(other) === fieldOf(issue)) === index);
    return { problem: firstPerField.map((issue) => issue.message).join('; ') };
  }
  const { text, title, url, source, publishedAt } = parsed.data;
  return { article: { text, title: title ?? null, url: url ?? null, source: source ?? null, publishedAt: publishedAt ?? null } };
}

/** JSON.parse, with the failure as a message that names the line (V8 only gives a position). */
export function parseJson(content: string): { value: unknown } | { problem: string; line?: number } {
  try {
    return { value: JSON.parse(content) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/u.exec(message)?.[1];
    if (position === undefined) return { problem: message };
    const line = content.slice(0, Number(position)).split('\n').length;
    return { problem: `${message} (line ${line})`, line };
  }
}
