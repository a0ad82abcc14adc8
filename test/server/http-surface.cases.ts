import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from './open-app';
import type { StoreUnderTest } from '../store/stores-under-test';

/** The cases of http-surface.test.ts (SQLite) and http-surface.neo4j.test.ts. */
export function describeHttpSurface(target: StoreUnderTest): void {
  let served: Awaited<ReturnType<typeof openApp>>;
  beforeAll(async () => {
    served = await openApp({ open: target.open });
  });
  afterAll(() => served.close());

  describe('GraphQL over HTTP', () => {
    it('passes every MUST audit of graphql-http', async () => {
      const audits = serverAudits({ url: 'http://localhost/graphql', fetchFn: served.app.fetch });
      const results = await Promise.all(audits.map((audit) => audit.fn()));
      const failedMusts = results.filter((result) => result.status !== 'ok' && result.name.startsWith('MUST'));
      expect(failedMusts.map((result) => result.name)).toEqual([]);
      // graphql-http 1.x has 13 MUST audits; a lower number would mean audits stopped running.
      expect(results.filter((result) => result.name.startsWith('MUST') && result.status === 'ok')).toHaveLength(13);
    });
  });

  describe('health', () => {
    it('reports the store kind and what it holds', async () => {
      const response = await served.app.fetch('http://localhost/health');
      expect([response.status, await response.json()]).toEqual([200, { status: 'ok', store: target.kind, articles: 3 }]);
    });

    it('is 503 when the store does not answer, while /live still says the process is up', async () => {
      const broken = await openApp({ open: target.open });
      await broken.store.close();
      const health = await broken.app.fetch('http://localhost/health');
      const live = await broken.app.fetch('http://localhost/live');
      expect([health.status, ((await health.json()) as { status: string }).status, live.status]).toEqual([503, 'unavailable', 200]);
    });
  });

  describe('GraphiQL', () => {
    it('opens with the "who said what about whom" query and the example operations', async () => {
      const response = await served.app.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
      const page = await response.text();
      expect(response.status).toBe(200);
      for (const operation of ['WhoSaidWhatAboutWhom', 'EntityProfile', 'SearchAndStats', 'IngestArticle', 'ArticleIngested']) {
        expect(page).toContain(operation);
      }
    });
  });
}
