// Port methods the API's curation mutations need: addAlias, unmergeEntity, and the list options
// behind `entities(orderBy:)` and `articles(search:)`.
import { expect, it } from 'vitest';
import { kyivsMilitary, newsweekGraph, pravdaGraph, ukrainesMilitary, unknownEntityId, yahooAidGraph } from '../../fixtures/sample-graphs';
import type { EntityId } from '../../../src/domain/ids';
import type { GraphStore } from '../../../src/store/port';
import { type UseStore, wholeList, writeAll } from './harness';

/** Everything a store says about some entities, to compare before a merge and after its undoing. */
async function factsAbout(store: GraphStore, ids: EntityId[]) {
  return {
    entities: await store.entitiesByIds(ids),
    mentions: await store.mentionsByEntityIds(ids),
    quotesBy: await store.quotesBySpeakerIds(ids),
    quotesAbout: await store.quotesAboutEntityIds(ids),
    roles: await store.rolesByPersonIds(ids),
    events: await store.eventsByEntityIds(ids),
    merges: await store.mergesByEntityIds(ids),
  };
}

export function describeCuration(use: UseStore): void {
  it('adds an alias that later name lookups find, records why, and is null for an unknown id', async () => {
    const store = use();
    await writeAll(store, pravdaGraph);
    const updated = await store.addAlias(ukrainesMilitary.id, 'Armed Forces of Ukraine', 'alias added by hand');
    expect(updated?.aliases).toEqual(['Armed Forces of Ukraine', 'Ukrainian army']);
    expect((await store.entitiesByNameKeys(['armed forces of ukraine']))[0]?.map((entity) => entity.id)).toEqual([ukrainesMilitary.id]);
    expect((await store.mergesByEntityIds([ukrainesMilitary.id]))[0]?.map(({ name, fromId, reason }) => ({ name, fromId, reason })))
      .toEqual([{ name: 'Armed Forces of Ukraine', fromId: null, reason: 'alias added by hand' }]);
    expect(await store.addAlias(unknownEntityId, 'Nobody', 'alias added by hand')).toBeNull();
  });

  it('undoes a merge: both entities read exactly as before it', async () => {
    const store = use();
    await writeAll(store, pravdaGraph, newsweekGraph, yahooAidGraph);
    const ids = [ukrainesMilitary.id, kyivsMilitary.id];
    const before = await factsAbout(store, ids);
    await store.mergeEntities(ukrainesMilitary.id, [kyivsMilitary.id], 'same armed forces');
    expect((await store.entitiesByIds([kyivsMilitary.id]))[0]).toBeNull();
    const restored = await store.unmergeEntity(ukrainesMilitary.id);
    expect(restored?.map((entity) => entity.name)).toEqual(["Kyiv's military"]);
    expect(await factsAbout(store, ids)).toEqual(before);
  });

  it('unmerges nothing from an entity nothing was merged into, and is null for an unknown id', async () => {
    const store = use();
    await writeAll(store, pravdaGraph);
    expect(await store.unmergeEntity(ukrainesMilitary.id)).toEqual([]);
    expect(await store.unmergeEntity(unknownEntityId)).toBeNull();
  });

  it('orders entities by name when asked', async () => {
    const store = use();
    await writeAll(store, pravdaGraph);
    const people = await store.listEntities({ type: 'PERSON', orderBy: 'NAME' }, wholeList);
    expect(people.items.map((entity) => entity.name))
      .toEqual(['Antony Radakin', 'Rustem Umierov', 'Thierry Burkhard', 'Volodymyr Zelenskyy']);
  });

  it('searches articles by title and text, title matches first', async () => {
    const store = use();
    await writeAll(store, pravdaGraph, newsweekGraph, yahooAidGraph);
    const found = await store.listArticles({ search: 'microchip' }, wholeList);
    expect(found.items.map((article) => article.title)).toEqual(["Map Shows Ukraine's Crippling Strikes on Russia's Microchip Plants"]);
    const aid = await store.listArticles({ search: 'aid' }, wholeList);
    expect(aid.items.map((article) => article.source)).toEqual(['Yahoo']);
  });
}
