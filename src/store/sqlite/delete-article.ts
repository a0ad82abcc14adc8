import type { Database } from 'better-sqlite3';
import type { ArticleId } from '../../domain/ids';
import type { createEntityPruner } from './prune-entities';

/** deleteArticle: its facts go with it (ON DELETE CASCADE), then the entities only it held up. */
export function createArticleDeleter(db: Database, pruner: ReturnType<typeof createEntityPruner>) {
  const deleteArticleRow = db.prepare<[string]>('DELETE FROM articles WHERE id = ?');
  const deleteInTransaction = db.transaction((id: ArticleId): boolean => {
    const touched = pruner.entitiesTouchedBy(id);
    if (deleteArticleRow.run(id).changes === 0) return false;
    pruner.pruneUnsupported(touched);
    return true;
  });
  return async function deleteArticle(id: ArticleId): Promise<boolean> {
    return deleteInTransaction(id);
  };
}
