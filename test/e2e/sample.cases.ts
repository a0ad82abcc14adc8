// The first `npm start`, end to end: the bundled sample page goes through the code main.ts runs
// (config → openStore → seedSampleIfEmpty → createYogaApp) into a real store (a SQLite file in
// sample.test.ts, Neo4j in sample.neo4j.test.ts), and the API answers what the page says.
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSourceFile } from '../../ingest/ingest-source';
import type { Config } from '../../src/config';
import { ingestSubmission } from '../../src/ingest-submission';
import { SAMPLE_PATH, seedSampleIfEmpty } from '../../src/seed-sample';
import { createYogaApp } from '../../src/server/create-yoga-app';
import { openStore } from '../../src/store/open-store';
import type { GraphStore } from '../../src/store/port';
import type { StoreUnderTest } from '../store/stores-under-test';

interface Answer<Data> { data?: Data; errors?: { message: string }[] }

async function ask<Data>(store: GraphStore, config: Config, query: string): Promise<Data> {
  const yoga = createYogaApp({ store, config, ingest: ingestSubmission });
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }),
  });
  const answer = (await response.json()) as Answer<Data>;
  expect(answer.errors).toBeUndefined();
  return answer.data as Data;
}

interface QuoteNode { text: string; speaker: { name: string } | null; about: { name: string }[] }
const QUOTES = '{ quotes(first: 100) { edges { node { text speaker { name } about { name } } } } }';
const STATS = '{ stats { articles people organizations places quotes roles events } }';
const quotesOf = (data: { quotes: { edges: { node: QuoteNode }[] } }) => data.quotes.edges.map((edge) => edge.node);

// Lines of the scraped page around the articles: site chrome and the "Related Articles" list headers.
const PAGE_CHROME = ['Support Ukrainska Pravda on Patreon!', 'Try Our AI Features', 'Daily8 AI', 'No comments yet',
  'Related Articles', '4 hours ago', '- Miami Herald', '- Yahoo'];

/** The cases of sample.test.ts (SQLite) and sample.neo4j.test.ts. */
export function describeSampleServed(target: StoreUnderTest): void {
  describe('the bundled sample, served as on a first npm start', () => {
    let config: Config;
    let store: GraphStore;
    beforeAll(async () => {
      config = await target.emptyStoreConfig();
      store = await openStore(config);
      const seeded = await seedSampleIfEmpty(store);
      expect(seeded?.readErrors).toEqual([]);
      expect(seeded?.failures).toEqual([]);
    }, 60_000);
    afterAll(async () => {
      await store.close();
      if (config.GRAPH_STORE === 'sqlite') await rm(config.DATA_DIR, { recursive: true, force: true });
    });

    it('stores exactly the four articles of the page, with their titles and publishers', async () => {
      const data = await ask<{ articles: { edges: { node: { title: string; source: string } }[] } }>(
        store, config, '{ articles(first: 10) { edges { node { title source } } } }');
      expect(data.articles.edges.map((edge) => edge.node).sort((a, b) => a.title.localeCompare(b.title))).toEqual([
        { title: 'Germany announces new 1.9B euro Ukraine aid boost', source: 'Yahoo' },
        { title: "Map Shows Ukraine's Crippling Strikes on Russia's Microchip Plants", source: 'Miami Herald' },
        { title: 'Ukrainian refugees in Sumy fear Russian advance, shelling', source: 'Yahoo' },
        { title: 'Zelenskyy announces "tangible progress" on deployment of security contingent by partners', source: 'Ukrainska Pravda' },
      ]);
    });

    it('keeps the page chrome out of every article text', async () => {
      const data = await ask<{ articles: { edges: { node: { text: string } }[] } }>(
        store, config, '{ articles(first: 10) { edges { node { text } } } }');
      const texts = data.articles.edges.map((edge) => edge.node.text);
      expect(texts).toHaveLength(4);
      for (const text of texts) for (const chrome of PAGE_CHROME) expect(text).not.toContain(chrome);
    });

    it('attributes the "Quote from X:" blocks to Zelenskyy and Umierov', async () => {
      const quotes = quotesOf(await ask(store, config, QUOTES));
      const textsBy = (name: string) => quotes.filter((quote) => quote.speaker?.name === name).map((quote) => quote.text);
      expect(textsBy('Volodymyr Zelenskyy')).toEqual([expect.stringMatching(
        /^A meeting of our military with our partners' chiefs of defence staff: Admiral Antony Radakin from the UK/)]);
      expect(textsBy('Rustem Umierov')).toEqual(expect.arrayContaining([
        expect.stringContaining("The main topic was the involvement of partners in ensuring Ukraine's security arrangements"),
        'in-depth consultations on security guarantees for Ukraine and the future architecture of peace in Europe',
      ]));
    });

    it('attributes the refugee-shelter head\'s words about Sumy to Kateryna Arisoi', async () => {
      const arisoi = quotesOf(await ask(store, config, QUOTES)).filter((quote) => quote.speaker?.name === 'Kateryna Arisoi');
      // The quote split by "she said" is two quotes, each a sentence of its own, both about Sumy.
      expect(arisoi).toEqual([
        expect.objectContaining({ text: 'We are seeing the frontline slowly moving toward Sumy', about: [{ name: 'Sumy' }] }),
        expect.objectContaining({ text: 'So far evacuation has been ordered in more than 200 settlements.', about: [{ name: 'Sumy' }] }),
      ]);
    });

    it('gives Umierov the role of Defence Minister of Ukraine', async () => {
      const data = await ask<{ entities: { edges: { node: { name: string; roles: { title: string; organization: { name: string } | null }[] } }[] } }>(
        store, config, '{ entities(search: "Umierov", type: PERSON, first: 5) { edges { node { name ... on Person { roles { title organization { name } } } } } } }');
      expect(data.entities.edges.map((edge) => edge.node)).toEqual([
        { name: 'Rustem Umierov', roles: [{ title: 'Defence Minister', organization: { name: 'Ukraine' } }] },
      ]);
    });

    it('changes nothing when the sample is ingested again or the store is reopened', async () => {
      const before = await ask<{ stats: { articles: number } }>(store, config, STATS);
      expect(before.stats.articles).toBe(4);
      const again = await ingestSourceFile(store, SAMPLE_PATH);
      expect(again.ingested.map((article) => article.changed)).toEqual([false, false, false, false]);
      expect(await ask(store, config, STATS)).toEqual(before);

      // A second npm start on the same store: the stored graph is reused, the sample not ingested again.
      const reopened = await openStore(config);
      try {
        expect(await seedSampleIfEmpty(reopened)).toBeNull();
        expect(await ask(reopened, config, STATS)).toEqual(before);
      } finally {
        await reopened.close();
      }
    });
  });
}
