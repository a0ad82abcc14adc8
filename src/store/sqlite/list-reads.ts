import type { Database, Statement } from 'better-sqlite3';
import { ENTITY_TYPES, type EntityType } from '../../domain/entity';
import type { ArticleId, EntityId, EventId, QuoteId } from '../../domain/ids';
import type { EntityOrder, Page, PageRequest } from '../port';
import { checkPageRequest } from '../page-request';
import type { ListReads, RecordReads } from '../port-parts';
import { toFtsQuery } from './fts-query';

type PagedParams<Params> = Params & { limit: number; offset: number };
/** A page of ids in list order; every row also carries `count(*) OVER ()`, the whole filtered list's size. */
type IdPage<Params> = Statement<[PagedParams<Params>], { id: string; total_count: number }>;

/**
 * Lists page over ids and sort keys only, then load the page's records with the batch reads,
 * so aliases, quote subjects and participants are assembled for one page, not the whole list.
 * A page past the end has no row to carry the total, so only then is the first row asked for.
 */
async function readPage<Params extends object, Item>(
  statement: IdPage<Params>, params: Params, page: PageRequest,
  load: (ids: string[]) => Promise<(Item | null)[]>,
): Promise<Page<Item>> {
  checkPageRequest(page);
  const rows = statement.all({ ...params, limit: page.limit, offset: page.offset });
  const first = rows[0] ?? (page.offset > 0 ? statement.get({ ...params, limit: 1, offset: 0 }) : undefined);
  const items = await load(rows.map((row) => row.id));
  // The filter only narrows the type: both reads run back to back on one synchronous connection,
  // so no id of the page can have been deleted in between.
  return { items: items.filter((item): item is Item => item !== null), totalCount: first?.total_count ?? 0 };
}

// ORDER BY clauses come from this closed map, never from input (SQL cannot take them as parameters).
const ENTITY_ORDERS = {
  MENTION_COUNT: 'e.mention_count DESC, e.name, e.id',
  NAME: 'e.name, e.id',
  RELEVANCE: 'matched.score, e.mention_count DESC, e.name, e.id',
} as const satisfies Record<EntityOrder, string>;
// Without a search there is no relevance to order by.
type ListedOrder = Exclude<EntityOrder, 'RELEVANCE'>;
const ARTICLE_FILTERS = `(@source IS NULL OR a.source = @source)
      AND (@mentioning IS NULL OR EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.entity_id = @mentioning))
      AND is_within_dates(a.published_at, @from, @to)`;

// The list queries; each selects one page of ids, in list order, with the filtered list's size.
const listedEntityIdsSql = (order: ListedOrder) => `
  SELECT e.id, count(*) OVER () AS total_count FROM entities e WHERE @type IS NULL OR e.type = @type
  ORDER BY ${ENTITY_ORDERS[order]} LIMIT @limit OFFSET @offset`;
const searchedEntityIdsSql = (order: EntityOrder) => `
  WITH matched AS (
    SELECT rowid AS seq, bm25(entity_search, 2.0, 1.0) AS score FROM entity_search WHERE entity_search MATCH @query)
  SELECT e.id, count(*) OVER () AS total_count FROM matched JOIN entities e ON e.seq = matched.seq
  WHERE @type IS NULL OR e.type = @type
  ORDER BY ${ENTITY_ORDERS[order]} LIMIT @limit OFFSET @offset`;
const ARTICLE_IDS_SQL = `
  SELECT a.id, count(*) OVER () AS total_count FROM articles a
  WHERE ${ARTICLE_FILTERS}
  ORDER BY a.published_at DESC NULLS LAST, a.id LIMIT @limit OFFSET @offset`;
// Title words weigh three times text words, so an article about a thing outranks one that names it.
const SEARCHED_ARTICLE_IDS_SQL = `
  WITH matched AS (
    SELECT rowid AS seq, bm25(article_search, 3.0, 1.0) AS score FROM article_search WHERE article_search MATCH @query)
  SELECT a.id, count(*) OVER () AS total_count
  FROM matched JOIN article_search_keys k ON k.seq = matched.seq JOIN articles a ON a.id = k.article_id
  WHERE ${ARTICLE_FILTERS}
  ORDER BY matched.score, a.published_at DESC NULLS LAST, a.id LIMIT @limit OFFSET @offset`;
const QUOTE_IDS_SQL = `
  SELECT q.id, count(*) OVER () AS total_count FROM quotes q JOIN articles a ON a.id = q.article_id
  WHERE (@speaker IS NULL OR q.speaker_id = @speaker)
    AND (@about IS NULL OR EXISTS (SELECT 1 FROM quote_about qa WHERE qa.quote_id = q.id AND qa.entity_id = @about))
    AND (@search IS NULL OR instr(lower(q.text), lower(@search)) > 0)
    AND is_within_dates(a.published_at, @from, @to)
  ORDER BY a.published_at DESC NULLS LAST, q.article_id, q.start_offset, q.id LIMIT @limit OFFSET @offset`;
