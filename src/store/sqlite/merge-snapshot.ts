import type { Database } from 'better-sqlite3';
import type { EntityId } from '../../domain/ids';
import type { MentionRow } from './rows';

interface LinkRow { id: string; position: number; into_had_row: number }
interface AliasRow { alias: string; alias_key: string; article_id: string | null; into_had_row: number }
/** One folded-in entity: its own rows, and every reference mergeEntities repointed to `into`. */
export interface FromSnapshot {
  readonly entity: { id: string; type: string; name: string; name_key: string };
  readonly aliases: AliasRow[];
  readonly mentions: MentionRow[];
  readonly speakerOf: string[];
  readonly aboutOf: LinkRow[];
  readonly personOf: string[];
  readonly organizationOf: string[];
  readonly placeOf: string[];
  readonly participantOf: LinkRow[];
  readonly mergeRecordSeqs: number[];
  readonly intoHadManualAlias: boolean;
}
export interface MergeSnapshot {
  readonly at: string;
  /** `into`'s own mention rows, before merging, in the articles the folded-in entities were named in. */
  readonly intoMentions: MentionRow[];
  readonly froms: FromSnapshot[];
}

/** Records, inside mergeEntities' transaction and before it changes anything, what it is about to change. */
export function createMergeSnapshotter(db: Database) {
  const one = <Row>(sql: string) => db.prepare<[{ into: string; from: string }], Row>(sql);
  const entity = one<FromSnapshot['entity']>('SELECT id, type, name, name_key FROM entities WHERE id = @from');
  const aliases = one<AliasRow>(`SELECT alias, alias_key, article_id, EXISTS (SELECT 1 FROM alias_sources i
    WHERE i.entity_id = @into AND i.alias = a.alias AND ifnull(i.article_id, '') = ifnull(a.article_id, '')) AS into_had_row
    FROM alias_sources a WHERE entity_id = @from`);
  const mentions = one<MentionRow>('SELECT * FROM mentions WHERE entity_id = @from');
  const ids = (sql: string) => { const statement = one<{ id: string }>(sql); return (p: { into: string; from: string }) => statement.all(p).map((row) => row.id); };
  const speakerOf = ids('SELECT id FROM quotes WHERE speaker_id = @from');
  const personOf = ids('SELECT id FROM roles WHERE person_id = @from');
  const organizationOf = ids('SELECT id FROM roles WHERE organization_id = @from');
  const placeOf = ids('SELECT id FROM events WHERE place_id = @from');
  const aboutOf = one<LinkRow>(`SELECT quote_id AS id, position, EXISTS (SELECT 1 FROM quote_about i
    WHERE i.quote_id = qa.quote_id AND i.entity_id = @into) AS into_had_row FROM quote_about qa WHERE entity_id = @from`);
  const participantOf = one<LinkRow>(`SELECT event_id AS id, position, EXISTS (SELECT 1 FROM event_participants i
    WHERE i.event_id = p.event_id AND i.entity_id = @into) AS into_had_row FROM event_participants p WHERE entity_id = @from`);
  const mergeRecordSeqs = one<{ seq: number }>('SELECT seq FROM merge_records WHERE into_id = @from');
  const manualAlias = one<{ found: number }>(`SELECT EXISTS (SELECT 1 FROM alias_sources WHERE entity_id = @into
    AND article_id IS NULL AND alias = (SELECT name FROM entities WHERE id = @from)) AS found`);
  const intoMentions = db.prepare<[string, string], MentionRow>(`SELECT * FROM mentions WHERE entity_id = ?
    AND article_id IN (SELECT article_id FROM mentions WHERE entity_id IN (SELECT value FROM json_each(?)))`);
  const insert = db.prepare('INSERT INTO merge_snapshots (into_id, snapshot) VALUES (?, ?)');

  return function saveMergeSnapshot(intoId: EntityId, fromIds: readonly EntityId[], at: string): void {
    const froms = fromIds.flatMap((fromId) => {
      const p = { into: intoId, from: fromId };
      const row = entity.get(p);
      if (row === undefined) return [];
      return [{
        entity: row, aliases: aliases.all(p), mentions: mentions.all(p), speakerOf: speakerOf(p), aboutOf: aboutOf.all(p),
        personOf: personOf(p), organizationOf: organizationOf(p), placeOf: placeOf(p), participantOf: participantOf.all(p),
        mergeRecordSeqs: mergeRecordSeqs.all(p).map((r) => r.seq), intoHadManualAlias: manualAlias.get(p)?.found === 1,
      }];
    });
    const snapshot: MergeSnapshot = { at, intoMentions: intoMentions.all(intoId, JSON.stringify(fromIds)), froms };
    insert.run(intoId, JSON.stringify(snapshot));
  };
}
