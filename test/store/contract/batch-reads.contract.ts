import { expect, it } from 'vitest';
import type { ArticleGraph } from '../../../src/domain/article-graph';
import { articleIdFor, eventIdFor, quoteIdFor } from '../../../src/domain/ids';
import {
  bolkhovskyAttack, chiefsVisitKyiv, kovalenko, kovalenkoOfficial, kyiv, militaryImportantFacility, militaryStruck,
  newsweekGraph, pravdaGraph, strikeNearMoscow, ukraine, ukrainesMilitary, umierov, umierovOnConsultations,
  umierovOnTopic, unknownEntityId, yahooAidGraph, zelenskyy, zelenskyyOnSecurity,
  chiefsMeeting, germanAidPledge, kovalenkoBoldTarget, natoMeetingInRome,
} from '../../fixtures/sample-graphs';
import { type UseStore, writeAll } from './harness';

const unknownArticleId = articleIdFor({ url: 'https://example.org/never-ingested', text: '' });
const unknownQuoteId = quoteIdFor(unknownArticleId, 0, 1);
const unknownEventId = eventIdFor(unknownArticleId, 'OTHER', 0);

function withFactsReversed(graph: ArticleGraph): ArticleGraph {
  return { ...graph, quotes: [...graph.quotes].reverse(), roles: [...graph.roles].reverse(), events: [...graph.events].reverse() };
}

export function describeBatchReads(use: UseStore): void {
  it('returns records in the order asked, null for unknown ids, one per id even when repeated', async () => {
    const store = use();
    await writeAll(store, pravdaGraph, newsweekGraph);
    const entities = await store.entitiesByIds([umierov.id, unknownEntityId, zelenskyy.id, umierov.id]);
    expect(entities.map((entity) => entity?.name ?? null))
      .toEqual(['Rustem Umierov', null, 'Volodymyr Zelenskyy', 'Rustem Umierov']);
    expect((await store.articlesByIds([newsweekGraph.article.id, unknownArticleId, pravdaGraph.article.id]))
      .map((article) => article?.source ?? null)).toEqual(['Miami Herald', null, 'Ukrainska Pravda']);
    expect(await store.quotesByIds([militaryStruck.id, unknownQuoteId, zelenskyyOnSecurity.id]))
      .toEqual([militaryStruck, null, zelenskyyOnSecurity]);
    expect(await store.eventsByIds([unknownEventId, bolkhovskyAttack.id, chiefsVisitKyiv.id]))
      .toEqual([null, bolkhovskyAttack, chiefsVisitKyiv]);
    expect(await store.entitiesByIds([])).toEqual([]);
  });

  it('gives one list per id, empty for unknown ids; across articles the newest comes first', async () => {
    const store = use();
    // Written oldest article last and each article's facts back to front, so storage order is no answer.
    await writeAll(store, ...[pravdaGraph, newsweekGraph, yahooAidGraph].map(withFactsReversed).reverse());
    expect(await store.quotesBySpeakerIds([unknownEntityId, umierov.id, ukrainesMilitary.id]))
      .toEqual([[], [umierovOnConsultations, umierovOnTopic], [militaryImportantFacility, militaryStruck]]);
    expect(await store.quotesAboutEntityIds([ukraine.id, unknownEntityId]))
      .toEqual([[zelenskyyOnSecurity, umierovOnConsultations, umierovOnTopic], []]);
    expect(await store.quotesByArticleIds([yahooAidGraph.article.id, newsweekGraph.article.id]))
      .toEqual([[], [kovalenkoBoldTarget, militaryImportantFacility, militaryStruck]]);
    expect(await store.eventsByArticleIds([yahooAidGraph.article.id, pravdaGraph.article.id]))
      .toEqual([[germanAidPledge, natoMeetingInRome], [chiefsMeeting, chiefsVisitKyiv]]);
    expect(await store.rolesByArticleIds([newsweekGraph.article.id, unknownArticleId])).toEqual([[kovalenkoOfficial], []]);
    expect(await store.rolesByPersonIds([kovalenko.id, zelenskyy.id]))
      .toEqual([[kovalenkoOfficial], [expect.objectContaining({ title: 'President', organizationId: null })]]);
    // Ukraine takes part; Kyiv is the place: both count as the entity's events.
    expect(await store.eventsByEntityIds([ukraine.id, kyiv.id]))
      .toEqual([[strikeNearMoscow, germanAidPledge, bolkhovskyAttack], [chiefsVisitKyiv]]);
    expect(await store.mergesByEntityIds([umierov.id])).toEqual([[]]);
  });

  it('lists an entity\'s mentions per article, newest article first', async () => {
    const store = use();
    await writeAll(store, pravdaGraph, newsweekGraph, yahooAidGraph);
    const [ofKyiv, ofNobody] = await store.mentionsByEntityIds([kyiv.id, unknownEntityId]);
    expect(ofKyiv?.map((mention) => [mention.articleId, mention.count, mention.sentenceIndexes])).toEqual([
      [newsweekGraph.article.id, 1, [4]],
      [yahooAidGraph.article.id, 1, [1]],
      [pravdaGraph.article.id, 2, [8, 9]],
    ]);
    expect(ofNobody).toEqual([]);
    expect((await store.mentionsByArticleIds([unknownArticleId]))).toEqual([[]]);
  });

  it('finds entities by name key, matching names and aliases under their folded key', async () => {
    const store = use();
    await writeAll(store, pravdaGraph, newsweekGraph);
    // Lowercase keys as the resolver sends them, and keys folded by foldNameKey (src/domain/name-key.ts):
    // "zelensky" is how "Zelenskyy", "Zelensky" and "Zelenskyi" all fold; "ukraine military" drops the possessive.
    const keys = ['umierov', 'rustem umierov', 'nobody', 'ukrainian army', "ukraine's military", 'zelensky', 'ukraine military'];
    expect((await store.entitiesByNameKeys(keys)).map((entities) => entities.map((entity) => entity.id))).toEqual([
      [umierov.id], [umierov.id], [], [ukrainesMilitary.id], [ukrainesMilitary.id], [zelenskyy.id], [ukrainesMilitary.id],
    ]);
  });
}
