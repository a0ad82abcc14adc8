import { expect, it } from 'vitest';
import {
  bolkhovskyAttack, chiefsMeeting, chiefsVisitKyiv, germanAidPledge, kovalenkoBoldTarget, kyiv, kyivsMilitary,
  militaryImportantFacility, militaryStruck, natoMeetingInRome, newsweekGraph, pravdaGraph, rezonitPlant, russia,
  strikeNearMoscow, ukraine, ukrainesMilitary, umierov, umierovOnConsultations, umierovOnTopic, yahooAidGraph,
  zelenskyy, zelenskyyOnSecurity,
} from '../../fixtures/sample-graphs';
import { type UseStore, wholeList, writeAll } from './harness';

const all = [pravdaGraph, newsweekGraph, yahooAidGraph] as const;
const distinctEntityCount = new Set(all.flatMap((graph) => graph.entities.map((entity) => entity.id))).size;

export function describeLists(use: UseStore): void {
  it('pages entities by mention count, then name, with the total of the whole list', async () => {
    const store = use();
    await writeAll(store, ...all);
    const whole = await store.listEntities({}, wholeList);
    expect(whole.totalCount).toBe(distinctEntityCount);
    expect(whole.items.slice(0, 3).map((entity) => [entity.name, entity.mentionCount]))
      .toEqual([['Ukraine', 10], ['Kyiv', 4], ['UK', 4]]);
    const first = await store.listEntities({}, { offset: 0, limit: 4 });
    const second = await store.listEntities({}, { offset: 4, limit: 4 });
    expect([...first.items, ...second.items]).toEqual(whole.items.slice(0, 8));
    expect(second.totalCount).toBe(distinctEntityCount);
    expect(await store.listEntities({}, { offset: 500, limit: 4 })).toEqual({ items: [], totalCount: distinctEntityCount });
    const people = await store.listEntities({ type: 'PERSON' }, wholeList);
    expect(people.items.map((entity) => entity.name))
      .toEqual(['Rustem Umierov', 'Volodymyr Zelenskyy', 'Andriy Kovalenko', 'Antony Radakin', 'Thierry Burkhard']);
  });

  it('refuses a page with a negative or fractional offset or limit', async () => {
    const store = use();
    await writeAll(store, ...all);
    for (const page of [{ offset: 0, limit: -1 }, { offset: -1, limit: 10 }, { offset: 0.5, limit: 10 }]) {
      const refusal = `A page needs a whole offset and limit of 0 or more, not offset ${page.offset}, limit ${page.limit}.`;
      await expect(store.listEntities({}, page), JSON.stringify(page)).rejects.toThrow(new RangeError(refusal));
      await expect(store.listQuotes({}, page), JSON.stringify(page)).rejects.toThrow(new RangeError(refusal));
    }
  });

  it('searches entity names and aliases, most relevant first', async () => {
    const store = use();
    await writeAll(store, ...all);
    const ids = async (search: string) => (await store.listEntities({ search }, wholeList)).items.map((entity) => entity.id);
    expect(await ids('Umierov')).toEqual([umierov.id]);
    expect(await ids('zelenskyy')).toEqual([zelenskyy.id]);
    expect(await ids('Ukrainian army')).toEqual([ukrainesMilitary.id]);
    expect((await ids('military')).sort()).toEqual([kyivsMilitary.id, ukrainesMilitary.id].sort());
    expect((await ids('Rezonit plant'))[0]).toBe(rezonitPlant.id);
    expect(await store.listEntities({ search: 'military', type: 'PERSON' }, wholeList)).toEqual({ items: [], totalCount: 0 });
  });

  it('treats search text as words, never as query syntax', async () => {
    const store = use();
    await writeAll(store, ...all);
    // Each is answered as the words in it alone: syntax characters add nothing, and a lone operator is a word.
    const asWords = [['AND (', 'AND'], ['NEAR(', 'NEAR'], ['OR', 'or'], ['title:x', 'title x']] as const;
    for (const [hostile, words] of asWords) {
      expect(await store.listEntities({ search: hostile }, wholeList), hostile).toEqual(await store.listEntities({ search: words }, wholeList));
    }
    for (const noWord of ['"', '*', ')', '-', '""', "'", ':', '^']) {
      expect(await store.listEntities({ search: noWord }, wholeList), noWord).toEqual({ items: [], totalCount: 0 });
    }
    const umierovIds = [umierov.id];
    for (const wrapped of ['Umierov"', '(Umierov', 'Umierov*', '"Umierov', 'Umierov)']) {
      expect((await store.listEntities({ search: wrapped }, wholeList)).items.map((entity) => entity.id), wrapped).toEqual(umierovIds);
    }
  });

  it('lists articles newest first, filtered by source, mentioned entity and inclusive dates', async () => {
    const store = use();
    await writeAll(store, ...all);
    const titles = async (filter: Parameters<typeof store.listArticles>[0], page = wholeList) => {
      const result = await store.listArticles(filter, page);
      return [result.items.map((article) => article.source), result.totalCount];
    };
    expect(await titles({})).toEqual([['Miami Herald', 'Yahoo', 'Ukrainska Pravda'], 3]);
    expect(await titles({}, { offset: 1, limit: 1 })).toEqual([['Yahoo'], 3]);
    expect(await titles({}, { offset: 5, limit: 2 })).toEqual([[], 3]);
    expect(await titles({ source: 'Yahoo' })).toEqual([['Yahoo'], 1]);
    expect(await titles({ mentioning: kyiv.id })).toEqual([['Miami Herald', 'Yahoo', 'Ukrainska Pravda'], 3]);
    expect(await titles({ mentioning: umierov.id })).toEqual([['Ukrainska Pravda'], 1]);
    expect(await titles({ from: '2025-06-01' })).toEqual([['Miami Herald', 'Yahoo'], 2]);
    // A date-time on the day of an inclusive `to` date is within it.
    expect(await titles({ to: '2025-06-05' })).toEqual([['Miami Herald', 'Yahoo', 'Ukrainska Pravda'], 3]);
    expect(await titles({ to: '2025-06-04' })).toEqual([['Ukrainska Pravda'], 1]);
    expect(await titles({ from: '2025-04-05', to: '2025-04-05' })).toEqual([['Ukrainska Pravda'], 1]);
  });

  it('lists quotes newest article first, then in text order, with filters', async () => {
    const store = use();
    await writeAll(store, ...all);
    const whole = await store.listQuotes({}, wholeList);
    expect(whole.totalCount).toBe(7);
    expect(whole.items.slice(0, 4)).toEqual([kovalenkoBoldTarget, militaryImportantFacility, militaryStruck, zelenskyyOnSecurity]);
    expect(await store.listQuotes({}, { offset: 2, limit: 2 })).toEqual({ items: [militaryStruck, zelenskyyOnSecurity], totalCount: 7 });
    expect((await store.listQuotes({ speakerId: umierov.id }, wholeList)).items).toEqual([umierovOnConsultations, umierovOnTopic]);
    expect((await store.listQuotes({ aboutId: ukraine.id }, wholeList)).items)
      .toEqual([zelenskyyOnSecurity, umierovOnConsultations, umierovOnTopic]);
    expect((await store.listQuotes({ aboutId: russia.id }, wholeList)).items).toEqual([militaryImportantFacility]);
    expect((await store.listQuotes({ search: 'SECURITY' }, wholeList)).totalCount).toBe(3);
    expect((await store.listQuotes({ from: '2025-06-01' }, wholeList)).items)
      .toEqual([kovalenkoBoldTarget, militaryImportantFacility, militaryStruck]);
    expect(await store.listQuotes({ speakerId: umierov.id, from: '2025-06-01' }, wholeList)).toEqual({ items: [], totalCount: 0 });
  });

  it('lists events newest first, dated by their own date, else their article\'s', async () => {
    const store = use();
    await writeAll(store, ...all);
    // Both Yahoo events have the article's date: ties are ordered by id.
    const sameDay = [germanAidPledge, natoMeetingInRome].sort((a, b) => (a.id < b.id ? -1 : 1));
    const whole = await store.listEvents({}, wholeList);
    expect(whole).toEqual({
      items: [strikeNearMoscow, ...sameDay, bolkhovskyAttack, chiefsMeeting, chiefsVisitKyiv], totalCount: 6,
    });
    const items = async (filter: Parameters<typeof store.listEvents>[0]) => (await store.listEvents(filter, wholeList)).items;
    expect(await items({ type: 'ATTACK' })).toEqual([strikeNearMoscow, bolkhovskyAttack]);
    expect(await items({ participantId: ukraine.id })).toEqual([strikeNearMoscow, germanAidPledge, bolkhovskyAttack]);
    expect(await items({ placeId: kyiv.id })).toEqual([chiefsVisitKyiv]);
    // The Bolkhovsky attack is dated 21 May by the text, though its article is from June.
    expect(await items({ from: '2025-05-01', to: '2025-05-31' })).toEqual([bolkhovskyAttack]);
    expect(await items({ to: '2025-04-04' })).toEqual([chiefsVisitKyiv]);
    expect(await store.listEvents({ type: 'ELECTION' }, wholeList)).toEqual({ items: [], totalCount: 0 });
  });
}
