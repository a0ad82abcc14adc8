import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { EntityId } from '../../domain/ids';
import { captureAbsorbedEntity, captureMentions, saveSnapshot } from './cypher/curation';

interface Link { id: string; position: number; intoHad: boolean }
interface NamesRow { articleId: string; aliases: string[]; aliasKeys: string[] }
export interface MentionRow { entityId: string; articleId: string; count: number; sentenceIndexes: number[]; surfaceForms: string[] }

/** One absorbed entity as it was, and every link the merge moves onto the survivor. */
export interface AbsorbedSnapshot {
  readonly entity: { id: EntityId; type: string; name: string; nameKey: string; manualAliases: string[] | null; manualAliasKeys: string[] | null };
  readonly names: NamesRow[];
  /** The survivor's own NAMES from the articles that also named the absorbed entity. */
  readonly intoNames: NamesRow[];
  readonly speakerOf: string[];
  readonly aboutOf: Link[];
  readonly personOf: string[];
  readonly organizationOf: string[];
  readonly placeOf: string[];
  readonly participantOf: Link[];
  readonly mergedIntoSeqs: number[];
}
export interface MergeSnapshot {
  readonly at: string;
  /** Mentions of the survivor and the absorbed entities in every article that named one being absorbed. */
  readonly mentions: MentionRow[];
  readonly absorbed: AbsorbedSnapshot[];
}

// Snapshots are stored as JSON, so the driver's Integers become plain numbers first.
function withPlainNumbers(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(withPlainNumbers);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withPlainNumbers(inner)]));
  }
  return value;
}

/** Inside mergeEntities' transaction, before it changes anything: records what it is about to change. */
export async function saveMergeSnapshot(
  tx: ManagedTransaction, intoId: EntityId, fromIds: readonly EntityId[], at: string,
): Promise<void> {
  const absorbed: AbsorbedSnapshot[] = [];
  for (const fromId of fromIds) {
    const record = (await tx.run(captureAbsorbedEntity, { intoId, fromId })).records[0];
    if (record) absorbed.push(withPlainNumbers(record.toObject()) as AbsorbedSnapshot);
  }
  const mentions = (await tx.run(captureMentions, { entityIds: [intoId, ...fromIds], fromIds })).records
    .map((record) => withPlainNumbers(record.get('mention')) as MentionRow);
  const snapshot: MergeSnapshot = { at, mentions, absorbed };
  await tx.run(saveSnapshot, { intoId, at, snapshot: JSON.stringify(snapshot) });
}
