import type { ArticleId, EntityId, EventId, QuoteId } from '../../domain/ids';
import { foldNameKey } from '../../domain/name-key';
import { alignByKey, groupByKey } from '../align-by-key';
import type { RecordReads } from '../port-parts';
import * as cypher from './cypher/record-reads';
import { toArticle, toEntity, toEvent, toQuote } from './records';
import type { Transactions } from './transactions';

type Projected = Record<string, unknown>;

/** Lookups by id or name: one statement per call, answered in the order asked. */
export function createRecordReads(transactions: Transactions): RecordReads {
  function byIds<Id extends string, Item extends { id: Id }>(statement: string, toItem: (row: Projected) => Item) {
    return async (ids: readonly Id[]): Promise<(Item | null)[]> => {
      const result = await transactions.read((tx) => tx.run(statement, { ids }));
      return alignByKey(ids, result.records.map((record) => toItem(record.get('item'))), (item) => item.id);
    };
  }
  return {
    articlesByIds: byIds<ArticleId, ReturnType<typeof toArticle>>(cypher.articlesByIds, toArticle),
    entitiesByIds: byIds<EntityId, ReturnType<typeof toEntity>>(cypher.entitiesByIds, toEntity),
    quotesByIds: byIds<QuoteId, ReturnType<typeof toQuote>>(cypher.quotesByIds, toQuote),
    eventsByIds: byIds<EventId, ReturnType<typeof toEvent>>(cypher.eventsByIds, toEvent),
    // Names are stored under their folded key; folding what is asked too lets a plain lowercase key
    // ("zelenskyy") find what a folded one ("zelensky") would.
    async entitiesByNameKeys(keys) {
      const folded = keys.map(foldNameKey);
      const result = await transactions.read((tx) => tx.run(cypher.entitiesByNameKeys, { keys: folded }));
      const rows = result.records.map((record) => ({ key: record.get('key') as string, entity: toEntity(record.get('item')) }));
      return groupByKey(folded, rows, (row) => row.key).map((group) => group.map((row) => row.entity));
    },
  };
}
