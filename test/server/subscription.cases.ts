import { afterEach, describe, expect, it } from 'vitest';
import type { IngestArticle } from '../../schema/builder';
import { pravdaGraph, yahooAid, yahooAidGraph } from '../fixtures/sample-graphs';
import { API_TOKEN, openApp } from './open-app';
import type { StoreUnderTest } from '../store/stores-under-test';

/** Reads server-sent events until one carries data. */
async function firstEventData(body: ReadableStream<Uint8Array>): Promise<unknown> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error('The event stream ended without data.');
    buffered += decoder.decode(value, { stream: true });
    const data = /^data: (.+)$/m.exec(buffered.split('\n\n').find((event) => /^data: /m.test(event)) ?? '');
    if (data) {
      await reader.cancel();
      return JSON.parse(data[1]!);
    }
  }
}

/** The cases of subscription.test.ts (SQLite) and subscription.neo4j.test.ts. */
export function describeSubscription(target: StoreUnderTest): void {
  let close: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await close?.();
    close = null;
  });

  describe('articleIngested', () => {
    it('streams each ingested article over server-sent events', async () => {
      const ingest: IngestArticle = (store) => store.writeArticle(yahooAidGraph);
      const served = await openApp({ open: target.open, apiToken: API_TOKEN, graphs: [pravdaGraph], ingest });
      close = served.close;
      const stream = await served.app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query: 'subscription { articleIngested { title source } }' }),
      });
      const received = firstEventData(stream.body!);
      await served.execute('mutation($text: String!) { ingestArticle(input: { text: $text }) { changed } }',
        { text: yahooAid.article.text }, { authorization: `Bearer ${API_TOKEN}` });
      expect(await received).toEqual({ data: { articleIngested: { title: 'Germany announces new 1.9B euro Ukraine aid boost', source: 'Yahoo' } } });
    });
  });
}
