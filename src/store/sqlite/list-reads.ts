import type { Database, Statement } from 'better-sqlite3';
import { ENTITY_TYPES, type EntityType } from '../../domain/entity';
import type { GraphStore, Page, PageRequest } from '../port';
import { toFtsQuery } from './fts-query';
import {
  articleFromRow, entityFromRow, eventFromRow, quoteFromRow,
  type ArticleRow, type EntityRow, type EventRow, type QuoteRow,
} from './rows';

type ListReads = Pick<GraphStore, 'listEntities' | 'listArticles' | 'listQuotes' | 'listEvents' | 'counts'>;
type Counted<Row> = Row & { total_count: number };

/**
 * Runs a list statement whose rows carry `count(*) OVER ()`, the size of the whole filtered list.
 * A page past the end has no row to carry it, so only then is the first row asked for instead.
 */
function readPage<Params extends object, Row, Item>(
  statement: Statement<[Params & { limit: number; offset: number }], Counted<Row>>,
  params: Params, page: PageRequest, toDomain: (row: Row) => Item,
): Page<Item> {
  const rows = statement.all({ ...params, limit: page.limit, offset: page.offset });
  const first = rows[0] ?? (page.offset > 0 ? statement.get({ ...params, limit: 1, offset: 0 }) : undefined);
  return { items: rows.map(toDomain), totalCount: first?.total_count ?? 0 };
}

