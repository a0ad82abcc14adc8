import type { ArticleId, EntityId } from './ids';

/** An entity named in an article: how often and in which sentences. */
export interface Mention {
  readonly entityId: EntityId;
  readonly articleId: ArticleId;
  readonly count: number;
  /** Sorted, distinct 0-based sentence indexes. */
  readonly sentenceIndexes: readonly number[];
  /** The names as written in this article ("Umierov", "Rustem Umierov"). */
  readonly surfaceForms: readonly string[];
}
