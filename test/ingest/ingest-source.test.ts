import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../src/domain/article';
import type { GraphStore } from '../../src/store/port';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { ingestArticle, ingestSourceFile } from '../../ingest/ingest-source';
import { readSourceFile } from '../../ingest/readers/read-file';

const SAMPLE = 'samples/000_0a2885657cd93f50.txt';

async function goldInput(id: string): Promise<ArticleInput> {
  const gold = JSON.parse(await readFile(`test/fixtures/eval-dev/${id}.json`, 'utf8'));
  return { text: gold.text, title: gold.title, url: gold.url, source: gold.source, publishedAt: gold.publishedAt };
}

describe('ingestArticle on the SQLite store', () => {
  let store: GraphStore;
  beforeEach(async () => { store = await openSqliteStore({ path: ':memory:' }); });
  afterEach(() => store.close());

  it('stores every article of the real sample page, and the counts it reports are what the store holds', async () => {
    const outcome = await ingestSourceFile(store, SAMPLE);
    const counts = await store.counts();
    expect(outcome.readErrors).toEqual([]);
    expect(counts.articles).toBe(outcome.ingested.length);
    expect(counts.quotes).toBe(outcome.ingested.reduce((total, article) => total + article.quotes, 0));
    const [main] = await store.articlesByIds([outcome.ingested[0]!.articleId]);
    expect(main?.title).toBe('Zelenskyy announces "tangible progress" on deployment of security contingent by partners');
  });

  it('is idempotent: the same input twice gives the same ids and changes nothing', async () => {
    const { articles } = await readSourceFile(SAMPLE);
    const first = [];
    for (const article of articles) first.push(await ingestArticle(store, article));
    const countsAfterFirst = await store.counts();
    const second = [];
    for (const article of articles) second.push(await ingestArticle(store, article));
    expect(second).toEqual(first.map((outcome) => ({ ...outcome, changed: false })));
    expect(await store.counts()).toEqual(countsAfterFirst);
  });

  it('makes a place named in two articles one entity mentioned by both', async () => {
    const first = await ingestArticle(store, await goldInput('dev-001'));
    const second = await ingestArticle(store, await goldInput('dev-003'));
    const [kyiv] = await store.entitiesByNameKeys(['kyiv']);
    expect(kyiv!.map((entity) => entity.type)).toEqual(['PLACE']);
    const [mentions] = await store.mentionsByEntityIds([kyiv![0]!.id]);
    expect(mentions!.map((mention) => mention.articleId).sort()).toEqual([first.articleId, second.articleId].sort());
  });
});
