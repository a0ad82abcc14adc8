import type { Article } from '../domain/article';
import type { ArticleGraph } from '../domain/article-graph';
import type { Entity, EntityType, MergeRecord } from '../domain/entity';
import type { Event, EventType } from '../domain/event';
import type { ArticleId, EntityId, EventId, QuoteId } from '../domain/ids';
import type { Mention } from '../domain/mention';
import type { Quote } from '../domain/quote';
import type { Role } from '../domain/role';

/** A slice of an ordered list. Stores order lists stably so offsets make sound cursors. */
export interface PageRequest {
  readonly offset: number;
  readonly limit: number;
}
export interface Page<T> {
  readonly items: T[];
  /** Size of the whole filtered list, not of this page. */
  readonly totalCount: number;
}

/** RELEVANCE applies only with `search`; without it the list falls back to MENTION_COUNT. */
export type EntityOrder = 'RELEVANCE' | 'MENTION_COUNT' | 'NAME';
export interface EntityFilter {
  /** Full-text search over names and aliases. */
  readonly search?: string;
  readonly type?: EntityType;
  /** Default: RELEVANCE when searching, else MENTION_COUNT (descending); ties by name, then id. */
  readonly orderBy?: EntityOrder;
}
export interface ArticleFilter {
  /** Full-text search over title and text; results by relevance first. */
  readonly search?: string;
  readonly source?: string;
  readonly mentioning?: EntityId;
  /** Inclusive ISO date bounds on publishedAt. */
  readonly from?: string;
  readonly to?: string;
}
export interface QuoteFilter {
  readonly speakerId?: EntityId;
  readonly aboutId?: EntityId;
  readonly search?: string;
  readonly from?: string;
  readonly to?: string;
}
export interface EventFilter {
  readonly type?: EventType;
  readonly participantId?: EntityId;
  readonly placeId?: EntityId;
  readonly from?: string;
  readonly to?: string;
}

export interface WriteOutcome {
  readonly articleId: ArticleId;
  /** false when the article was already stored with exactly these facts. */
  readonly changed: boolean;
}

export interface GraphCounts {
  readonly articles: number;
  readonly entities: Readonly<Record<EntityType, number>>;
  readonly quotes: number;
  readonly roles: number;
  readonly events: number;
}

/**
 * The one storage interface. Batch reads take ids and return records in the same order
 * and of the same length (null, or an empty list, where nothing exists), so DataLoader
 * sits on top unchanged. Lists are ordered stably so offsets are sound cursors.
 */
export interface GraphStore {
  readonly kind: 'sqlite' | 'neo4j';

  /** One transaction; replaces what the same article wrote before; writing it twice changes nothing. */
  writeArticle(graph: ArticleGraph): Promise<WriteOutcome>;
  /** Removes the article and every fact only it supported; false for an unknown id. */
  deleteArticle(id: ArticleId): Promise<boolean>;
  /** Moves mentions, quotes, roles, events and aliases of `fromIds` onto `intoId` and records why. */
  mergeEntities(intoId: EntityId, fromIds: readonly EntityId[], reason: string): Promise<Entity>;
  /** Undoes every mergeEntities into `id`: each entity merged in gets back its own facts and names; returns them, null for an unknown id. */
  unmergeEntity(id: EntityId): Promise<Entity[] | null>;
  /** Adds `alias` to the entity's aliases (nothing changes if it is already one) and records why; null for an unknown id. */
  addAlias(id: EntityId, alias: string, reason: string): Promise<Entity | null>;

  articlesByIds(ids: readonly ArticleId[]): Promise<(Article | null)[]>;
  entitiesByIds(ids: readonly EntityId[]): Promise<(Entity | null)[]>;
  quotesByIds(ids: readonly QuoteId[]): Promise<(Quote | null)[]>;
  eventsByIds(ids: readonly EventId[]): Promise<(Event | null)[]>;

  /** Entities having any of the given lowercase name keys as name or alias; one list per key. */
  entitiesByNameKeys(keys: readonly string[]): Promise<Entity[][]>;
  mentionsByArticleIds(ids: readonly ArticleId[]): Promise<Mention[][]>;
  mentionsByEntityIds(ids: readonly EntityId[]): Promise<Mention[][]>;
  quotesByArticleIds(ids: readonly ArticleId[]): Promise<Quote[][]>;
  quotesBySpeakerIds(ids: readonly EntityId[]): Promise<Quote[][]>;
  quotesAboutEntityIds(ids: readonly EntityId[]): Promise<Quote[][]>;
  rolesByPersonIds(ids: readonly EntityId[]): Promise<Role[][]>;
  rolesByArticleIds(ids: readonly ArticleId[]): Promise<Role[][]>;
  eventsByArticleIds(ids: readonly ArticleId[]): Promise<Event[][]>;
  eventsByEntityIds(ids: readonly EntityId[]): Promise<Event[][]>;
  mergesByEntityIds(ids: readonly EntityId[]): Promise<MergeRecord[][]>;
  /**
   * Each article's graph as writeArticle takes it, rebuilt from what is stored now (after any merges):
   * its facts, every entity they refer to or it gave an alias to (current name and type, with the
   * aliases this article gave), and the merge records its write stored. Writing these graphs into an
   * empty store rebuilds every article's part of the graph. Entities by id, aliases sorted, mentions
   * by entity id, quotes, roles and events in text order, merges as stored; null for an unknown id.
   */
  articleGraphsByIds(ids: readonly ArticleId[]): Promise<(ArticleGraph | null)[]>;

  /** Ordered as `filter.orderBy` says. */
  listEntities(filter: EntityFilter, page: PageRequest): Promise<Page<Entity>>;
  /** Newest first (publishedAt, then id); search results by relevance first. */
  listArticles(filter: ArticleFilter, page: PageRequest): Promise<Page<Article>>;
  /** Newest article first, then position in the article. */
  listQuotes(filter: QuoteFilter, page: PageRequest): Promise<Page<Quote>>;
  /** Newest first (date, then id). */
  listEvents(filter: EventFilter, page: PageRequest): Promise<Page<Event>>;

  counts(): Promise<GraphCounts>;
  close(): Promise<void>;
}
