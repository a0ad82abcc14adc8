import type { Database } from 'better-sqlite3';
import type { Entity } from '../../domain/entity';
import type { EntityId } from '../../domain/ids';
import type { FromSnapshot, MergeSnapshot } from './merge-snapshot';
import { entityFromRow, type EntityRow, type MentionRow } from './rows';

/**
 * unmergeEntity: replays merge snapshots newest first, each in reverse, in one transaction.
 * Rows of articles deleted since the merge are skipped; an article rewritten since the merge
 * gets back its mention rows as they were at merge time.
 */
export function createEntityUnmerger(db: Database) {
  const entityById = db.prepare<[string], EntityRow>('SELECT * FROM entity_view WHERE id = ?');
  const snapshotsOf = db.prepare<[string], { seq: number; snapshot: string }>(
    'SELECT seq, snapshot FROM merge_snapshots WHERE into_id = ? ORDER BY seq DESC');
  const deleteSnapshot = db.prepare<[number]>('DELETE FROM merge_snapshots WHERE seq = ?');
  const insertEntity = db.prepare('INSERT INTO entities (id, type, name, name_key) VALUES (@id, @type, @name, @name_key)');
  const articleExists = db.prepare<[string], { found: number }>('SELECT count(*) AS found FROM articles WHERE id = ?');
  const insertAlias = db.prepare('INSERT OR IGNORE INTO alias_sources (entity_id, alias, alias_key, article_id) VALUES (?, ?, ?, ?)');
  const deleteAlias = db.prepare(
    "DELETE FROM alias_sources WHERE entity_id = ? AND alias = ? AND ifnull(article_id, '') = ifnull(?, '')");
  const deleteMention = db.prepare('DELETE FROM mentions WHERE entity_id = ? AND article_id = ?');
  const insertMention = db.prepare(`INSERT OR REPLACE INTO mentions (article_id, entity_id, count, sentence_indexes, surface_forms)
    VALUES (@article_id, @entity_id, @count, @sentence_indexes, @surface_forms)`);
  const giveBack = (sql: string) => db.prepare<[{ from: string; into: string; id: string }]>(sql);
  const speaker = giveBack('UPDATE quotes SET speaker_id = @from WHERE id = @id AND speaker_id = @into');
  const person = giveBack('UPDATE roles SET person_id = @from WHERE id = @id AND person_id = @into');
  const organization = giveBack('UPDATE roles SET organization_id = @from WHERE id = @id AND organization_id = @into');
  const place = giveBack('UPDATE events SET place_id = @from WHERE id = @id AND place_id = @into');
  const moveAbout = giveBack('UPDATE quote_about SET entity_id = @from WHERE quote_id = @id AND entity_id = @into');
  const copyAbout = db.prepare(`INSERT OR IGNORE INTO quote_about (quote_id, entity_id, position)
    SELECT id, ?, ? FROM quotes WHERE id = ?`);
  const moveParticipant = giveBack('UPDATE event_participants SET entity_id = @from WHERE event_id = @id AND entity_id = @into');
  const copyParticipant = db.prepare(`INSERT OR IGNORE INTO event_participants (event_id, entity_id, position)
    SELECT id, ?, ? FROM events WHERE id = ?`);
  const returnRecord = db.prepare<[string, number]>('UPDATE merge_records SET into_id = ? WHERE seq = ?');
  const deleteRecord = db.prepare('DELETE FROM merge_records WHERE into_id = ? AND from_id = ? AND at = ?');
  const stillStored = (articleId: string | null) => articleId === null || articleExists.get(articleId)?.found === 1;

  function restore(intoId: EntityId, from: FromSnapshot, at: string): void {
    const ids = { from: from.entity.id, into: intoId };
    insertEntity.run(from.entity);
    for (const alias of from.aliases.filter((row) => stillStored(row.article_id))) {
      insertAlias.run(from.entity.id, alias.alias, alias.alias_key, alias.article_id);
      if (!alias.into_had_row) deleteAlias.run(intoId, alias.alias, alias.article_id);
    }
    if (!from.intoHadManualAlias) deleteAlias.run(intoId, from.entity.name, null);
    for (const id of from.speakerOf) speaker.run({ ...ids, id });
    for (const id of from.personOf) person.run({ ...ids, id });
    for (const id of from.organizationOf) organization.run({ ...ids, id });
    for (const id of from.placeOf) place.run({ ...ids, id });
    for (const link of from.aboutOf) {
      if (link.into_had_row) copyAbout.run(from.entity.id, link.position, link.id);
      else moveAbout.run({ ...ids, id: link.id });
    }
    for (const link of from.participantOf) {
      if (link.into_had_row) copyParticipant.run(from.entity.id, link.position, link.id);
      else moveParticipant.run({ ...ids, id: link.id });
    }
    for (const seq of from.mergeRecordSeqs) returnRecord.run(from.entity.id, seq);
    deleteRecord.run(intoId, from.entity.id, at);
  }

  function restoreMentions(intoId: EntityId, snapshot: MergeSnapshot): void {
    const rows: MentionRow[] = [...snapshot.intoMentions, ...snapshot.froms.flatMap((from) => from.mentions)];
    for (const row of snapshot.froms.flatMap((from) => from.mentions)) deleteMention.run(intoId, row.article_id);
    for (const row of rows.filter((mention) => stillStored(mention.article_id))) insertMention.run(row);
  }

  const unmergeInTransaction = db.transaction((intoId: EntityId): EntityRow[] | null => {
    if (entityById.get(intoId) === undefined) return null;
    const restoredIds: string[] = [];
    for (const { seq, snapshot } of snapshotsOf.all(intoId)) {
      const parsed = JSON.parse(snapshot) as MergeSnapshot;
      for (const from of parsed.froms) restore(intoId, from, parsed.at);
      restoreMentions(intoId, parsed);
      deleteSnapshot.run(seq);
      restoredIds.push(...parsed.froms.map((from) => from.entity.id));
    }
    return restoredIds.flatMap((id) => entityById.get(id) ?? []);
  });

  return async function unmergeEntity(id: EntityId): Promise<Entity[] | null> {
    return unmergeInTransaction(id)?.map(entityFromRow) ?? null;
  };
}
