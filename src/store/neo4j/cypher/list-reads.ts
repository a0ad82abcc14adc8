import { ENTITY_TYPES } from '../../../domain/entity';
import { entityLabel } from '../graph-model';
import { articleMap, entityMap, eventMap, quoteMap } from './projections';

/** A filtered list: `match` binds and filters, then either counts it all or returns one ordered page. */
export interface ListQuery {
  readonly match: string;
  readonly page: string;
}

/**
 * Whether `date` (an ISO date, date-time or month) is within the inclusive $from/$to bounds, each
 * compared at the precision both sides have: "2025-04-05T10:00Z" is within $to = "2025-04-05", and
 * the month "2025-04" within $from = "2025-04-15". A missing bound does not filter; a missing date
 * fails any bound. The same rule as the SQLite store's isWithinDates.
 */
function isWithinDates(date: string): string {
  const atCommonPrecision = (bound: string) =>
    `left(${date}, CASE WHEN size(${date}) < size(${bound}) THEN size(${date}) ELSE size(${bound}) END)`
    + ` ${bound === '$from' ? '>=' : '<='} `
    + `left(${bound}, CASE WHEN size(${date}) < size(${bound}) THEN size(${date}) ELSE size(${bound}) END)`;
  return `(($from IS NULL AND $to IS NULL) OR (${date} IS NOT NULL
    AND ($from IS NULL OR ${atCommonPrecision('$from')})
    AND ($to IS NULL OR ${atCommonPrecision('$to')})))`;
}

const newestArticleFirst = 'a.publishedAt IS NULL, a.publishedAt DESC, a.id';
const onePage = 'SKIP $offset LIMIT $limit';

// ORDER BY clauses come from this closed map, never from input; RELEVANCE needs a search's score.
const entityOrder = {
  MENTION_COUNT: 'e.mentionCount DESC, e.name, e.id',
  NAME: 'e.name, e.id',
  RELEVANCE: 'score DESC, e.mentionCount DESC, e.name, e.id',
} as const;

export const listEntities = (order: 'MENTION_COUNT' | 'NAME'): ListQuery => ({
  match: 'MATCH (e:Entity) WHERE ($type IS NULL OR e.type = $type)',
  page: `RETURN ${entityMap} AS item ORDER BY ${entityOrder[order]} ${onePage}`,
});

export const searchEntities = (order: keyof typeof entityOrder): ListQuery => ({
  match: `CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node AS e, score
          WHERE ($type IS NULL OR e.type = $type)`,
  page: `RETURN ${entityMap} AS item ORDER BY ${entityOrder[order]} ${onePage}`,
});

const articleFilters = `($source IS NULL OR a.source = $source)
  AND ($mentioning IS NULL OR EXISTS { (a)-[:MENTIONS]->(:Entity {id: $mentioning}) })
  AND ${isWithinDates('a.publishedAt')}`;

export const listArticles: ListQuery = {
  match: `MATCH (a:Article) WHERE ${articleFilters}`,
  page: `RETURN ${articleMap} AS item ORDER BY ${newestArticleFirst} ${onePage}`,
};

export const searchArticles: ListQuery = {
  match: `CALL db.index.fulltext.queryNodes('article_words', $query) YIELD node AS a, score WHERE ${articleFilters}`,
  page: `RETURN ${articleMap} AS item ORDER BY score DESC, ${newestArticleFirst} ${onePage}`,
};

// Search is a case-insensitive substring of the quote, as in the SQLite store.
export const listQuotes: ListQuery = {
  match: `MATCH (q:Quote)-[:REPORTED_IN]->(a:Article)
          WHERE ($speakerId IS NULL OR EXISTS { (:Entity {id: $speakerId})-[:SAID]->(q) })
            AND ($aboutId IS NULL OR EXISTS { (q)-[:ABOUT]->(:Entity {id: $aboutId}) })
            AND ($search IS NULL OR toLower(q.text) CONTAINS toLower($search))
            AND ${isWithinDates('a.publishedAt')}`,
  page: `RETURN ${quoteMap} AS item ORDER BY ${newestArticleFirst}, q.start, q.id ${onePage}`,
};

// An event is dated by the date the text gives it, else by its article.
export const listEvents: ListQuery = {
  match: `MATCH (v:Event)-[:REPORTED_IN]->(a:Article)
          WITH v, coalesce(v.date, a.publishedAt) AS sortDate
          WHERE ($type IS NULL OR v.type = $type)
            AND ($participantId IS NULL OR EXISTS { (:Entity {id: $participantId})-[:PARTICIPATED_IN]->(v) })
            AND ($placeId IS NULL OR EXISTS { (v)-[:LOCATED_IN]->(:Entity {id: $placeId}) })
            AND ${isWithinDates('sortDate')}`,
  page: `RETURN ${eventMap} AS item ORDER BY sortDate IS NULL, sortDate DESC, v.id ${onePage}`,
};

// COUNT over a bare label or relationship type is answered from Neo4j's count store.
export const counts = `RETURN COUNT { (:Article) } AS articles, COUNT { (:Quote) } AS quotes,
  COUNT { ()-[:HOLDS_ROLE]->() } AS roles, COUNT { (:Event) } AS events,
  ${ENTITY_TYPES.map((type) => `COUNT { (:${entityLabel[type]}) } AS ${type}`).join(', ')}`;
