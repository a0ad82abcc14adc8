import type { MergeRecord } from '../../src/domain/entity';
import type { ArticleId } from '../../src/domain/ids';
import type { GraphStore } from '../../src/store/port';
import type { EntityDraft, EntityKey, ResolvedDoc } from '../doc';
import { type MergeDecision, decideMerges } from './decide-merges';
import { lookupKeysOf } from './lookup-keys';

/** An article's entities mapped to graph ids, and the merges that mapping made. */
export interface EntityResolution {
  readonly decisions: ReadonlyMap<EntityKey, MergeDecision>;
  readonly merges: readonly MergeRecord[];
}

export function mergeRecordsOf(
  drafts: readonly EntityDraft[], decisions: readonly MergeDecision[], articleId: ArticleId, at: string,
): MergeRecord[] {
  return decisions.flatMap((decision, index) => (decision.reason === null ? [] : [{
    intoId: decision.entityId, fromId: null, name: drafts[index]!.name, articleId, reason: decision.reason, at,
  }]));
}

/** One batch read of candidates by name key, then the pure merge decision. `at` stamps the merge records. */
export async function resolveEntities(
  store: Pick<GraphStore, 'entitiesByNameKeys'>, doc: ResolvedDoc, articleId: ArticleId, at: string,
): Promise<EntityResolution> {
  const keys = [...new Set(doc.entities.flatMap(lookupKeysOf))];
  const stored = keys.length === 0 ? [] : (await store.entitiesByNameKeys(keys)).flat();
  const decisions = decideMerges(doc.entities, stored);
  return {
    decisions: new Map(decisions.map((decision) => [decision.key, decision])),
    merges: mergeRecordsOf(doc.entities, decisions, articleId, at),
  };
}
