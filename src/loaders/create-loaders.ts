import DataLoader from 'dataloader';
import type { ArticleId, EntityId } from '../domain/ids';
import type { GraphStore } from '../store/port';

/**
 * One DataLoader per one-to-many relation of the port, so a field asked for on every item of a
 * list costs one store call per level of the query, not one per item. The node types (entity,
 * article, quote, event) are loaded by the Pothos dataloader plugin; these are the lists between
 * them. Build new loaders for every request: their caches must not outlive it.
 */
export function createLoaders(store: GraphStore) {
  return {
    mentionsByArticle: new DataLoader((ids: readonly ArticleId[]) => store.mentionsByArticleIds(ids)),
    mentionsByEntity: new DataLoader((ids: readonly EntityId[]) => store.mentionsByEntityIds(ids)),
    quotesByArticle: new DataLoader((ids: readonly ArticleId[]) => store.quotesByArticleIds(ids)),
    quotesBySpeaker: new DataLoader((ids: readonly EntityId[]) => store.quotesBySpeakerIds(ids)),
    quotesAbout: new DataLoader((ids: readonly EntityId[]) => store.quotesAboutEntityIds(ids)),
    rolesByPerson: new DataLoader((ids: readonly EntityId[]) => store.rolesByPersonIds(ids)),
    rolesByArticle: new DataLoader((ids: readonly ArticleId[]) => store.rolesByArticleIds(ids)),
    eventsByArticle: new DataLoader((ids: readonly ArticleId[]) => store.eventsByArticleIds(ids)),
    eventsByEntity: new DataLoader((ids: readonly EntityId[]) => store.eventsByEntityIds(ids)),
    mergesByEntity: new DataLoader((ids: readonly EntityId[]) => store.mergesByEntityIds(ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
