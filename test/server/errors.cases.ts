import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { umierov, unknownEntityId } from '../fixtures/sample-graphs';
import { codesOf, openApp } from './open-app';
import type { StoreUnderTest } from '../store/stores-under-test';

/** The cases of errors.test.ts (SQLite) and errors.neo4j.test.ts. */
export function describeErrors(target: StoreUnderTest): void {
  let served: Awaited<ReturnType<typeof openApp>>;
  beforeAll(async () => {
    served = await openApp({ open: target.open });
  });
  afterAll(() => served.close());

  describe('errors a client can act on', () => {
    it('refuses more than 100 items per page, naming the argument', async () => {
      const response = await served.execute('{ entities(first: 101) { totalCount } }');
      expect(response.data).toBeNull();
      expect(response.errors?.map((error) => [error.extensions?.code, error.extensions?.argumentName, error.message])).toEqual([
        ['BAD_USER_INPUT', 'first', 'Argument "first" may be at most 100; got 101. Page through the list with "after".'],
      ]);
    });

    it('applies the cap to nested connections and plain lists too', async () => {
      const nested = await served.execute('query($id: ID!) { entity(id: $id) { quotesBy(first: 500) { totalCount } } }',
        { id: encodeGlobalID('Person', umierov.id) });
      const list = await served.execute('{ search(text: "Ukraine", first: 1000) { score } }');
      expect([...(nested.errors ?? []), ...(list.errors ?? [])].map((error) => [error.path?.join('.'), error.extensions?.code, error.extensions?.argumentName]))
        .toEqual([['entity.quotesBy', 'BAD_USER_INPUT', 'first'], ['search', 'BAD_USER_INPUT', 'first']]);
    });

    it('answers an unknown id with null and NOT_FOUND', async () => {
      const response = await served.execute('query($id: ID!) { entity(id: $id) { name } node(id: $id) { id } }',
        { id: encodeGlobalID('Person', unknownEntityId) });
      expect(response.data).toEqual({ entity: null, node: null });
      expect(codesOf(response)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    });

    it('rejects a string that is no id of this API, or an id of the wrong kind, naming the argument', async () => {
      const response = await served.execute('query($article: ID!) { entity(id: "Zelenskyy") { name } quotes(speaker: $article) { totalCount } }',
        { article: encodeGlobalID('Article', 'art_0') });
      expect(response.errors?.map((error) => [error.extensions?.code, error.extensions?.argumentName])).toEqual([
        ['BAD_USER_INPUT', 'id'],
        ['BAD_USER_INPUT', 'speaker'],
      ]);
    });

    it('rejects a cursor it did not issue with INVALID_CURSOR', async () => {
      const response = await served.execute('{ quotes(first: 2, after: "not-a-cursor") { totalCount } }');
      expect(codesOf(response)).toEqual(['INVALID_CURSOR']);
      expect(response.errors?.[0]?.message).toBe('"not-a-cursor" in "after" is not a cursor of this list; start again without "after".');
    });

    it('rejects an empty date range, naming "to"', async () => {
      const response = await served.execute('{ articles(from: "2025-06-01T00:00:00Z", to: "2025-01-01T00:00:00Z") { totalCount } }');
      expect(response.errors?.map((error) => [error.extensions?.code, error.extensions?.argumentName])).toEqual([['BAD_USER_INPUT', 'to']]);
    });

    it('rejects a query whose cost is beyond the limit before running it', async () => {
      const response = await served.execute(`{ entities(first: 100) { edges { node {
        quotesBy(first: 100) { edges { node { about { quotesAbout(first: 100) { totalCount } } } } } } } } }`);
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.[0]?.message).toMatch(/complexity/i);
    });
  });

  describe('errors a client cannot act on', () => {
    it('masks a store failure as "Unexpected error." without internals', async () => {
      const broken = await openApp({ open: target.open });
      await broken.store.close();
      const response = await broken.execute('{ stats { articles } }');
      expect(response.errors?.map((error) => error.message)).toEqual(['Unexpected error.']);
      expect(JSON.stringify(response)).not.toMatch(/database|sqlite/i);
    });
  });
}
