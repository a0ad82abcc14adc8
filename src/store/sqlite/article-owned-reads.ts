import type { Database } from 'better-sqlite3';
import type { EntityId } from '../../domain/ids';
import { groupByKey } from '../align-by-key';
import type { ArticleOwnedReads } from '../article-graph-reads';
import { mergeFromRow, type MergeRow } from './rows';

/** The aliases and merge records an article's own write stored (article_id / written_by is the article). */
export function createArticleOwnedReads(db: Database): ArticleOwnedReads {
  const aliases = db.prepare<[string], { article_id: string; entity_id: string; aliases: string }>(`
    SELECT article_id, entity_id, json_group_array(alias) AS aliases FROM alias_sources
    WHERE article_id IN (SELECT value FROM json_each(?)) GROUP BY article_id, entity_id`);
  const merges = db.prepare<[string], MergeRow & { written_by: string }>(
    'SELECT * FROM merge_records WHERE written_by IN (SELECT value FROM json_each(?)) ORDER BY seq');
  return {
    async aliasesGivenByArticleIds(ids) {
      return groupByKey(ids, aliases.all(JSON.stringify(ids)), (row) => row.article_id).map((rows) =>
        rows.map((row) => ({ entityId: row.entity_id as EntityId, aliases: JSON.parse(row.aliases) as string[] })));
    },
    async mergesWrittenByArticleIds(ids) {
      return groupByKey(ids, merges.all(JSON.stringify(ids)), (row) => row.written_by).map((rows) => rows.map(mergeFromRow));
    },
  };
}
