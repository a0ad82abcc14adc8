// articleGraphsByIds: what copying a graph to another store reads, article by article.
import { expect, it } from 'vitest';
import type { ArticleGraph } from '../../../src/domain/article-graph';
import { articleIdFor } from '../../../src/domain/ids';
import {
  kyivsMilitary, newsweekGraph, pravdaGraph, ukraine, ukrainesMilitary, yahooAidGraph,
} from '../../fixtures/sample-graphs';
import { byEntity, type UseStore, writeAll } from './harness';

const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const inText = <T extends { id: string; provenance: { start: number } }>(facts: readonly T[]) =>
  byId(facts).sort((a, b) => a.provenance.start - b.provenance.start);

/** A graph in the order the port documents for articleGraphsByIds. */
function inPortOrder(graph: ArticleGraph): ArticleGraph {
  return {
    ...graph,
    entities: byId(graph.entities).map((entity) => ({ ...entity, aliases: [...entity.aliases].sort() })),
    mentions: byEntity(graph.mentions),
    quotes: inText(graph.quotes), roles: inText(graph.roles), events: inText(graph.events),
  };
}

// Yahoo's ingest attached a name to an entity Pravda created: a merge record its write stores.
const yahooWithMerge: ArticleGraph = {
  ...yahooAidGraph,
  merges: [{
    intoId: ukraine.id, fromId: null, name: 'Ukrainian state', articleId: yahooAidGraph.article.id,
    reason: 'same place, longer name', at: '2025-06-05T12:00:00.000Z',
  }],
};

export function describeArticleGraphs(use: UseStore): void {
  it('gives back each article graph as written, in the order asked, null for an unknown article', async () => {
    const store = use();
    await writeAll(store, pravdaGraph, newsweekGraph, yahooWithMerge);
    const unknown = articleIdFor({ url: 'https://example.org/never-ingested', text: '' });
    expect(await store.articleGraphsByIds([newsweekGraph.article.id, unknown, pravdaGraph.article.id, yahooWithMerge.article.id]))
      .toEqual([inPortOrder(newsweekGraph), null, inPortOrder(pravdaGraph), inPortOrder(yahooWithMerge)]);
  });

  it('gives back an article graph as it stands after a merge: one entity, one mention, the aliases it gave', async () => {
    const store = use();
    await writeAll(store, pravdaGraph, newsweekGraph);
    await store.mergeEntities(ukrainesMilitary.id, [kyivsMilitary.id], 'same armed forces');
    const [newsweek] = await store.articleGraphsByIds([newsweekGraph.article.id]);
    expect(newsweek?.entities.map((entity) => entity.id)).not.toContain(kyivsMilitary.id);
    expect(newsweek?.mentions.find((mention) => mention.entityId === ukrainesMilitary.id))
      .toMatchObject({ count: 3, sentenceIndexes: [0, 3, 6], surfaceForms: ["Kyiv's military", "Ukraine's military"] });
    const [pravda] = await store.articleGraphsByIds([pravdaGraph.article.id]);
    expect(pravda?.entities.find((entity) => entity.id === ukrainesMilitary.id)?.aliases).toEqual(['Ukrainian army']);
  });
}
