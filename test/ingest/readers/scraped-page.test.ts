import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readScrapedPage } from '../../../ingest/readers/scraped-page';

const page = readFileSync('samples/000_0a2885657cd93f50.txt', 'utf8');
const goldText = (id: string): string =>
  (JSON.parse(readFileSync(`test/fixtures/eval-dev/${id}.json`, 'utf8')) as { text: string }).text;

describe('readScrapedPage on the sample page (main article + 3 related)', () => {
  const result = readScrapedPage(page, 'samples/000_0a2885657cd93f50.txt');

  it('finds the four articles by their headlines, in page order', () => {
    expect(result.articles.map((article) => article.title)).toEqual([
      'Zelenskyy announces "tangible progress" on deployment of security contingent by partners',
      "Map Shows Ukraine's Crippling Strikes on Russia's Microchip Plants",
      'Germany announces new 1.9B euro Ukraine aid boost',
      'Ukrainian refugees in Sumy fear Russian advance, shelling',
    ]);
    expect(result.errors).toEqual([]);
  });

  // The gold set holds these bodies exactly as an annotator cut them from the page.
  it.each([
    [0, 'dev-001'],
    [1, 'dev-002'],
    [2, 'dev-003'],
    [3, 'dev-004'],
  ])('article %i has exactly the body of gold %s', (index, id) => {
    expect(result.articles[index]?.text).toBe(goldText(id));
  });

  it('takes publishers from the credit lines, and the main one from its outlet appeal', () => {
    expect(result.articles.map((article) => article.source)).toEqual(['Ukrainska Pravda', 'Miami Herald', 'Yahoo', 'Yahoo']);
  });

  it.each([
    'Support Ukrainska Pravda on Patreon!',
    'Try Our AI Features',
    'Daily8',
    'Comments',
    'Related Articles',
    'KallasRussian',
    'NEWSWEEK DIGITAL LLC',
    '4 hours ago',
  ])('keeps the page chrome %j out of every body', (chrome) => {
    expect(result.articles.filter((article) => article.text.includes(chrome))).toEqual([]);
  });

  // "4 hours ago" is relative to a save time we do not know, so no date is made up from it.
  it('leaves dates unknown when the page gives only relative times', () => {
    expect(result.articles.map((article) => article.publishedAt)).toEqual([null, null, null, null]);
  });
});

describe('readScrapedPage on text with no article in it', () => {
  it('says so as a malformed error instead of inventing one', () => {
    const result = readScrapedPage('Home\nNews\nSport\nComments\nNo comments yet...', 'menu.txt');
    expect(result).toEqual({
      source: 'menu.txt',
      articles: [],
      errors: [{ kind: 'malformed', source: 'menu.txt', detail: 'no headline followed by article text was found on the page' }],
    });
  });
});
