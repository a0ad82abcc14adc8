import type { Database } from 'better-sqlite3';
import type { ArticleGraph } from '../../domain/article-graph';
import { contentHashOf } from '../content-hash';
import { refuseForeignFacts } from '../foreign-article-id';
import type { WriteOutcome } from '../port';
import { createFactInserter } from './insert-facts';
import type { createEntityPruner } from './prune-entities';

type EntityPruner = ReturnType<typeof createEntityPruner>;

/** writeArticle: delete what the article wrote before, then insert the graph, all in one transaction. */
export function createArticleWriter(db: Database, pruner: EntityPruner) {
  const storedHash = db.prepare<[string], string>('SELECT content_hash FROM articles WHERE id = ?').pluck();
  const upsertArticle = db.prepare(`
    INSERT INTO articles (id, title, url, source, published_at, text, content_hash)
    VALUES (@id, @title, @url, @source, @published_at, @text, @content_hash)
    ON CONFLICT (id) DO UPDATE SET title = excluded.title, url = excluded.url, source = excluded.source,
      published_at = excluded.published_at, text = excluded.text, content_hash = excluded.content_hash`);
  const deletePrevious = [
    'DELETE FROM mentions WHERE article_id = ?',
    'DELETE FROM quotes WHERE article_id = ?',
    'DELETE FROM roles WHERE article_id = ?',
    'DELETE FROM events WHERE article_id = ?',
    'DELETE FROM alias_sources WHERE article_id = ?',
    'DELETE FROM merge_records WHERE written_by = ?',
  ].map((sql) => db.prepare<[string]>(sql));
  const insertFacts = createFactInserter(db);

  const writeInTransaction = db.transaction((graph: ArticleGraph, contentHash: string): boolean => {
    const { article } = graph;
    const previousHash = storedHash.get(article.id);
    if (previousHash === contentHash) return false;
    const touchedBefore = previousHash === undefined ? [] : pruner.entitiesTouchedBy(article.id);
    upsertArticle.run({
      id: article.id, title: article.title, url: article.url, source: article.source,
      published_at: article.publishedAt, text: article.text, content_hash: contentHash,
    });
    for (const statement of deletePrevious) statement.run(article.id);
    insertFacts(graph);
    const stillListed = new Set<string>(graph.entities.map((entity) => entity.id));
    pruner.pruneUnsupported(touchedBefore.filter((id) => !stillListed.has(id)));
    return true;
  });

  return async function writeArticle(graph: ArticleGraph): Promise<WriteOutcome> {
    refuseForeignFacts(graph);
    try {
      return { articleId: graph.article.id, changed: writeInTransaction(graph, contentHashOf(graph)) };
    } catch (cause) {
      const detail = cause instanceof Error ? cause.message : String(cause);
      throw new Error(`Article ${graph.article.id} was not written (nothing of it changed): ${detail}`, { cause });
    }
  };
}
