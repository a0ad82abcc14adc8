import type { MergeRecord } from '../domain/entity';
import type { GraphStore, PageRequest } from './port';

/** What a copy did. */
export interface CopyOutcome {
  readonly articles: number;
  /** Articles the target did not already hold exactly so (0 when the same copy runs again). */
  readonly changedArticles: number;
  /** Aliases given by hand (addAlias, mergeEntities) re-recorded on the target. */
  readonly handAliases: number;
  /** Hand-given aliases of entities no stored article names any more; such entities are not copied. */
  readonly handAliasesLeftBehind: number;
}

const BATCH = 100;

const recordKey = (record: MergeRecord) =>
  JSON.stringify([record.intoId, record.fromId, record.name, record.articleId, record.reason, record.at]);

/** Every page of a list, BATCH items at a time; the lists are ordered stably, so offsets are sound while nothing writes. */
async function* pagesOf<T>(list: (page: PageRequest) => Promise<{ items: T[] }>): AsyncGenerator<T[]> {
  for (let offset = 0; ; offset += BATCH) {
    const { items } = await list({ offset, limit: BATCH });
    if (items.length > 0) yield items;
    if (items.length < BATCH) return;
  }
}

/**
 * Copies the whole graph of `from` into `to`. Each article's graph, as it stands after any merges, is
 * written in one transaction (articleGraphsByIds → writeArticle), so entity ids, aliases, mentions, facts
 * and the merge records ingest made arrive unchanged. Merges and aliases made by hand belong to no article:
 * each is re-recorded with addAlias (same entity, name and reason; the time is the copy's, the absorbed
 * entity's id is not kept, and a merge made before the copy cannot be undone on the target).
 * Copying again changes nothing. `onArticle` is called after each article is written.
 */
export async function copyGraph(from: GraphStore, to: GraphStore, onArticle: () => void = () => undefined): Promise<CopyOutcome> {
  let articles = 0;
  let changedArticles = 0;
  const writtenByArticles = new Set<string>();
  for await (const page of pagesOf((request) => from.listArticles({}, request))) {
    const graphs = await from.articleGraphsByIds(page.map((article) => article.id));
    for (const graph of graphs) {
      // Cannot happen while nothing else writes to `from`: the article was just listed.
      if (graph === null) throw new Error('An article vanished from the source store during the copy; copy again once nothing writes to it.');
      if ((await to.writeArticle(graph)).changed) changedArticles += 1;
      for (const record of graph.merges) writtenByArticles.add(recordKey(record));
      articles += 1;
      onArticle();
    }
  }

  let handAliases = 0;
  let handAliasesLeftBehind = 0;
  for await (const page of pagesOf((request) => from.listEntities({ orderBy: 'NAME' }, request))) {
    const records = (await from.mergesByEntityIds(page.map((entity) => entity.id))).flat();
    for (const record of records.filter((one) => !writtenByArticles.has(recordKey(one)))) {
      if ((await to.addAlias(record.intoId, record.name, record.reason)) === null) handAliasesLeftBehind += 1;
      else handAliases += 1;
    }
  }
  return { articles, changedArticles, handAliases, handAliasesLeftBehind };
}
