import type { ArticleGraph, EntityWrite } from '../../../src/domain/article-graph';
import type { Entity } from '../../../src/domain/entity';
import type { Mention } from '../../../src/domain/mention';
import type { GraphStore, PageRequest } from '../../../src/store/port';

/** The store of the running test: a fresh one, opened by describeGraphStore before each test. */
export type UseStore = () => GraphStore;

export async function writeAll(store: GraphStore, ...graphs: readonly ArticleGraph[]): Promise<void> {
  for (const graph of graphs) await store.writeArticle(graph);
}

export const wholeList: PageRequest = { offset: 0, limit: 100 };

/** The entity as the store should return it: what was written, with its derived mention count. */
export function stored(entity: EntityWrite, mentionCount: number): Entity {
  return { ...entity, mentionCount };
}

/** The port leaves the order of an article's mentions open, so compare them by entity id. */
export function byEntity(mentions: readonly Mention[]): Mention[] {
  return [...mentions].sort((a, b) => (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0));
}
