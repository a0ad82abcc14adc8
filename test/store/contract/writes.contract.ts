import { expect, it } from 'vitest';
import type { ArticleGraph } from '../../../src/domain/article-graph';
import {
  chiefsMeeting, chiefsVisitKyiv, europe, kovalenkoBoldTarget, kyiv, newsweekGraph, pravdaGraph, securityCouncil, ukraine,
  ukrainesMilitary, umierov, umierovDefenceMinister, umierovOnConsultations, umierovOnTopic, unknownEntityId,
  zelenskyy, zelenskyyOnPartners, zelenskyyOnSecurity,
} from '../../fixtures/sample-graphs';
import { byEntity, stored, type UseStore, writeAll } from './harness';

export function describeWrites(use: UseStore): void {
  it('reads back the article, its entities and every fact it wrote', async () => {
    const store = use();
    expect(await store.writeArticle(pravdaGraph)).toEqual({ articleId: pravdaGraph.article.id, changed: true });
    const id = pravdaGraph.article.id;
    expect(await store.articlesByIds([id])).toEqual([pravdaGraph.article]);
    expect(await store.entitiesByIds([umierov.id, zelenskyy.id, ukraine.id]))
      .toEqual([stored(umierov, 3), stored(zelenskyy, 3), stored(ukraine, 5)]);
    expect(await store.quotesByArticleIds([id]))
      .toEqual([[zelenskyyOnSecurity, zelenskyyOnPartners, umierovOnConsultations, umierovOnTopic]]);
    expect(await store.rolesByPersonIds([umierov.id])).toEqual([[umierovDefenceMinister]]);
    expect(await store.eventsByArticleIds([id])).toEqual([[chiefsMeeting, chiefsVisitKyiv]]);
    expect(byEntity((await store.mentionsByArticleIds([id]))[0] ?? [])).toEqual(byEntity(pravdaGraph.mentions));
  });

  it('unions aliases across articles: a later article naming the entity differently keeps the earlier alias', async () => {
    const store = use();
    await writeAll(store, pravdaGraph, newsweekGraph);
    const [military] = await store.entitiesByIds([ukrainesMilitary.id]);
    expect(military).toEqual(stored(ukrainesMilitary, 3));
  });

  it('does not list an alias that is the name but for case', async () => {
    const store = use();
    const spelledAsPrinted = { ...securityCouncil, aliases: ['national security and defense council'] };
    await store.writeArticle({ ...newsweekGraph, entities: [...newsweekGraph.entities.filter((entity) => entity.id !== securityCouncil.id), spelledAsPrinted] });
    expect(await store.entitiesByIds([securityCouncil.id])).toEqual([stored(securityCouncil, 1)]);
  });

  it('writing the same graph twice changes nothing', async () => {
    const store = use();
    await writeAll(store, pravdaGraph, newsweekGraph);
    const countsBefore = await store.counts();
    // A structural copy, not the same object: "the same" means equal in value.
    expect(await store.writeArticle(structuredClone(pravdaGraph))).toEqual({ articleId: pravdaGraph.article.id, changed: false });
    expect(await store.counts()).toEqual(countsBefore);
    expect((await store.entitiesByIds([ukraine.id, kyiv.id])).map((entity) => entity?.mentionCount)).toEqual([8, 3]);
    expect(await store.quotesBySpeakerIds([umierov.id])).toEqual([[umierovOnConsultations, umierovOnTopic]]);
  });

  it('re-writing an article with different facts replaces what it wrote before', async () => {
    const store = use();
    await writeAll(store, pravdaGraph, newsweekGraph);
    const onlyUmierov: ArticleGraph = {
      ...pravdaGraph,
      // Umierov is still named, but no longer as plain "Umierov": the alias goes with the old version.
      entities: pravdaGraph.entities.filter((entity) => entity.id !== europe.id)
        .map((entity) => (entity.id === umierov.id ? { ...entity, aliases: [] } : entity)),
      mentions: pravdaGraph.mentions.filter((mention) => mention.entityId !== europe.id),
      quotes: [umierovOnTopic],
      events: [],
    };
    expect(await store.writeArticle(onlyUmierov)).toEqual({ articleId: pravdaGraph.article.id, changed: true });
    expect(await store.quotesByArticleIds([pravdaGraph.article.id])).toEqual([[umierovOnTopic]]);
    expect(await store.quotesBySpeakerIds([zelenskyy.id])).toEqual([[]]);
    expect(await store.eventsByArticleIds([pravdaGraph.article.id])).toEqual([[]]);
    // Europe was held up only by the dropped mention and quote.
    expect(await store.entitiesByIds([europe.id, umierov.id])).toEqual([null, { ...umierov, aliases: [], mentionCount: 3 }]);
    const counts = await store.counts();
    expect([counts.quotes, counts.events, counts.roles]).toEqual([4, 2, 3]);
  });

  it('a write failing half-way leaves nothing of it behind', async () => {
    const store = use();
    await store.writeArticle(pravdaGraph);
    const countsBefore = await store.counts();
    // Entities and mentions are written before quotes, so only a rollback can undo them.
    const broken: ArticleGraph = {
      ...newsweekGraph,
      quotes: [{ ...kovalenkoBoldTarget, speakerId: unknownEntityId }],
    };
    await expect(store.writeArticle(broken)).rejects.toThrow(`Article ${newsweekGraph.article.id} was not written (nothing of it changed): `);
    expect(await store.articlesByIds([newsweekGraph.article.id])).toEqual([null]);
    const introduced = newsweekGraph.entities.filter((entity) => !pravdaGraph.entities.some((known) => known.id === entity.id));
    expect(introduced.map((entity) => entity.name)).toContain('Andriy Kovalenko');
    expect(await store.entitiesByIds(introduced.map((entity) => entity.id))).toEqual(introduced.map(() => null));
    expect(await store.counts()).toEqual(countsBefore);
    expect((await store.entitiesByIds([ukraine.id]))[0]?.mentionCount).toBe(5);
  });

  it('refuses a graph whose facts name another article', async () => {
    const store = use();
    await store.writeArticle(newsweekGraph);
    const crossed: ArticleGraph = { ...pravdaGraph, quotes: [...pravdaGraph.quotes, kovalenkoBoldTarget] };
    await expect(store.writeArticle(crossed)).rejects.toThrow(newsweekGraph.article.id);
    expect(await store.articlesByIds([pravdaGraph.article.id])).toEqual([null]);
  });

  it('a failing re-write keeps the version stored before', async () => {
    const store = use();
    await store.writeArticle(pravdaGraph);
    const broken: ArticleGraph = { ...pravdaGraph, quotes: [{ ...umierovOnTopic, aboutIds: [unknownEntityId] }] };
    await expect(store.writeArticle(broken)).rejects.toThrow(`Article ${pravdaGraph.article.id} was not written (nothing of it changed): `);
    expect(await store.quotesByArticleIds([pravdaGraph.article.id]))
      .toEqual([[zelenskyyOnSecurity, zelenskyyOnPartners, umierovOnConsultations, umierovOnTopic]]);
    expect(await store.writeArticle(pravdaGraph)).toEqual({ articleId: pravdaGraph.article.id, changed: false });
  });
}
