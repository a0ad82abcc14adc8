import type { Database } from 'better-sqlite3';
import { graphTables } from './001-graph-tables';
import { derivedUpkeep } from './002-derived-upkeep';
import { readViews } from './003-read-views';
import { entitySearch } from './004-entity-search';
import { mergeSnapshots } from './005-merge-snapshots';
import { articleSearch } from './006-article-search';

/** Append-only: a released migration is never edited; a change is a new, higher version. */
const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  { version: 1, name: 'graph tables', sql: graphTables },
  { version: 2, name: 'derived upkeep', sql: derivedUpkeep },
  { version: 3, name: 'read views', sql: readViews },
  { version: 4, name: 'entity search', sql: entitySearch },
  { version: 5, name: 'merge snapshots', sql: mergeSnapshots },
  { version: 6, name: 'article search', sql: articleSearch },
];

/** Applies, each in its own transaction, the migrations this database has not seen; safe to call on every open. */
export function applyMigrations(db: Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set<number>();
  for (const row of db.prepare('SELECT version, name FROM schema_migrations').all() as { version: number; name: string }[]) {
    // A version we do not know, or know by another name, means another schema built this file
    // (a newer release, or a pre-release one); migrating it on top would corrupt it.
    if (MIGRATIONS.find((migration) => migration.version === row.version)?.name !== row.name) {
      throw new Error(`This database was built by another schema version (migration ${row.version} "${row.name}" is not ours), `
        + 'so it was left as it is. Open a new database file, or delete this one and ingest again.');
    }
    applied.add(row.version);
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    })();
  }
}
