// copyGraph from a SQLite store into the store `openTarget` gives (copy-graph.test.ts: SQLite,
// copy-graph.neo4j.test.ts: Neo4j). The source holds the sample articles after a merge and an alias
// made by hand, and a merge record an article's ingest made.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleGraph } from '../../src/domain/article-graph';
import { copyGraph } from '../../src/store/copy-graph';
import type { GraphStore } from '../../src/store/port';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import {
  kovalenko, kyivsMilitary, newsweekGraph, pravdaGraph, ukraine, ukrainesMilitary, yahooAidGraph, zelenskyy,
} from '../fixtures/sample-graphs';

const all = { offset: 0, limit: 100 };

/** Everything a store answers about its whole graph; hand-made merge records by entity, name and reason only. */
async function wholeGraph(store: GraphStore) {
  const articleIds = (await store.listArticles({}, all)).items.map((article) => article.id);
  const entities = (await store.listEntities({ orderBy: 'NAME' }, all)).items;
  const merges = await store.mergesByEntityIds(entities.map((entity) => entity.id));
  return {
    counts: await store.counts(),
    graphs: await store.articleGraphsByIds(articleIds),
    entities,
    merges: merges.map((records) => records.map(({ intoId, name, reason, articleId }) => ({ intoId, name, reason, articleId }))
      .sort((a, b) => a.name.localeCompare(b.name))),
  };
}

// Yahoo's ingest attached a name to an entity Pravda created.
const yahooWithMerge: ArticleGraph = {
  ...yahooAidGraph,
  merges: [{
    intoId: ukraine.id, fromId: null, name: 'Ukrainian state', articleId: yahooAidGraph.article.id,
    reason: 'same place, longer name', at: '2025-06-05T12:00:00.000Z',
  }],
};

export function describeCopyInto(targetName: string, openTarget: () => Promise<GraphStore>): void {
  describe(`copyGraph from sqlite into ${targetName}`, () => {
    let source: GraphStore;
    let target: GraphStore;
    beforeEach(async () => {
      source = await openSqliteStore({ path: ':memory:' });
      for (const graph of [pravdaGraph, newsweekGraph, yahooWithMerge]) await source.writeArticle(graph);
      await source.mergeEntities(ukrainesMilitary.id, [kyivsMilitary.id], 'same armed forces');
      await source.addAlias(zelenskyy.id, 'President Zelensky', 'spelling of the English press');
      target = await openTarget();
    });
    afterEach(async () => {
      await Promise.all([source.close(), target.close()]);
    });

    it('copies every article, entity, fact and merge, the hand-made ones included', async () => {
      expect(await copyGraph(source, target)).toEqual({ articles: 3, changedArticles: 3, handAliases: 2, handAliasesLeftBehind: 0 });
      expect(await wholeGraph(target)).toEqual(await wholeGraph(source));
      const [military] = await target.entitiesByIds([ukrainesMilitary.id]);
      expect([military?.aliases, military?.mentionCount]).toEqual([["Kyiv's military", 'Ukrainian army'], 4]);
      expect(await target.entitiesByIds([kyivsMilitary.id])).toEqual([null]);
      expect((await target.entitiesByNameKeys(['president zelensky']))[0]?.map((entity) => entity.id)).toEqual([zelenskyy.id]);
    });

    it('changes nothing when run again', async () => {
      await copyGraph(source, target);
      const once = await wholeGraph(target);
      expect((await copyGraph(source, target)).changedArticles).toBe(0);
      expect(await wholeGraph(target)).toEqual(once);
    });

    it('counts the hand-given aliases of an entity no article names any more, which it leaves behind', async () => {
      await source.addAlias(kovalenko.id, 'Andrii Kovalenko', 'transliteration');
      await source.deleteArticle(newsweekGraph.article.id);
      const outcome = await copyGraph(source, target);
      expect([outcome.articles, outcome.handAliasesLeftBehind]).toEqual([2, 1]);
      expect(await target.entitiesByIds([kovalenko.id])).toEqual([null]);
    });
  });
}
