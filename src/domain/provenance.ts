import type { ArticleId } from './ids';

/** Where a fact was read: every quote, role and event carries one, so an analyst can check it. */
export interface Provenance {
  readonly articleId: ArticleId;
  /** 0-based index of the sentence in the article text. */
  readonly sentenceIndex: number;
  /** Character offsets of the fact's evidence in the article text, `end` exclusive. */
  readonly start: number;
  readonly end: number;
  /** The whole sentence the fact came from, as printed. */
  readonly sentence: string;
}
