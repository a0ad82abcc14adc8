import type { EntityId } from '../domain/ids';

/** Why GraphStore.mergeEntities refused to merge; thrown before anything is changed. */
export class MergeEntitiesError extends Error {
  override readonly name = 'MergeEntitiesError';

  constructor(
    readonly kind: 'unknown-entity' | 'merge-into-itself',
    readonly entityIds: readonly EntityId[],
  ) {
    super(
      kind === 'unknown-entity'
        ? `No entity with id ${entityIds.join(', ')}: nothing was merged. The id may be mistyped or already merged away; look it up again.`
        : `Entity ${entityIds.join(', ')} cannot be merged into itself: nothing was merged. Leave it out of the ids to merge.`,
    );
  }
}
