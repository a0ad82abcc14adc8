import type { ManagedTransaction } from 'neo4j-driver';
import type { Entity } from '../../domain/entity';
import type { EntityId } from '../../domain/ids';
import { MergeEntitiesError } from '../merge-entities-error';
import { absorbEntity, existingEntityIds, mergeMentions, moveRelationships } from './cypher/merge-entities';
import { entitiesByIds } from './cypher/record-reads';
import { refreshDerivedEntityFields } from './cypher/refresh-entities';
import { saveMergeSnapshot } from './merge-snapshot';
import { toEntity } from './records';

/** mergeEntities in one managed transaction; refuses before changing anything; returns the survivor. */
export async function mergeEntitiesIn(
  tx: ManagedTransaction, intoId: EntityId, fromIds: readonly EntityId[], reason: string,
): Promise<Entity> {
  if (fromIds.includes(intoId)) throw new MergeEntitiesError('merge-into-itself', [intoId]);
  const from = [...new Set(fromIds)];
  const asked = [intoId, ...from];
  const found = new Set((await tx.run(existingEntityIds, { entityIds: asked })).records[0]?.get('ids') as string[]);
  const unknown: EntityId[] = asked.filter((id) => !found.has(id));
  if (unknown.length > 0) throw new MergeEntitiesError('unknown-entity', unknown);

  const at = new Date().toISOString();
  await saveMergeSnapshot(tx, intoId, from, at);
  await tx.run(mergeMentions, { intoId, entityIds: asked });
  for (const fromId of from) {
    for (const statement of moveRelationships) await tx.run(statement, { intoId, fromId });
    await tx.run(absorbEntity, { intoId, fromId, reason, at });
  }
  await tx.run(refreshDerivedEntityFields, { entityIds: [intoId] });
  const merged = (await tx.run(entitiesByIds, { ids: [intoId] })).records[0];
  // Cannot happen: the check above found intoId in this same transaction, and nothing here deletes it.
  if (!merged) throw new Error(`Entity ${intoId} vanished while merging into it.`);
  return toEntity(merged.get('item'));
}
