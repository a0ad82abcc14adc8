import { groupByKey } from '../align-by-key';
import type { GraphStore } from '../port';
import * as cypher from './cypher/fact-reads';
import { toEvent, toMention, toMergeRecord, toQuote, toRole } from './records';
import type { Transactions } from './transactions';

type FactReads = Pick<GraphStore,
  | 'mentionsByArticleIds' | 'mentionsByEntityIds' | 'quotesByArticleIds' | 'quotesBySpeakerIds'
  | 'quotesAboutEntityIds' | 'rolesByPersonIds' | 'rolesByArticleIds' | 'eventsByArticleIds'
  | 'eventsByEntityIds' | 'mergesByEntityIds'>;

/** One list per id from one statement for all ids; the statement's ORDER BY is the order within a list. */
export function createFactReads(transactions: Transactions): FactReads {
  function grouped<Item>(statement: string, toItem: (row: Record<string, unknown>) => Item) {
    return async (ids: readonly string[]): Promise<Item[][]> => {
      const result = await transactions.read((tx) => tx.run(statement, { ids }));
      const rows = result.records.map((record) => ({ key: record.get('key') as string, item: toItem(record.get('item')) }));
      return groupByKey(ids, rows, (row) => row.key).map((group) => group.map((row) => row.item));
    };
  }
  return {
    mentionsByArticleIds: grouped(cypher.mentionsByArticleIds, toMention),
    mentionsByEntityIds: grouped(cypher.mentionsByEntityIds, toMention),
    quotesByArticleIds: grouped(cypher.quotesByArticleIds, toQuote),
    quotesBySpeakerIds: grouped(cypher.quotesBySpeakerIds, toQuote),
    quotesAboutEntityIds: grouped(cypher.quotesAboutEntityIds, toQuote),
    rolesByPersonIds: grouped(cypher.rolesByPersonIds, toRole),
    rolesByArticleIds: grouped(cypher.rolesByArticleIds, toRole),
    eventsByArticleIds: grouped(cypher.eventsByArticleIds, toEvent),
    eventsByEntityIds: grouped(cypher.eventsByEntityIds, toEvent),
    mergesByEntityIds: grouped(cypher.mergesByEntityIds, toMergeRecord),
  };
}
