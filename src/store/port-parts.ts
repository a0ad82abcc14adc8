import type { GraphStore } from './port';

// The port split by job. Each adapter builds its store from one factory per part, in files of the
// same name (record-reads.ts, fact-reads.ts, list-reads.ts), so the parts are named once, here.

/** Records by id or name key. */
export type RecordReads = Pick<GraphStore, 'articlesByIds' | 'entitiesByIds' | 'quotesByIds' | 'eventsByIds' | 'entitiesByNameKeys'>;

/** One list of facts per id. */
export type FactReads = Pick<GraphStore,
  | 'mentionsByArticleIds' | 'mentionsByEntityIds' | 'quotesByArticleIds' | 'quotesBySpeakerIds'
  | 'quotesAboutEntityIds' | 'rolesByPersonIds' | 'rolesByArticleIds' | 'eventsByArticleIds'
  | 'eventsByEntityIds' | 'mergesByEntityIds'>;

/** Paged, filtered lists and the graph's counts. */
export type ListReads = Pick<GraphStore, 'listEntities' | 'listArticles' | 'listQuotes' | 'listEvents' | 'counts'>;
