import type { ArticleInput } from '../../src/domain/article';

/** An input we could not turn into articles; a value, not an exception, so callers can report and go on. */
export type ReadError =
  | { readonly kind: 'empty' | 'binary' | 'unreadable' | 'too-large' | 'unsupported'; readonly source: string; readonly detail?: string }
  | { readonly kind: 'malformed'; readonly source: string; readonly detail: string; readonly line?: number };

/** What one input file (or string) yielded: articles to ingest and the parts that failed. */
export interface ReadResult {
  readonly source: string;
  readonly articles: readonly ArticleInput[];
  readonly errors: readonly ReadError[];
}
