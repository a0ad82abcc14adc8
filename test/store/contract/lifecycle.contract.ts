import { expect, it } from 'vitest';
import { MergeEntitiesError } from '../../../src/store/merge-entities-error';
import {
  kovalenko, kovalenkoBoldTarget, kyiv, kyivsMilitary, militaryImportantFacility, militaryStruck, moscow,
  newsweekGraph, pravdaGraph, rezonitFacility, rezonitPlant, ukraine, ukrainesMilitary, umierov, unknownEntityId,
  yahooAidGraph,
} from '../../fixtures/sample-graphs';
import { type UseStore, wholeList, writeAll } from './harness';

export function describeLifecycle(use: UseStore): void {
  it('deleting an article removes only the facts and entities it alone supported', async () => {
    const store = use();
    await writeAll(store, pravdaGraph, newsweekGraph, yahooAidGraph);
    expect(await store.deleteArticle(newsweekGraph.article.id)).toBe(true);
    expect(await store.articlesByIds([newsweekGraph.article.id])).toEqual([null]);
    const [ukraineAfter, kyivAfter, kovalenkoAfter, moscowAfter, militaryAfter] =
      await store.entitiesByIds([ukraine.id, kyiv.id, kovalenko.id, moscow.id, ukrainesMilitary.id]);
    expect([ukraineAfter?.mentionCount, kyivAfter?.mentionCount]).toEqual([7, 3]);
    expect([kovalenkoAfter, moscowAfter]).toEqual([null, null]);
    // Pravda still mentions the military as "Ukrainian army".
    expect(militaryAfter).toEqual({ ...ukrainesMilitary, mentionCount: 1 });
    expect(await store.quotesBySpeakerIds([ukrainesMilitary.id])).toEqual([[]]);
    expect(await store.counts()).toEqual({
      articles: 2, quotes: 4, roles: 2, events: 4,
      entities: { PERSON: 4, ORGANIZATION: 4, PLACE: 7 },
    });
    expect(await store.deleteArticle(newsweekGraph.article.id)).toBe(false);
  });

  it('deleting an article takes away the aliases it contributed, not the entity others mention', async () => {
    const store = use();
    await writeAll(store, pravdaGraph, newsweekGraph);
    await store.deleteArticle(pravdaGraph.article.id);
    expect(await store.entitiesByIds([ukrainesMilitary.id])).toEqual([{ ...ukrainesMilitary, aliases: [], mentionCount: 2 }]);
    expect(await store.entitiesByNameKeys(['ukrainian army'])).toEqual([[]]);
    expect((await store.listEntities({ search: 'Ukrainian army' }, wholeList)).totalCount).toBe(0);
  });

  it('merging moves quotes and mentions onto the surviving entity and records why', async () => {
    const store = use();
    await writeAll(store, pravdaGraph, newsweekGraph);
    const reason = "Kyiv's military and Ukraine's military are the same armed forces";
    const merged = await store.mergeEntities(kyivsMilitary.id, [ukrainesMilitary.id], reason);
    expect(merged).toEqual({ ...kyivsMilitary, aliases: ["Ukraine's military", 'Ukrainian army'], mentionCount: 4 });
    expect(await store.entitiesByIds([ukrainesMilitary.id, kyivsMilitary.id])).toEqual([null, merged]);
    expect(await store.quotesBySpeakerIds([kyivsMilitary.id])).toEqual([[
      { ...militaryImportantFacility, speakerId: kyivsMilitary.id }, { ...militaryStruck, speakerId: kyivsMilitary.id },
    ]]);
    // Both names were in the same article: one mention, counts added, sentences united.
    const [newsweekMentions] = await store.mentionsByArticleIds([newsweekGraph.article.id]);
    const mention = newsweekMentions?.find((found) => found.entityId === kyivsMilitary.id);
    expect([mention?.count, mention?.sentenceIndexes, [...(mention?.surfaceForms ?? [])].sort()])
      .toEqual([3, [0, 3, 6], ["Kyiv's military", "Ukraine's military"]]);
    // Pravda named only the merged-away entity: its mention moves over whole.
    expect((await store.mentionsByEntityIds([kyivsMilitary.id]))[0]?.map((found) => [found.articleId, found.count]))
      .toEqual([[newsweekGraph.article.id, 3], [pravdaGraph.article.id, 1]]);
    expect(await store.mergesByEntityIds([kyivsMilitary.id])).toEqual([[{
      intoId: kyivsMilitary.id, fromId: ukrainesMilitary.id, name: "Ukraine's military", articleId: null, reason,
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    }]]);
    expect(await store.entitiesByNameKeys(["ukraine's military"])).toEqual([[merged]]);
    expect((await store.counts()).entities.ORGANIZATION).toBe(6);
  });

  it('merging moves what quotes are about', async () => {
    const store = use();
    await store.writeArticle(newsweekGraph);
    await store.mergeEntities(rezonitPlant.id, [rezonitFacility.id], 'the Rezonit facility is the Rezonit plant');
    expect(await store.quotesAboutEntityIds([rezonitPlant.id, rezonitFacility.id])).toEqual([
      [{ ...kovalenkoBoldTarget, aboutIds: [rezonitPlant.id] }, militaryImportantFacility], [],
    ]);
  });

  it('a merged entity keeps its merged-in name after its articles are deleted', async () => {
    const store = use();
    await writeAll(store, pravdaGraph, newsweekGraph);
    await store.mergeEntities(kyivsMilitary.id, [ukrainesMilitary.id], 'same armed forces');
    await store.deleteArticle(pravdaGraph.article.id);
    await store.deleteArticle(newsweekGraph.article.id);
    expect(await store.entitiesByIds([kyivsMilitary.id])).toEqual([{ ...kyivsMilitary, aliases: ["Ukraine's military"], mentionCount: 0 }]);
  });

  it('refuses to merge unknown ids or an entity into itself, changing nothing', async () => {
    const store = use();
    await store.writeArticle(pravdaGraph);
    const countsBefore = await store.counts();
    await expect(store.mergeEntities(umierov.id, [unknownEntityId], 'typo')).rejects.toThrow(MergeEntitiesError);
    await expect(store.mergeEntities(unknownEntityId, [umierov.id], 'typo'))
      .rejects.toMatchObject({ kind: 'unknown-entity', entityIds: [unknownEntityId] });
    await expect(store.mergeEntities(umierov.id, [umierov.id], 'typo'))
      .rejects.toMatchObject({ kind: 'merge-into-itself', entityIds: [umierov.id] });
    expect(await store.counts()).toEqual(countsBefore);
    expect((await store.entitiesByIds([umierov.id]))[0]?.mentionCount).toBe(3);
  });

  it('counts articles, facts and entities by type', async () => {
    const store = use();
    expect(await store.counts()).toEqual({
      articles: 0, quotes: 0, roles: 0, events: 0, entities: { PERSON: 0, ORGANIZATION: 0, PLACE: 0 },
    });
    await writeAll(store, pravdaGraph, newsweekGraph, yahooAidGraph);
    expect(await store.counts()).toEqual({
      articles: 3, quotes: 7, roles: 3, events: 6, entities: { PERSON: 5, ORGANIZATION: 8, PLACE: 9 },
    });
  });
}
