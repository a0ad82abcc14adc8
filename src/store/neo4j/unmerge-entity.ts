import type { ManagedTransaction } from 'neo4j-driver';
import type { Entity, EntityType } from '../../domain/entity';
import type { EntityId } from '../../domain/ids';
import * as cypher from './cypher/curation';
import { entitiesByIds } from './cypher/record-reads';
import { refreshDerivedEntityFields } from './cypher/refresh-entities';
import type { AbsorbedSnapshot, MergeSnapshot } from './merge-snapshot';
import { cypherInt, cypherInts } from './neo4j-values';
import { toEntity } from './records';

/** The survivor's manual aliases less one of each name the merge gave it (later additions stay). */
async function takeBackManualAliases(tx: ManagedTransaction, intoId: EntityId, from: AbsorbedSnapshot['entity']) {
  const record = (await tx.run(cypher.manualAliasesOf, { id: intoId })).records[0];
  const aliases = [...(record?.get('aliases') as string[])];
  const keys = [...(record?.get('keys') as string[])];
  for (const given of [from.name, ...(from.manualAliases ?? [])]) {
    const at = aliases.lastIndexOf(given);
    if (at >= 0) { aliases.splice(at, 1); keys.splice(at, 1); }
  }
  await tx.run(cypher.setManualAliases, { id: intoId, aliases, keys });
}

async function restoreAbsorbed(tx: ManagedTransaction, intoId: EntityId, absorbed: AbsorbedSnapshot, at: string) {
  const { entity } = absorbed;
  const fromId = entity.id;
  await tx.run(cypher.recreateEntity[entity.type as EntityType], { properties: entity });
  const ids = { intoId, fromId };
  const links = (list: AbsorbedSnapshot['aboutOf']) => list.map((link) => ({ ...link, position: cypherInt(link.position) }));
  await tx.run(cypher.giveBack.speakerOf, { ...ids, ids: absorbed.speakerOf });
  await tx.run(cypher.giveBack.personOf, { ...ids, ids: absorbed.personOf });
  await tx.run(cypher.giveBack.organizationOf, { ...ids, ids: absorbed.organizationOf });
  await tx.run(cypher.giveBack.placeOf, { ...ids, ids: absorbed.placeOf });
  await tx.run(cypher.giveBack.aboutOf, { ...ids, links: links(absorbed.aboutOf) });
  await tx.run(cypher.giveBack.participantOf, { ...ids, links: links(absorbed.participantOf) });
  await tx.run(cypher.giveBack.mergedIntoSeqs, { ...ids, ids: cypherInts(absorbed.mergedIntoSeqs) });
  await tx.run(cypher.deleteMergeRecordOf, { ...ids, at });
  await takeBackManualAliases(tx, intoId, entity);
  const namedIn = absorbed.names.map((row) => row.articleId);
  await tx.run(cypher.replaceNames, { entityId: fromId, articleIds: [], rows: absorbed.names });
  await tx.run(cypher.replaceNames, { entityId: intoId, articleIds: namedIn, rows: absorbed.intoNames });
}

/**
 * unmergeEntity in one managed transaction: replays the merge snapshots of `intoId`, newest first.
 * Facts of articles deleted since are skipped; an article rewritten since gets back its mentions
 * as they were at merge time. null for an unknown id; the entities given back, in merge order.
 */
export async function unmergeEntityIn(tx: ManagedTransaction, intoId: EntityId): Promise<Entity[] | null> {
  if ((await tx.run(entitiesByIds, { ids: [intoId] })).records.length === 0) return null;
  const restored: string[] = [];
  for (const record of (await tx.run(cypher.snapshotsNewestFirst, { intoId })).records) {
    const snapshot = JSON.parse(record.get('snapshot') as string) as MergeSnapshot;
    for (const absorbed of snapshot.absorbed) await restoreAbsorbed(tx, intoId, absorbed, snapshot.at);
    const rows = snapshot.mentions.map((row) => ({
      ...row, count: cypherInt(row.count), sentenceIndexes: cypherInts(row.sentenceIndexes),
    }));
    await tx.run(cypher.replaceMentions, { intoId, articleIds: [...new Set(rows.map((row) => row.articleId))], rows });
    await tx.run(cypher.deleteSnapshot, { seq: record.get('seq') });
    restored.push(...snapshot.absorbed.map((absorbed) => absorbed.entity.id));
  }
  await tx.run(refreshDerivedEntityFields, { entityIds: [intoId, ...restored] });
  const entities = (await tx.run(entitiesByIds, { ids: restored })).records.map((row) => toEntity(row.get('item')));
  return restored.flatMap((id) => entities.filter((entity) => entity.id === id));
}
