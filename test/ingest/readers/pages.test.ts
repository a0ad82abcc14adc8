// The four development pages from other sites (test/fixtures/pages/README.md): the main article
// must come out with its headline, the exact first and last words, and none of the page clutter.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readScrapedPage } from '../../../ingest/readers/scraped-page';

interface PageExpectation {
  readonly title: string;
  readonly source: string;
  readonly url: string;
  readonly firstWords: string;
  readonly lastWords: string;
  readonly notEntities: readonly string[];
}

/** Lowercase words with punctuation folded away, as the fixture README compares them. */
const foldWords = (text: string): string[] =>
  text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/u).filter((word) => word.length > 0);

describe.each(['01', '02', '03', '04'])('page-%s', (id) => {
  const page = readFileSync(`test/fixtures/pages/page-${id}.txt`, 'utf8');
  const expected = JSON.parse(readFileSync(`test/fixtures/pages/page-${id}.expect.json`, 'utf8')) as PageExpectation;
  const result = readScrapedPage(page, `page-${id}.txt`);
  const main = result.articles[0];
  const body = foldWords(main?.text ?? '');

  it('yields the main article alone (teasers are not articles)', () => {
    expect(result.articles.map((article) => article.title)).toEqual([expected.title]);
  });

  it('starts the body with the expected first words', () => {
    const first = foldWords(expected.firstWords);
    expect(body.slice(0, first.length)).toEqual(first);
  });

  it('ends the body with the expected last words', () => {
    const last = foldWords(expected.lastWords);
    expect(body.slice(-last.length)).toEqual(last);
  });

  it.each(expected.notEntities)('keeps the clutter %j out of title and body', (clutter) => {
    expect(`${main?.title}\n${main?.text}`).not.toContain(clutter);
  });

  // None of these pages prints its publisher or address; the expected values come from outside
  // the page. The reader must then say "unknown" rather than promote page text to a publisher.
  it('reports the publisher and url only when the page states them', () => {
    expect({ source: main?.source, url: main?.url }).toEqual({
      source: page.includes(expected.source) ? expected.source : null,
      url: page.includes(expected.url) ? expected.url : null,
    });
  });
});

describe('page dates', () => {
  // Why per page: one page prints a header date, another a crawler "date" field plus a timestamp.
  it.each([
    ['01', '2024-01-26'],
    ['02', null],
    ['03', '2019-04-07T11:45'],
    ['04', null],
  ])('page-%s is dated %j', (id, date) => {
    const page = readFileSync(`test/fixtures/pages/page-${id}.txt`, 'utf8');
    expect(readScrapedPage(page, id).articles[0]?.publishedAt).toBe(date);
  });
});
