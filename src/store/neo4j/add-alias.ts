import type { ManagedTransaction } from 'neo4j-driver';
import type { Entity } from '../../domain/entity';
import type { EntityId } from '../../domain/ids';
import { foldNameKey } from '../../domain/name-key';
import { addManualAlias } from './cypher/curation';
import { entitiesByIds } from './cypher/record-reads';
import { refreshDerivedEntityFields } from './cypher/refresh-entities';
import { toEntity } from './records';

/** addAlias in one managed transaction: a manual alias, which no article's rewrite removes; null for an unknown id. */
export async function addAliasIn(tx: ManagedTransaction, id: EntityId, alias: string, reason: string): Promise<Entity | null> {
  const params = { id, alias, aliasKey: foldNameKey(alias), reason, at: new Date().toISOString() };
  if ((await tx.run(addManualAlias, params)).records.length === 0) return null;
  await tx.run(refreshDerivedEntityFields, { entityIds: [id] });
  const record = (await tx.run(entitiesByIds, { ids: [id] })).records[0];
  return record ? toEntity(record.get('item')) : null;
}
