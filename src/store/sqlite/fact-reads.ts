import type { Database } from 'better-sqlite3';
import { groupByKey } from '../align-by-key';
import type { FactReads } from '../port-parts';
import {
  eventFromRow, mentionFromRow, mergeFromRow, quoteFromRow, roleFromRow,
  type EventRow, type MentionRow, type MergeRow, type QuoteRow, type RoleRow,
} from './rows';

/** One prepared statement answering for all ids at once; `keyOf` says which id a row belongs to. */
function groupedRead<Row, Out>(db: Database, sql: string, keyOf: (row: Row) => string, toDomain: (row: Row) => Out) {
  const statement = db.prepare<[{ ids: string }], Row>(sql);
  return async (ids: readonly string[]): Promise<Out[][]> =>
    groupByKey(ids, statement.all({ ids: JSON.stringify(ids) }), keyOf).map((rows) => rows.map(toDomain));
}

/**
 * One list per id. Within an article, facts follow the text; across articles the newest article
 * comes first (as in the list methods); merges in the order they happened.
 */
export function createFactReads(db: Database): FactReads {
  return {
    mentionsByArticleIds: groupedRead(db, `
      SELECT * FROM mentions WHERE article_id IN (SELECT value FROM json_each(@ids))
      ORDER BY count DESC, entity_id`, (row: MentionRow) => row.article_id, mentionFromRow),
    mentionsByEntityIds: groupedRead(db, `
      SELECT m.* FROM mentions m JOIN articles a ON a.id = m.article_id
      WHERE m.entity_id IN (SELECT value FROM json_each(@ids))
      ORDER BY a.published_at DESC NULLS LAST, a.id`, (row: MentionRow) => row.entity_id, mentionFromRow),
    quotesByArticleIds: groupedRead(db, `
      SELECT * FROM quote_view WHERE article_id IN (SELECT value FROM json_each(@ids))
      ORDER BY start_offset, id`, (row: QuoteRow) => row.article_id, quoteFromRow),
    quotesBySpeakerIds: groupedRead(db, `
      SELECT * FROM quote_view WHERE speaker_id IN (SELECT value FROM json_each(@ids))
      ORDER BY published_at DESC NULLS LAST, article_id, start_offset, id`, (row: QuoteRow & { speaker_id: string }) => row.speaker_id, quoteFromRow),
    quotesAboutEntityIds: groupedRead(db, `
      SELECT qa.entity_id AS about_key, q.* FROM quote_about qa JOIN quote_view q ON q.id = qa.quote_id
      WHERE qa.entity_id IN (SELECT value FROM json_each(@ids))
      ORDER BY q.published_at DESC NULLS LAST, q.article_id, q.start_offset, q.id`, (row: QuoteRow & { about_key: string }) => row.about_key, quoteFromRow),
    rolesByPersonIds: groupedRead(db, `
      SELECT * FROM role_view WHERE person_id IN (SELECT value FROM json_each(@ids))
      ORDER BY published_at DESC NULLS LAST, article_id, start_offset, id`, (row: RoleRow) => row.person_id, roleFromRow),
    rolesByArticleIds: groupedRead(db, `
      SELECT * FROM role_view WHERE article_id IN (SELECT value FROM json_each(@ids))
      ORDER BY start_offset, id`, (row: RoleRow) => row.article_id, roleFromRow),
    eventsByArticleIds: groupedRead(db, `
      SELECT * FROM event_view WHERE article_id IN (SELECT value FROM json_each(@ids))
      ORDER BY start_offset, id`, (row: EventRow) => row.article_id, eventFromRow),
    // An entity takes part in an event as a participant or as its place.
    eventsByEntityIds: groupedRead(db, `
      SELECT linked.entity_key, ev.* FROM (
        SELECT event_id, entity_id AS entity_key FROM event_participants WHERE entity_id IN (SELECT value FROM json_each(@ids))
        UNION SELECT id, place_id FROM events WHERE place_id IN (SELECT value FROM json_each(@ids))
      ) AS linked JOIN event_view ev ON ev.id = linked.event_id
      ORDER BY ev.sort_date DESC NULLS LAST, ev.id`, (row: EventRow & { entity_key: string }) => row.entity_key, eventFromRow),
    mergesByEntityIds: groupedRead(db, `
      SELECT * FROM merge_records WHERE into_id IN (SELECT value FROM json_each(@ids)) ORDER BY seq`,
      (row: MergeRow) => row.into_id, mergeFromRow),
  };
}
