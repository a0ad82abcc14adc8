// Reader for .ndjson/.jsonl inputs: one article object per line.
import { parseArticleRecord, parseJson } from './article-record';
import type { ReadError, ReadResult } from './read-result';
import type { ArticleInput } from '../../src/domain/article';

export function readNdjson(content: string, source: string): ReadResult {
  const articles: ArticleInput[] = [];
  const errors: ReadError[] = [];
  for (const [index, text] of content.split(/\r?\n/u).entries()) {
    if (text.trim().length === 0) continue;
    const line = index + 1;
    const parsed = parseJson(text);
    const record = 'value' in parsed ? parseArticleRecord(parsed.value) : { problem: parsed.problem.replace(/ \(line 1\)$/u, '') };
    // A bad line is reported by number and skipped; the good lines around it are still read.
    if ('article' in record) articles.push(record.article);
    else errors.push({ kind: 'malformed', source, line, detail: `line ${line}: ${record.problem}` });
  }
  return { source, articles, errors };
}
