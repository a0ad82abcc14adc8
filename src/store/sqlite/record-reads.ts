import type { Database } from 'better-sqlite3';
import type { ArticleId, EntityId, EventId, QuoteId } from '../../domain/ids';
import { foldNameKey } from '../../domain/name-key';
import { alignByKey, groupByKey } from '../align-by-key';
import type { RecordReads } from '../port-parts';
import {
  articleFromRow, entityFromRow, eventFromRow, quoteFromRow,
  type ArticleRow, type EntityRow, type EventRow, type QuoteRow,
} from './rows';

/** Lookups by id or name: one statement per method, whatever the number of ids. */
export function createRecordReads(db: Database): RecordReads {
  const articles = db.prepare<[string], ArticleRow>(
    'SELECT * FROM articles WHERE id IN (SELECT value FROM json_each(?))');
  const entities = db.prepare<[string], EntityRow>(
    'SELECT * FROM entity_view WHERE id IN (SELECT value FROM json_each(?))');
  const quotes = db.prepare<[string], QuoteRow>(
    'SELECT * FROM quote_view WHERE id IN (SELECT value FROM json_each(?))');
  const events = db.prepare<[string], EventRow>(
    'SELECT * FROM event_view WHERE id IN (SELECT value FROM json_each(?))');
  const entitiesByKey = db.prepare<[{ keys: string }], EntityRow & { name_key_asked: string }>(`
    SELECT DISTINCT matched.key AS name_key_asked, e.* FROM (
      SELECT name_key AS key, id AS entity_id FROM entities WHERE name_key IN (SELECT value FROM json_each(@keys))
      UNION
      SELECT alias_key, entity_id FROM entity_aliases WHERE alias_key IN (SELECT value FROM json_each(@keys))
    ) AS matched JOIN entity_view e ON e.id = matched.entity_id
    ORDER BY e.mention_count DESC, e.name, e.id`);

  return {
    async articlesByIds(ids: readonly ArticleId[]) {
      return alignByKey(ids, articles.all(JSON.stringify(ids)).map(articleFromRow), (article) => article.id);
    },
    async entitiesByIds(ids: readonly EntityId[]) {
      return alignByKey(ids, entities.all(JSON.stringify(ids)).map(entityFromRow), (entity) => entity.id);
    },
    async quotesByIds(ids: readonly QuoteId[]) {
      return alignByKey(ids, quotes.all(JSON.stringify(ids)).map(quoteFromRow), (quote) => quote.id);
    },
    async eventsByIds(ids: readonly EventId[]) {
      return alignByKey(ids, events.all(JSON.stringify(ids)).map(eventFromRow), (event) => event.id);
    },
    // Names and aliases are stored under their folded key; folding what is asked too lets a plain
    // lowercase key ("zelenskyy") find what a folded one ("zelensky") would.
    async entitiesByNameKeys(keys: readonly string[]) {
      const folded = keys.map(foldNameKey);
      const rows = entitiesByKey.all({ keys: JSON.stringify(folded) });
      return groupByKey(folded, rows, (row) => row.name_key_asked).map((group) => group.map(entityFromRow));
    },
  };
}