// An event is dated by the date the text gives it, else by its article.
const EVENT_IDS_SQL = `
  SELECT ev.id, count(*) OVER () AS total_count FROM events ev JOIN articles a ON a.id = ev.article_id
  WHERE (@type IS NULL OR ev.type = @type)
    AND (@participant IS NULL OR EXISTS (
      SELECT 1 FROM event_participants p WHERE p.event_id = ev.id AND p.entity_id = @participant))
    AND (@place IS NULL OR ev.place_id = @place)
    AND is_within_dates(coalesce(ev.date, a.published_at), @from, @to)
  ORDER BY coalesce(ev.date, a.published_at) DESC NULLS LAST, ev.id LIMIT @limit OFFSET @offset`;
const FACT_COUNTS_SQL = `
  SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM quotes) AS quotes,
    (SELECT count(*) FROM roles) AS roles, (SELECT count(*) FROM events) AS events`;

type ArticleParams = { source: string | null; mentioning: string | null; from: string | null; to: string | null };
type QuoteParams = { speaker: string | null; about: string | null; search: string | null; from: string | null; to: string | null };
type EventParams = { type: string | null; participant: string | null; place: string | null; from: string | null; to: string | null };

/** Paged, filtered lists in the stable orders the port documents; ties end on id so offsets are sound. */
export function createListReads(db: Database, records: RecordReads): ListReads {
  const listedEntityIds = (order: ListedOrder): IdPage<{ type: string | null }> => db.prepare(listedEntityIdsSql(order));
  const searchedEntityIds = (order: EntityOrder): IdPage<{ query: string; type: string | null }> => db.prepare(searchedEntityIdsSql(order));
  const entityIdsBy = { MENTION_COUNT: listedEntityIds('MENTION_COUNT'), NAME: listedEntityIds('NAME') };
  const searchedEntityIdsBy = {
    MENTION_COUNT: searchedEntityIds('MENTION_COUNT'), NAME: searchedEntityIds('NAME'), RELEVANCE: searchedEntityIds('RELEVANCE'),
  };
  const articleIds: IdPage<ArticleParams> = db.prepare(ARTICLE_IDS_SQL);
  const searchedArticleIds: IdPage<ArticleParams & { query: string }> = db.prepare(SEARCHED_ARTICLE_IDS_SQL);
  const quoteIds: IdPage<QuoteParams> = db.prepare(QUOTE_IDS_SQL);
  const eventIds: IdPage<EventParams> = db.prepare(EVENT_IDS_SQL);
  const factCounts = db.prepare<[], { articles: number; quotes: number; roles: number; events: number }>(FACT_COUNTS_SQL);
  const entityCounts = db.prepare<[], { type: EntityType; n: number }>('SELECT type, count(*) AS n FROM entities GROUP BY type');

  const loadEntities = (ids: string[]) => records.entitiesByIds(ids as EntityId[]);
  return {
    async listEntities(filter, page) {
      const type = filter.type ?? null;
      if (filter.search === undefined) {
        return readPage(entityIdsBy[filter.orderBy === 'NAME' ? 'NAME' : 'MENTION_COUNT'], { type }, page, loadEntities);
      }
      const query = toFtsQuery(filter.search);
      if (query === null) return { items: [], totalCount: 0 };
      return readPage(searchedEntityIdsBy[filter.orderBy ?? 'RELEVANCE'], { query, type }, page, loadEntities);
    },
    async listArticles(filter, page) {
      const params = { source: filter.source ?? null, mentioning: filter.mentioning ?? null, from: filter.from ?? null, to: filter.to ?? null };
      const loadArticles = (ids: string[]) => records.articlesByIds(ids as ArticleId[]);
      if (filter.search === undefined) return readPage(articleIds, params, page, loadArticles);
      const query = toFtsQuery(filter.search);
      if (query === null) return { items: [], totalCount: 0 };
      return readPage(searchedArticleIds, { ...params, query }, page, loadArticles);
    },
    async listQuotes(filter, page) {
      const params = {
        speaker: filter.speakerId ?? null, about: filter.aboutId ?? null, search: filter.search ?? null,
        from: filter.from ?? null, to: filter.to ?? null,
      };
      return readPage(quoteIds, params, page, (ids) => records.quotesByIds(ids as QuoteId[]));
    },
    async listEvents(filter, page) {
      const params = {
        type: filter.type ?? null, participant: filter.participantId ?? null, place: filter.placeId ?? null,
        from: filter.from ?? null, to: filter.to ?? null,
      };
      return readPage(eventIds, params, page, (ids) => records.eventsByIds(ids as EventId[]));
    },
    async counts() {
      const facts = factCounts.get() ?? { articles: 0, quotes: 0, roles: 0, events: 0 };
      const byType = Object.fromEntries(ENTITY_TYPES.map((type) => [type, 0])) as Record<EntityType, number>;
      for (const { type, n } of entityCounts.all()) byType[type] = n;
      return { ...facts, entities: byType };
    },
  };
}
