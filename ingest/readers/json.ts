// Reader for .json inputs: one article object, or an array of them.
import { parseArticleRecord, parseJson } from './article-record';
import type { ReadError, ReadResult } from './read-result';

export function readJson(content: string, source: string): ReadResult {
  const parsed = parseJson(content);
  if ('problem' in parsed) {
    const { problem, line } = parsed;
    return { source, articles: [], errors: [{ kind: 'malformed', source, detail: problem, ...(line ? { line } : {}) }] };
  }
  const isList = Array.isArray(parsed.value);
  const values: unknown[] = isList ? (parsed.value as unknown[]) : [parsed.value];
  const articles = [];
  const errors: ReadError[] = [];
  for (const [index, value] of values.entries()) {
    const record = parseArticleRecord(value);
    // One bad entry in an array costs only that entry; the others are still articles.
    if ('article' in record) articles.push(record.article);
    else errors.push({ kind: 'malformed', source, detail: `${isList ? `item ${index}: ` : ''}${record.problem}` });
  }
  return { source, articles, errors };
}
