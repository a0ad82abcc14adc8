import type { EntityId } from '../../src/domain/ids';

/** For each id asked, the entities one hop away (named in a shared article). */
export type NeighboursOf = (ids: readonly EntityId[]) => Promise<ReadonlyMap<EntityId, readonly EntityId[]>>;

/** Stops a search through a hub-heavy graph before it reads the whole store. */
const MAX_VISITED_ENTITIES = 20_000;

export class PathSearchTooLargeError extends Error {
  constructor(readonly visited: number) {
    super(`The search reached ${visited} entities without a result.`);
    this.name = 'PathSearchTooLargeError';
  }
}

interface Side {
  /** Each reached entity and the one it was reached from (null for the start). */
  readonly parents: Map<EntityId, EntityId | null>;
  frontier: EntityId[];
}

function chainTo(side: Side, id: EntityId): EntityId[] {
  const chain: EntityId[] = [];
  for (let at: EntityId | null | undefined = id; at; at = side.parents.get(at)) chain.push(at);
  return chain;
}

/**
 * Shortest chain of entities from `from` to `to` with at most `maxHops` steps, or null.
 * Searches from both ends one level at a time, always widening the smaller frontier, so a hub
 * on one side is expanded as late as possible; each level costs one `neighboursOf` call.
 * Ties between equally short chains go to the smallest meeting id, so answers are repeatable.
 */
export async function findShortestPath(
  from: EntityId,
  to: EntityId,
  maxHops: number,
  neighboursOf: NeighboursOf,
): Promise<EntityId[] | null> {
  if (from === to) return [from];
  const start: Side = { parents: new Map([[from, null]]), frontier: [from] };
  const goal: Side = { parents: new Map([[to, null]]), frontier: [to] };
  for (let hops = 0; hops < maxHops; hops++) {
    const [near, far] = start.frontier.length <= goal.frontier.length ? [start, goal] : [goal, start];
    if (near.frontier.length === 0) return null;
    const neighbours = await neighboursOf(near.frontier);
    const next: EntityId[] = [];
    for (const id of near.frontier) {
      for (const neighbour of neighbours.get(id) ?? []) {
        if (near.parents.has(neighbour)) continue;
        near.parents.set(neighbour, id);
        next.push(neighbour);
      }
    }
    near.frontier = next.sort();
    const meeting = near.frontier.find((id) => far.parents.has(id));
    if (meeting) return [...chainTo(start, meeting).reverse(), ...chainTo(goal, meeting).slice(1)];
    const visited = start.parents.size + goal.parents.size;
    if (visited > MAX_VISITED_ENTITIES) throw new PathSearchTooLargeError(visited);
  }
  return null;
}
