import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleSubmission, IngestArticle } from '../../schema/builder';
import { kyivsMilitary, pravdaGraph, ukrainesMilitary, yahooAid, yahooAidGraph } from '../fixtures/sample-graphs';
import { API_TOKEN, codesOf, openApp } from './open-app';
import type { StoreUnderTest } from '../store/stores-under-test';

/** The cases of auth.test.ts (SQLite) and auth.neo4j.test.ts. */
export function describeMutationAuth(target: StoreUnderTest): void {
  const bearer = { authorization: `Bearer ${API_TOKEN}` };
  const org = (id: string) => encodeGlobalID('Organization', id);
  const addAlias = 'mutation($id: ID!) { addAlias(entity: $id, alias: "Armed Forces of Ukraine") { aliases } }';

  let close: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await close?.();
    close = null;
  });
  async function open(options: Parameters<typeof openApp>[0]) {
    const served = await openApp({ ...options, open: target.open });
    close = served.close;
    return served;
  }

  describe('mutations', () => {
    it('are switched off, with a message saying how to switch them on, when no API_TOKEN is configured', async () => {
      const served = await open({});
      const response = await served.execute(addAlias, { id: org(ukrainesMilitary.id) }, bearer);
      expect(codesOf(response)).toEqual(['MUTATIONS_DISABLED']);
      expect(response.errors?.[0]?.message).toMatch(/API_TOKEN/);
      expect((await served.store.entitiesByIds([ukrainesMilitary.id]))[0]?.aliases).toEqual(['Ukrainian army']);
    });

    it('need the bearer token: none or a wrong one is UNAUTHENTICATED and changes nothing', async () => {
      const served = await open({ apiToken: API_TOKEN });
      const without = await served.execute(addAlias, { id: org(ukrainesMilitary.id) });
      const wrong = await served.execute(addAlias, { id: org(ukrainesMilitary.id) }, { authorization: 'Bearer not-the-token-at-all-no' });
      expect([...codesOf(without), ...codesOf(wrong)]).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
      expect((await served.store.entitiesByIds([ukrainesMilitary.id]))[0]?.aliases).toEqual(['Ukrainian army']);
    });

    it('with the token: addAlias, then mergeEntities and unmergeEntity, as the merges list records', async () => {
      const served = await open({ apiToken: API_TOKEN });
      expect((await served.execute(addAlias, { id: org(ukrainesMilitary.id) }, bearer)).data)
        .toEqual({ addAlias: { aliases: ['Armed Forces of Ukraine', 'Ukrainian army'] } });
      const merged = await served.execute(`mutation($into: ID!, $from: ID!) {
        mergeEntities(into: $into, from: [$from], reason: "same armed forces") { name merges { name reason isEntityMerge } } }`,
      { into: org(ukrainesMilitary.id), from: org(kyivsMilitary.id) }, bearer);
      expect(merged.data).toEqual({ mergeEntities: { name: "Ukraine's military", merges: [
        { name: 'Armed Forces of Ukraine', reason: 'alias added by hand', isEntityMerge: false },
        { name: "Kyiv's military", reason: 'same armed forces', isEntityMerge: true },
      ] } });
      const unmerged = await served.execute('mutation($id: ID!) { unmergeEntity(id: $id) { id name } }', { id: org(ukrainesMilitary.id) }, bearer);
      expect(unmerged.data).toEqual({ unmergeEntity: [{ id: org(kyivsMilitary.id), name: "Kyiv's military" }] });
    });

    it('deleteArticle removes the article; deleting it again is NOT_FOUND', async () => {
      const served = await open({ apiToken: API_TOKEN });
      const id = encodeGlobalID('Article', pravdaGraph.article.id);
      const remove = 'mutation($id: ID!) { deleteArticle(id: $id) }';
      expect((await served.execute(remove, { id }, bearer)).data).toEqual({ deleteArticle: id });
      expect(codesOf(await served.execute(remove, { id }, bearer))).toEqual(['NOT_FOUND']);
      expect((await served.store.counts()).articles).toBe(2);
    });

    it('ingestArticle hands the submission to the injected ingest and returns the stored article', async () => {
      const submissions: ArticleSubmission[] = [];
      // Stands in for the ingest pipeline (not the store): the real store still does the writing.
      const ingest: IngestArticle = async (store, submission) => {
        submissions.push(submission);
        return store.writeArticle(yahooAidGraph);
      };
      const served = await open({ apiToken: API_TOKEN, graphs: [pravdaGraph], ingest });
      const response = await served.execute(`mutation($text: String!) {
        ingestArticle(input: { text: $text, title: "Germany announces new 1.9B euro Ukraine aid boost", source: "Yahoo", publishedAt: "2025-06-05T12:00:00Z" }) {
          changed article { source entities(type: PLACE) { name } } } }`, { text: yahooAid.article.text }, bearer);
      expect(response.data).toEqual({ ingestArticle: { changed: true, article: { source: 'Yahoo',
        entities: [{ name: 'Germany' }, { name: 'Ukraine' }, { name: 'Kyiv' }, { name: 'Rome' }] } } });
      expect(submissions).toEqual([{ text: yahooAid.article.text, html: null, title: 'Germany announces new 1.9B euro Ukraine aid boost',
        url: null, source: 'Yahoo', publishedAt: '2025-06-05T12:00:00.000Z' }]);
    });

    it('ingestArticle needs exactly one of text and html', async () => {
      const served = await open({ apiToken: API_TOKEN });
      const response = await served.execute('mutation { ingestArticle(input: { text: "A", html: "<p>A</p>" }) { changed } }', {}, bearer);
      expect(response.errors?.map((error) => [error.extensions?.code, error.extensions?.argumentName])).toEqual([['BAD_USER_INPUT', 'input']]);
    });
  });
}