/** Paged, filtered lists in the stable orders the port documents; ties end on id so offsets are sound. */
export function createListReads(db: Database): ListReads {
  // ORDER BY clauses come from this closed map, never from input.
  const entityOrders = {
    MENTION_COUNT: 'e.mention_count DESC, e.name, e.id',
    NAME: 'e.name, e.id',
    RELEVANCE: 'matched.score, e.mention_count DESC, e.name, e.id',
  } as const;
  const listedEntities = (order: 'MENTION_COUNT' | 'NAME') =>
    db.prepare<[{ type: string | null; limit: number; offset: number }], Counted<EntityRow>>(`
    SELECT e.*, count(*) OVER () AS total_count FROM entity_view e
    WHERE (@type IS NULL OR e.type = @type)
    ORDER BY ${entityOrders[order]} LIMIT @limit OFFSET @offset`);
  const searchedEntities = (order: keyof typeof entityOrders) =>
    db.prepare<[{ query: string; type: string | null; limit: number; offset: number }], Counted<EntityRow>>(`
    WITH matched AS (
      SELECT rowid AS seq, bm25(entity_search, 2.0, 1.0) AS score FROM entity_search WHERE entity_search MATCH @query)
    SELECT e.*, count(*) OVER () AS total_count
    FROM matched JOIN entities x ON x.seq = matched.seq JOIN entity_view e ON e.id = x.id
    WHERE @type IS NULL OR e.type = @type
    ORDER BY ${entityOrders[order]} LIMIT @limit OFFSET @offset`);
  const entitiesBy = { MENTION_COUNT: listedEntities('MENTION_COUNT'), NAME: listedEntities('NAME') };
  const searchedEntitiesBy = {
    MENTION_COUNT: searchedEntities('MENTION_COUNT'), NAME: searchedEntities('NAME'), RELEVANCE: searchedEntities('RELEVANCE'),
  };
  type ArticleParams = { query: string | null; source: string | null; mentioning: string | null; from: string | null; to: string | null };
  // Without a query every article is "matched" with score 0, so one statement serves both cases.
  const articles = db.prepare<[ArticleParams & { limit: number; offset: number }], Counted<ArticleRow>>(`
    WITH matched AS (
      SELECT rowid AS seq, bm25(article_search, 3.0, 1.0) AS score FROM article_search
      WHERE @query IS NOT NULL AND article_search MATCH @query
      UNION ALL SELECT rowid, 0 FROM articles WHERE @query IS NULL)
    SELECT a.*, count(*) OVER () AS total_count FROM matched JOIN articles a ON a.rowid = matched.seq
    WHERE (@source IS NULL OR a.source = @source)
      AND (@mentioning IS NULL OR EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.entity_id = @mentioning))
      AND is_within_dates(a.published_at, @from, @to)
    ORDER BY matched.score, a.published_at DESC NULLS LAST, a.id LIMIT @limit OFFSET @offset`);
  type QuoteParams = { speaker: string | null; about: string | null; search: string | null; from: string | null; to: string | null };
  const quotes = db.prepare<[QuoteParams & { limit: number; offset: number }], Counted<QuoteRow>>(`
    SELECT q.*, count(*) OVER () AS total_count FROM quote_view q
    WHERE (@speaker IS NULL OR q.speaker_id = @speaker)
      AND (@about IS NULL OR EXISTS (SELECT 1 FROM quote_about qa WHERE qa.quote_id = q.id AND qa.entity_id = @about))
      AND (@search IS NULL OR instr(lower(q.text), lower(@search)) > 0)
      AND is_within_dates(q.published_at, @from, @to)
    ORDER BY q.published_at DESC NULLS LAST, q.article_id, q.start_offset, q.id LIMIT @limit OFFSET @offset`);
  type EventParams = { type: string | null; participant: string | null; place: string | null; from: string | null; to: string | null };
  const events = db.prepare<[EventParams & { limit: number; offset: number }], Counted<EventRow>>(`
    SELECT ev.*, count(*) OVER () AS total_count FROM event_view ev
    WHERE (@type IS NULL OR ev.type = @type)
      AND (@participant IS NULL OR EXISTS (
        SELECT 1 FROM event_participants p WHERE p.event_id = ev.id AND p.entity_id = @participant))
      AND (@place IS NULL OR ev.place_id = @place)
      AND is_within_dates(ev.sort_date, @from, @to)
    ORDER BY ev.sort_date DESC NULLS LAST, ev.id LIMIT @limit OFFSET @offset`);
  const factCounts = db.prepare<[], { articles: number; quotes: number; roles: number; events: number }>(`
    SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM quotes) AS quotes,
      (SELECT count(*) FROM roles) AS roles, (SELECT count(*) FROM events) AS events`);
  const entityCounts = db.prepare<[], { type: EntityType; n: number }>('SELECT type, count(*) AS n FROM entities GROUP BY type');

  return {
    async listEntities(filter, page) {
      const type = filter.type ?? null;
      if (filter.search === undefined) {
        const order = filter.orderBy === 'NAME' ? 'NAME' : 'MENTION_COUNT';
        return readPage(entitiesBy[order], { type }, page, entityFromRow);
      }
      const query = toFtsQuery(filter.search);
      if (query === null) return { items: [], totalCount: 0 };
      return readPage(searchedEntitiesBy[filter.orderBy ?? 'RELEVANCE'], { query, type }, page, entityFromRow);
    },
    async listArticles(filter, page) {
      const query = filter.search === undefined ? null : toFtsQuery(filter.search);
      if (filter.search !== undefined && query === null) return { items: [], totalCount: 0 };
      const params = {
        query, source: filter.source ?? null, mentioning: filter.mentioning ?? null, from: filter.from ?? null, to: filter.to ?? null,
      };
      return readPage(articles, params, page, articleFromRow);
    },
    async listQuotes(filter, page) {
      const params = {
        speaker: filter.speakerId ?? null, about: filter.aboutId ?? null, search: filter.search ?? null,
        from: filter.from ?? null, to: filter.to ?? null,
      };
      return readPage(quotes, params, page, quoteFromRow);
    },
    async listEvents(filter, page) {
      const params = {
        type: filter.type ?? null, participant: filter.participantId ?? null, place: filter.placeId ?? null,
        from: filter.from ?? null, to: filter.to ?? null,
      };
      return readPage(events, params, page, eventFromRow);
    },
    async counts() {
      const facts = factCounts.get() ?? { articles: 0, quotes: 0, roles: 0, events: 0 };
      const byType = Object.fromEntries(ENTITY_TYPES.map((type) => [type, 0])) as Record<EntityType, number>;
      for (const { type, n } of entityCounts.all()) byType[type] = n;
      return { ...facts, entities: byType };
    },
  };
}
