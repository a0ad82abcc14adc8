import type { Database } from 'better-sqlite3';
import { graphTables } from './001-graph-tables';
import { readViews } from './002-read-views';
import { entitySearch } from './003-entity-search';
import { mergeSnapshots } from './004-merge-snapshots';
import { articleSearch } from './005-article-search';

/** Append-only: a released migration is never edited; a change is a new, higher version. */
const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  { version: 1, name: 'graph tables', sql: graphTables },
  { version: 2, name: 'read views', sql: readViews },
  { version: 3, name: 'entity search', sql: entitySearch },
  { version: 4, name: 'merge snapshots', sql: mergeSnapshots },
  { version: 5, name: 'article search', sql: articleSearch },
];

/** Applies, each in its own transaction, the migrations this database has not seen; safe to call on every open. */
export function applyMigrations(db: Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    })();
  }
}
