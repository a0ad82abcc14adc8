import type { ManagedTransaction } from 'neo4j-driver';
import { deleteArticleFacts, deleteArticleNode } from './cypher/article-facts';
import { pruneAndRefreshEntities } from './refresh-entities';
import { previousWriteOf, prunePublisherOf } from './previous-write';

/** deleteArticle in one managed transaction; false when no such article is stored. */
export async function deleteArticleIn(tx: ManagedTransaction, articleId: string): Promise<boolean> {
  const previous = await previousWriteOf(tx, articleId);
  if (!previous) return false;
  await tx.run(deleteArticleFacts, { articleId });
  await tx.run(deleteArticleNode, { articleId });
  await prunePublisherOf(tx, previous);
  await pruneAndRefreshEntities(tx, { candidates: previous.touchedEntityIds, kept: new Set(), refresh: [] });
  return true;
}
