import { GraphQLError } from 'graphql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestSubmission } from '../src/ingest-submission';
import type { GraphStore } from '../src/store/port';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store';

// Sentences of the sample's Ukrainska Pravda article, on a page with the chrome an HTML page has.
const LEAD = 'President Volodymyr Zelenskyy has announced "tangible progress" and shared initial details regarding the potential '
  + 'deployment of a security contingent by international partners to provide security guarantees for Ukraine.';
const BACKGROUND = 'On Friday 4 April, the chiefs of staff of the French and UK militaries visited Kyiv for meetings with senior Ukrainian officials.';
const PAGE = `<html><head><meta property="og:site_name" content="Ukrainska Pravda">
  <meta property="og:title" content="Zelenskyy announces tangible progress"></head>
  <body><nav><a href="/">News</a> <a href="/war">War</a></nav>
  <article><p>${LEAD}</p><p>${BACKGROUND}</p></article>
  <footer><p>Support Ukrainska Pravda on Patreon!</p></footer></body></html>`;

const noMetadata = { title: null, url: null, source: null, publishedAt: null };

describe('ingestSubmission', () => {
  let store: GraphStore;
  beforeEach(async () => {
    store = await openSqliteStore({ path: ':memory:' });
  });
  afterEach(() => store.close());

  it('cuts an HTML page to its article; the caller\'s metadata wins, the page\'s fills the rest', async () => {
    const { articleId } = await ingestSubmission(store, { ...noMetadata, title: 'Tangible progress', text: null, html: PAGE });
    const [article] = await store.articlesByIds([articleId]);
    expect(article).toMatchObject({ text: `${LEAD}\n${BACKGROUND}`, title: 'Tangible progress', source: 'Ukrainska Pravda' });
  });

  it('stores text as given', async () => {
    const { articleId } = await ingestSubmission(store, { ...noMetadata, text: BACKGROUND, html: null });
    expect((await store.articlesByIds([articleId]))[0]?.text).toBe(BACKGROUND);
  });

  it('refuses, with a code the client can act on, a page without article text', async () => {
    const refused = ingestSubmission(store, { ...noMetadata, text: null, html: '<html><body><nav>News</nav></body></html>' });
    await expect(refused).rejects.toThrow(GraphQLError);
    await expect(refused).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect((await store.counts()).articles).toBe(0);
  });
});
