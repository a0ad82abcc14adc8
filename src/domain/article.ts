import type { ArticleId } from './ids';

/** What a reader hands to the pipeline: one article's text and whatever metadata the source had. */
export interface ArticleInput {
  readonly text: string;
  readonly title: string | null;
  readonly url: string | null;
  /** Publisher, e.g. "Miami Herald". */
  readonly source: string | null;
  /** ISO 8601 date or date-time, as given by the source. */
  readonly publishedAt: string | null;
}

/** A stored news article: the unit of provenance for every fact in the graph. */
export interface Article extends ArticleInput {
  readonly id: ArticleId;
}
