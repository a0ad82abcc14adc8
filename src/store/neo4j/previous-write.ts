import type { ManagedTransaction } from 'neo4j-driver';
import { entitiesTouchedByArticle, prunePublisher } from './cypher/article-facts';

// What writeArticle and deleteArticle both need about the version of an article they replace or remove.

/** What an article wrote before, read at the start of the transaction that replaces or deletes it. */
export async function previousWriteOf(tx: ManagedTransaction, articleId: string) {
  const result = await tx.run(entitiesTouchedByArticle, { articleId });
  const record = result.records[0];
  if (!record) return null;
  return {
    touchedEntityIds: record.get('ids') as string[],
    contentHash: record.get('contentHash') as string,
    source: record.get('source') as string | null,
  };
}

/** Deletes the publisher an article named before, unless some article (maybe the same one again) still names it. */
export async function prunePublisherOf(tx: ManagedTransaction, previous: { source: string | null }) {
  if (previous.source !== null) await tx.run(prunePublisher, { source: previous.source });
}
