import type { EntityId } from '../../domain/ids';
import { groupByKey } from '../align-by-key';
import type { ArticleOwnedReads } from '../article-graph-reads';
import type { FactReads } from '../port-parts';
import * as cypher from './cypher/fact-reads';
import { toEvent, toMention, toMergeRecord, toQuote, toRole } from './records';
import type { Transactions } from './transactions';

/** One list per id from one statement for all ids (the port's fact reads and the two article-owned reads); the statement's ORDER BY is the order within a list. */
export function createFactReads(transactions: Transactions): FactReads & ArticleOwnedReads {
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
    aliasesGivenByArticleIds: grouped(cypher.aliasesGivenByArticleIds,
      (row) => ({ entityId: row.entityId as EntityId, aliases: row.aliases as string[] })),
    mergesWrittenByArticleIds: grouped(cypher.mergesWrittenByArticleIds, toMergeRecord),
  };
}
