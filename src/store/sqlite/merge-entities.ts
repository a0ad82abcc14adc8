import type { Database } from 'better-sqlite3';
import type { Entity } from '../../domain/entity';
import type { EntityId } from '../../domain/ids';
import { foldNameKey } from '../../domain/name-key';
import { MergeEntitiesError } from '../merge-entities-error';
import { createMergeSnapshotter } from './merge-snapshot';
import { entityFromRow, type EntityRow, type MentionRow } from './rows';

// Each statement repoints one kind of reference. "OR IGNORE" + DELETE: where the target already
// has the same link (a quote about both entities), the moved row would be a duplicate. Alias
// sources are copied and deleted rather than updated so their upkeep triggers fire.
const REPOINT_REFERENCES = [
  `UPDATE quotes SET speaker_id = @into WHERE speaker_id IN (SELECT value FROM json_each(@from))`,
  `UPDATE OR IGNORE quote_about SET entity_id = @into WHERE entity_id IN (SELECT value FROM json_each(@from))`,
  `DELETE FROM quote_about WHERE entity_id IN (SELECT value FROM json_each(@from))`,
  `UPDATE roles SET person_id = @into WHERE person_id IN (SELECT value FROM json_each(@from))`,
  `UPDATE roles SET organization_id = @into WHERE organization_id IN (SELECT value FROM json_each(@from))`,
  `UPDATE events SET place_id = @into WHERE place_id IN (SELECT value FROM json_each(@from))`,
  `UPDATE OR IGNORE event_participants SET entity_id = @into WHERE entity_id IN (SELECT value FROM json_each(@from))`,
  `DELETE FROM event_participants WHERE entity_id IN (SELECT value FROM json_each(@from))`,
  `INSERT OR IGNORE INTO alias_sources (entity_id, alias, alias_key, article_id)
   SELECT @into, alias, alias_key, article_id FROM alias_sources WHERE entity_id IN (SELECT value FROM json_each(@from))`,
  `DELETE FROM alias_sources WHERE entity_id IN (SELECT value FROM json_each(@from))`,
  `UPDATE merge_records SET into_id = @into WHERE into_id IN (SELECT value FROM json_each(@from))`,
];

// Only articles that mention a from-entity change; the into-entity's other mentions stay put.
const MENTIONS_TO_MERGE = `
  WHERE article_id IN (SELECT article_id FROM mentions WHERE entity_id IN (SELECT value FROM json_each(@from)))
    AND (entity_id = @into OR entity_id IN (SELECT value FROM json_each(@from)))`;

/** mergeEntities: one transaction; refuses (MergeEntitiesError) before changing anything. */
export function createEntityMerger(db: Database) {
  const namesOf = db.prepare<[string], { id: string; name: string }>(
    'SELECT id, name FROM entities WHERE id IN (SELECT value FROM json_each(?))');
  const mentionsToMerge = db.prepare<[{ into: string; from: string }], MentionRow>(`SELECT * FROM mentions ${MENTIONS_TO_MERGE}`);
  const deleteMentionsToMerge = db.prepare<[{ into: string; from: string }]>(`DELETE FROM mentions ${MENTIONS_TO_MERGE}`);
  const insertMention = db.prepare(`
    INSERT INTO mentions (article_id, entity_id, count, sentence_indexes, surface_forms)
    VALUES (@article_id, @entity_id, @count, @sentence_indexes, @surface_forms)`);
  const repoints = REPOINT_REFERENCES.map((sql) => db.prepare<[{ into: string; from: string }]>(sql));
  const insertManualAlias = db.prepare(
    'INSERT OR IGNORE INTO alias_sources (entity_id, alias, alias_key, article_id) VALUES (?, ?, ?, NULL)');
  const insertMerge = db.prepare(
    'INSERT INTO merge_records (into_id, from_id, name, article_id, reason, at) VALUES (?, ?, ?, NULL, ?, ?)');
  const deleteEntities = db.prepare<[string]>('DELETE FROM entities WHERE id IN (SELECT value FROM json_each(?))');
  const entityById = db.prepare<[string], EntityRow>('SELECT * FROM entity_view WHERE id = ?');
  const saveMergeSnapshot = createMergeSnapshotter(db);

  /** Two mentions of the same article become one: counts add up, sentences and surface forms are united. */
  function mergeMentions(params: { into: EntityId; from: string }): void {
    const byArticle = new Map<string, MentionRow[]>();
    for (const row of mentionsToMerge.all(params)) {
      byArticle.set(row.article_id, [...(byArticle.get(row.article_id) ?? []), row]);
    }
    deleteMentionsToMerge.run(params);
    for (const [articleId, rows] of byArticle) {
      const sentenceIndexes = new Set(rows.flatMap((row) => JSON.parse(row.sentence_indexes) as number[]));
      const surfaceForms = new Set(rows.flatMap((row) => JSON.parse(row.surface_forms) as string[]));
      insertMention.run({
        article_id: articleId, entity_id: params.into, count: rows.reduce((sum, row) => sum + row.count, 0),
        sentence_indexes: JSON.stringify([...sentenceIndexes].sort((a, b) => a - b)),
        surface_forms: JSON.stringify([...surfaceForms]),
      });
    }
  }

  const mergeInTransaction = db.transaction((intoId: EntityId, fromIds: readonly EntityId[], reason: string) => {
    if (fromIds.includes(intoId)) throw new MergeEntitiesError('merge-into-itself', [intoId]);
    const from = [...new Set(fromIds)];
    const found = new Map(namesOf.all(JSON.stringify([intoId, ...from])).map((row) => [row.id, row.name]));
    const unknown = [intoId, ...from].filter((id) => !found.has(id));
    if (unknown.length > 0) throw new MergeEntitiesError('unknown-entity', unknown);

    const at = new Date().toISOString();
    saveMergeSnapshot(intoId, from, at);
    const params = { into: intoId, from: JSON.stringify(from) };
    mergeMentions(params);
    for (const statement of repoints) statement.run(params);
    for (const fromId of from) {
      const name = found.get(fromId) ?? fromId;
      insertManualAlias.run(intoId, name, foldNameKey(name));
      insertMerge.run(intoId, fromId, name, reason, at);
    }
    deleteEntities.run(JSON.stringify(from));
    return entityById.get(intoId);
  });

  return async function mergeEntities(intoId: EntityId, fromIds: readonly EntityId[], reason: string): Promise<Entity> {
    const merged = mergeInTransaction(intoId, fromIds, reason);
    // Cannot happen: the transaction just checked that intoId exists, and nothing deletes it.
    if (merged === undefined) throw new Error(`Entity ${intoId} vanished while merging into it.`);
    return entityFromRow(merged);
  };
}
