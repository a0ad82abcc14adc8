import { afterEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/store/port';
import { goldGraphs } from '../fixtures/gold-graphs';
import { newsweekGraph, pravdaGraph, yahooAidGraph } from '../fixtures/sample-graphs';
import { openApp } from './open-app';
import type { StoreUnderTest } from '../store/stores-under-test';

/** The real store, with every method call counted by name. */
function countingCalls(store: GraphStore) {
  const calls = new Map<string, number>();
  const counted = new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return (...args: unknown[]) => {
        calls.set(property, (calls.get(property) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { counted, calls: () => Object.fromEntries([...calls].sort(([a], [b]) => a.localeCompare(b))) };
}

// Five levels of lists under a page of entities: each level's reads must be batched into one call.
const deepQuery = `query Deep($first: Int!) {
  entities(first: $first) { totalCount edges { node {
    name
    quotesBy(first: 5) { edges { node { text speaker { name } about { name mentionCount } article { title } } } }
    quotesAbout(first: 5) { edges { node { speaker { name quotesBy(first: 2) { totalCount } } article { title source } } } }
    articles(first: 3) { edges { node { title quotes { text about { name } } } } }
    roles { title organization { name } article { title } }
    events(first: 3) { edges { node { type place { name } participants { name } } } }
    coMentions(first: 3) { count entity { name } }
  } } } }`;

// One call per relation per level however many parents ask: quotesBySpeakerIds twice because it is
// read at two depths (the entities' quotes, and the quotes' speakers' quotes).
const exactCalls = {
  articlesByIds: 1, entitiesByIds: 1, eventsByEntityIds: 1, listEntities: 1, mentionsByArticleIds: 1, mentionsByEntityIds: 1,
  quotesAboutEntityIds: 1, quotesByArticleIds: 1, quotesBySpeakerIds: 2, rolesByPersonIds: 1,
};
// A store that answers over the network (Neo4j) resolves the parents of one level at different
// times, so DataLoader may split that level into a few batches: up to 7 entitiesByIds calls were
// seen for the 8 places the query reads entities. One call per row would be 50 or more.
const MAX_CALLS_PER_RELATION = 10;

/** The cases of store-calls.test.ts (SQLite) and store-calls.neo4j.test.ts. */
export function describeStoreCalls(target: StoreUnderTest): void {
  let close: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await close?.();
    close = null;
  });

  async function callsFor(first: number) {
    let counter: ReturnType<typeof countingCalls> | null = null;
    const served = await openApp({
      open: target.open,
      graphs: [pravdaGraph, newsweekGraph, yahooAidGraph, ...goldGraphs],
      serve: (store) => (counter = countingCalls(store)).counted,
    });
    close = served.close;
    const response = await served.execute(deepQuery, { first });
    await served.close();
    close = null;
    const edges = (response.data?.entities as { edges: unknown[] } | undefined)?.edges ?? [];
    return { errors: response.errors, entities: edges.length, calls: counter!.calls() };
  }

  describe('store calls for a nested query', () => {
    it('grow with the depth of the query, not with the number of rows', async () => {
      const few = await callsFor(5);
      const many = await callsFor(50);
      expect([few.errors, many.errors]).toEqual([undefined, undefined]);
      expect([few.entities, many.entities]).toEqual([5, 50]);
      // Every relation the query reads is read, and in batches (see MAX_CALLS_PER_RELATION).
      for (const { calls } of [few, many]) {
        expect(Object.keys(calls)).toEqual(Object.keys(exactCalls));
        expect(Object.values(calls).filter((count) => count > MAX_CALLS_PER_RELATION)).toEqual([]);
      }
      console.info(`${target.kind}: store calls for 50 entities ${JSON.stringify(many.calls)}`);
    });

    // In-process, every load of one level is asked in the same tick, so DataLoader batches it whole.
    if (target.kind === 'sqlite') {
      it('are exactly one per relation and level on an in-process store', async () => {
        const few = await callsFor(5);
        const many = await callsFor(50);
        expect([few.calls, many.calls]).toEqual([exactCalls, exactCalls]);
      });
    }
  });
}
