// The article shape accepted from JSON and NDJSON inputs; fields we do not use are ignored.
import { z } from 'zod';
import type { ArticleInput } from '../../src/domain/article';

const optionalText = z.string().trim().min(1).nullish();

const ArticleRecord = z.object({
  text: z.string().trim().min(1, 'text must not be empty'),
  title: optionalText,
  url: optionalText,
  source: optionalText,
  publishedAt: optionalText,
});

/** An article from one parsed JSON value, or a message naming what is wrong with it. */
export function parseArticleRecord(value: unknown): { article: ArticleInput } | { problem: string } {
  const parsed = ArticleRecord.safeParse(value);
  if (!parsed.success) return { problem: z.prettifyError(parsed.error).replace(/\s*\n\s*/gu, ' ') };
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
