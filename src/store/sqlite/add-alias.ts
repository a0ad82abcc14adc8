import type { Database } from 'better-sqlite3';
import type { Entity } from '../../domain/entity';
import type { EntityId } from '../../domain/ids';
import { foldNameKey } from '../../domain/name-key';
import { entityFromRow, type EntityRow } from './rows';

/** addAlias: a manual alias (article_id NULL, so no article's rewrite removes it) plus the record of why. */
export function createAliasAdder(db: Database) {
  const entityById = db.prepare<[string], EntityRow>('SELECT * FROM entity_view WHERE id = ?');
  const insertAlias = db.prepare(
    'INSERT OR IGNORE INTO alias_sources (entity_id, alias, alias_key, article_id) VALUES (?, ?, ?, NULL)');
  const insertMerge = db.prepare(
    'INSERT INTO merge_records (into_id, from_id, name, article_id, reason, at) VALUES (?, NULL, ?, NULL, ?, ?)');
  const addInTransaction = db.transaction((id: EntityId, alias: string, reason: string) => {
    if (entityById.get(id) === undefined) return undefined;
    if (insertAlias.run(id, alias, foldNameKey(alias)).changes > 0) {
      insertMerge.run(id, alias, reason, new Date().toISOString());
    }
    return entityById.get(id);
  });
  return async function addAlias(id: EntityId, alias: string, reason: string): Promise<Entity | null> {
    const row = addInTransaction(id, alias, reason);
    return row === undefined ? null : entityFromRow(row);
  };
}
