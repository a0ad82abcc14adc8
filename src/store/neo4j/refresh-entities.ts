import type { ManagedTransaction } from 'neo4j-driver';
import { pruneUnsupportedEntities, refreshDerivedEntityFields } from './cypher/refresh-entities';

/**
 * After a change to the facts around `candidates`: deletes those nothing supports any more (except
 * `kept`, which the caller just wrote), then recomputes what the survivors among `refresh` cache.
 */
export async function pruneAndRefreshEntities(
  tx: ManagedTransaction,
  change: { candidates: readonly string[]; kept: ReadonlySet<string>; refresh: Iterable<string> },
): Promise<void> {
  const prunable = change.candidates.filter((id) => !change.kept.has(id));
  if (prunable.length > 0) await tx.run(pruneUnsupportedEntities, { entityIds: prunable });
  const refresh = [...new Set([...change.refresh, ...change.candidates])];
  if (refresh.length > 0) await tx.run(refreshDerivedEntityFields, { entityIds: refresh });
}
