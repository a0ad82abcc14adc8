// The README's tour, asked of the sample ingested into SQLite and into Neo4j as a first npm start
// would (seedSampleIfEmpty): both stores must give the same answers. Also prints how long each
// store took to ingest the sample.
import { readFile, rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config';
import { ingestSubmission } from '../../src/ingest-submission';
import { seedSampleIfEmpty } from '../../src/seed-sample';
import { createYogaApp } from '../../src/server/create-yoga-app';
import { openStore } from '../../src/store/open-store';
import type { GraphStore } from '../../src/store/port';
import { describeOnNeo4j, sqliteUnderTest, type StoreUnderTest } from '../store/stores-under-test';

/** The GraphQL blocks of the README section "A short tour", in order. */
async function tourQueries(): Promise<string[]> {
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const tour = readme.slice(readme.indexOf('## A short tour'), readme.indexOf('\n## ', readme.indexOf('## A short tour') + 1));
  return [...tour.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

/** Answers without ids: each store may number its nodes differently, the answers must agree in everything else. */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'id').map(([key, inner]) => [key, withoutIds(inner)]));
}

interface Served { readonly kind: string; readonly store: GraphStore; readonly config: Config; readonly ingestMs: number }

async function ingestSample(target: StoreUnderTest): Promise<Served> {
  const config = await target.emptyStoreConfig();
  const store = await openStore(config);
  const started = performance.now();
  const seeded = await seedSampleIfEmpty(store);
  const ingestMs = Math.round(performance.now() - started);
  expect([seeded?.readErrors, seeded?.failures, seeded?.ingested.length]).toEqual([[], [], 4]);
  return { kind: target.kind, store, config, ingestMs };
}

async function ask({ store, config }: Served, query: string): Promise<unknown> {
  const response = await createYogaApp({ store, config, ingest: ingestSubmission }).fetch('http://localhost/graphql', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }),
  });
  return withoutIds(await response.json());
}

await describeOnNeo4j((neo4j) => {
  describe('the README tour on the sample', () => {
    let served: Served[] = [];
    beforeAll(async () => {
      served = [await ingestSample(sqliteUnderTest), await ingestSample(neo4j)];
      console.info(`sample ingest: ${served.map(({ kind, ingestMs }) => `${kind} ${ingestMs} ms`).join(', ')}`);
    }, 120_000);
    afterAll(async () => {
      for (const { store, config } of served) {
        await store.close();
        if (config.GRAPH_STORE === 'sqlite') await rm(config.DATA_DIR, { recursive: true, force: true });
      }
    });

    it('has the five tour queries', async () => {
      expect(await tourQueries()).toHaveLength(5);
    });

    it('gets the same answers, without errors, from SQLite and Neo4j', async () => {
      for (const query of await tourQueries()) {
        const [fromSqlite, fromNeo4j] = await Promise.all(served.map((one) => ask(one, query)));
        expect(fromSqlite).not.toHaveProperty('errors');
        expect({ query, answer: fromNeo4j }).toEqual({ query, answer: fromSqlite });
      }
    });
  });
});
