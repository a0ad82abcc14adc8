import type { Article } from './article';
import type { Entity, MergeRecord } from './entity';
import type { Event } from './event';
import type { Mention } from './mention';
import type { Quote } from './quote';
import type { Role } from './role';

/** An entity as one article's ingest wants it stored: the store unions aliases and recounts mentions. */
export type EntityWrite = Omit<Entity, 'mentionCount'>;

/**
 * Everything one article contributes to the graph, already resolved to stored ids.
 * A store writes it in one transaction, replacing whatever the same article wrote before.
 */
export interface ArticleGraph {
  readonly article: Article;
  readonly entities: readonly EntityWrite[];
  readonly mentions: readonly Mention[];
  readonly quotes: readonly Quote[];
  readonly roles: readonly Role[];
  readonly events: readonly Event[];
  /** Names this article attached to entities that other articles created. */
  readonly merges: readonly MergeRecord[];
}
