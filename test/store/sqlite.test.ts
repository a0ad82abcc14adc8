import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { applyMigrations } from '../../src/store/sqlite/migrations/apply-migrations';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { kyivsMilitary, newsweekGraph, pravdaGraph, ukrainesMilitary, yahooAidGraph } from '../fixtures/sample-graphs';
import { describeGraphStore } from './graph-store.contract';

const scratchDirs: string[] = [];
afterEach(() => scratchDirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function scratchPath(...parts: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'sqlite-store-'));
  scratchDirs.push(dir);
  return join(dir, ...parts);
}

describeGraphStore('sqlite', () => openSqliteStore({ path: ':memory:' }), {
  additionalTests: () => {
    it('keeps the graph in a file across reopen, creating its directory, in WAL mode', async () => {
      const path = scratchPath('not', 'yet', 'graph.db');
      const first = await openSqliteStore({ path });
      await first.writeArticle(pravdaGraph);
      await first.close();
      const reopened = await openSqliteStore({ path });
      expect(await reopened.articlesByIds([pravdaGraph.article.id])).toEqual([pravdaGraph.article]);
      // The stored content hash survives too, so re-ingest after a restart is still a no-op.
      expect(await reopened.writeArticle(pravdaGraph)).toEqual({ articleId: pravdaGraph.article.id, changed: false });
      await reopened.close();
      const raw = new Database(path);
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
      raw.close();
    });

    it('applies each migration once, however often the store is opened', async () => {
      const path = scratchPath('graph.db');
      await (await openSqliteStore({ path })).close();
      await (await openSqliteStore({ path })).close();
      const raw = new Database(path);
      applyMigrations(raw);
      expect(raw.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual([1, 2, 3, 4, 5, 6]);
      raw.close();
    });

    it('refuses, untouched, a database that another schema version built', async () => {
      const path = scratchPath('graph.db');
      await (await openSqliteStore({ path })).close();
      const raw = new Database(path);
      raw.prepare("UPDATE schema_migrations SET name = 'read views' WHERE version = 2").run();
      raw.close();
      await expect(openSqliteStore({ path })).rejects.toThrow('migration 2 "read views" is not ours');
    });

    it('keeps exactly one search row per entity through rewrites, merges and deletes', async () => {
      const path = scratchPath('graph.db');
      const store = await openSqliteStore({ path });
      await store.writeArticle(pravdaGraph);
      await store.writeArticle(newsweekGraph);
      await store.writeArticle({ ...pravdaGraph, quotes: [] });
      await store.mergeEntities(kyivsMilitary.id, [ukrainesMilitary.id], 'same armed forces');
      await store.deleteArticle(newsweekGraph.article.id);
      await store.close();
      const raw = new Database(path, { readonly: true });
      const indexed = raw.prepare<[string], { name: string; indexed_name: string; aliases: string }>(`
        SELECT e.name, s.name AS indexed_name, s.aliases FROM entities e JOIN entity_search s ON s.rowid = e.seq
        WHERE e.id = ?`).get(kyivsMilitary.id);
      expect(indexed?.indexed_name).toBe("Kyiv's military");
      // Both the merged-in name and the alias the rewritten Pravda article gave the other entity.
      expect(["Ukrainian army Ukraine's military", "Ukraine's military Ukrainian army"]).toContain(indexed?.aliases);
      const entityCount = raw.prepare('SELECT count(*) FROM entities').pluck().get();
      expect(raw.prepare('SELECT count(*) FROM entity_search').pluck().get()).toBe(entityCount);
      expect(entityCount).toBe(pravdaGraph.entities.length);
      raw.close();
    });

    it('keeps exactly one article search row per article through rewrites and deletes, keyed by article id', async () => {
      const path = scratchPath('graph.db');
      const store = await openSqliteStore({ path });
      await store.writeArticle(pravdaGraph);
      await store.writeArticle(newsweekGraph);
      await store.writeArticle(yahooAidGraph);
      await store.writeArticle({ ...newsweekGraph, article: { ...newsweekGraph.article, title: 'Drone strikes on chip plants' } });
      await store.deleteArticle(pravdaGraph.article.id);
      const wholeList = { offset: 0, limit: 10 };
      expect((await store.listArticles({ search: 'microchip' }, wholeList)).items).toEqual([]);
      expect((await store.listArticles({ search: 'chip plants' }, wholeList)).items.map((article) => article.id))
        .toEqual([newsweekGraph.article.id]);
      expect((await store.listArticles({ search: 'Zelenskyy announces' }, wholeList)).totalCount).toBe(0);
      await store.close();
      const raw = new Database(path, { readonly: true });
      const keyed = raw.prepare(`SELECT k.article_id FROM article_search s JOIN article_search_keys k ON k.seq = s.rowid
        ORDER BY k.article_id`).pluck().all();
      expect(keyed).toEqual([newsweekGraph.article.id, yahooAidGraph.article.id].sort());
      raw.close();
    });
  },
});
