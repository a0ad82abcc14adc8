import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { createArticleGraphReads } from '../article-graph-reads';
import type { GraphStore } from '../port';
import { createAliasAdder } from './add-alias';
import { createArticleOwnedReads } from './article-owned-reads';
import { createRecordReads } from './record-reads';
import { isWithinDates } from './date-range';
import { createArticleDeleter } from './delete-article';
import { createFactReads } from './fact-reads';
import { createListReads } from './list-reads';
import { createEntityMerger } from './merge-entities';
import { applyMigrations } from './migrations/apply-migrations';
import { createEntityPruner } from './prune-entities';
import { createEntityUnmerger } from './unmerge-entity';
import { createArticleWriter } from './write-article';

/** Opens (creating if needed) an SQLite graph store at `path`, or an in-memory one for ':memory:'. */
export async function openSqliteStore(options: { path: string }): Promise<GraphStore> {
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const db = new Database(options.path);
  // WAL lets the server read while an ingest writes; with it, NORMAL sync cannot corrupt the file
  // (a power cut may lose the last commits, which re-ingest restores). Foreign keys are what make
  // a write naming an unknown entity fail whole.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.function('is_within_dates', { deterministic: true }, (date, from, to) =>
    isWithinDates(date as string | null, from as string | null, to as string | null) ? 1 : 0);
  try {
    applyMigrations(db);
  } catch (error) {
    db.close();
    throw error;
  }

  const pruner = createEntityPruner(db);
  const records = createRecordReads(db);
  const facts = createFactReads(db);
  return {
    kind: 'sqlite',
    writeArticle: createArticleWriter(db, pruner),
    deleteArticle: createArticleDeleter(db, pruner),
    mergeEntities: createEntityMerger(db),
    unmergeEntity: createEntityUnmerger(db),
    addAlias: createAliasAdder(db),
    ...records,
    ...facts,
    articleGraphsByIds: createArticleGraphReads({ ...records, ...facts }, createArticleOwnedReads(db)),
    ...createListReads(db, records),
    async close() {
      db.close();
    },
  };
}
