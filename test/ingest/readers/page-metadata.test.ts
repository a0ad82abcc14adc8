import { describe, expect, it } from 'vitest';
import { isTimestampLine, readHeaderDate, readOutletAppeal, readPublisherCredit } from '../../../ingest/readers/page-metadata';
import { splitPage } from '../../../ingest/readers/page-lines';

describe('readHeaderDate', () => {
  it.each([
    [['By editor', 'Fri, Jan 26, 2024'], '2024-01-26'],
    [['Sunday, April 07, 2019 - 11:45 AM'], '2019-04-07T11:45'],
    [['Mon, 06 Sep 2021 16:45:00 +0100'], '2021-09-06T16:45+01:00'],
    // relative to an unknown save time: no date
    [['4 hours ago'], null],
    // a sentence that mentions a date is not a timestamp
    [['On Friday 4 April 2025, the chiefs of staff of the French and UK militaries visited Kyiv for meetings.'], null],
  ])('%j → %j', (lines, expected) => {
    expect(readHeaderDate(lines)).toBe(expected);
  });

  it('still recognises a relative time as a timestamp line, so it is never a headline', () => {
    expect(isTimestampLine('4 hours ago')).toBe(true);
  });
});

describe('readPublisherCredit', () => {
  it.each([
    [['Miami Herald', '4 hours ago', '- Miami Herald'], 'Miami Herald'],
    [['Source: Reuters'], 'Reuters'],
    // the name printed twice around a timestamp, without a dash
    [['Yahoo', '4 hours ago', 'Yahoo'], 'Yahoo'],
    // a byline names an author, not the outlet
    [['By Digital Desk staff', 'Sunday, April 07, 2019 - 11:45 AM'], null],
    // "Source:" crediting where the news came from, not who published it
    [["Source: Zelenskyy on Telegram; Ukraine's Defence Minister Rustem Umierov"], null],
  ])('%j → %j', (lines, expected) => {
    expect(readPublisherCredit(lines)).toBe(expected);
  });
});

describe('readOutletAppeal', () => {
  it.each([
    [['Support Ukrainska Pravda on Patreon!', 'Try Our AI Features'], 'Ukrainska Pravda'],
    // a lowercase cause is not an outlet
    [['Support local journalism on our site'], null],
  ])('%j → %j', (lines, expected) => {
    expect(readOutletAppeal(lines)).toBe(expected);
  });
});

describe('splitPage', () => {
  it('reads a crawler header field and keeps the rest of its line as page text', () => {
    const { lines, metadata } = splitPage(' date 2019-04-07 NewsSportBusiness\nCalls for clarification');
    expect({ metadata, texts: lines.map((line) => line.text) }).toEqual({
      metadata: { url: null, publishedAt: '2019-04-07' },
      texts: ['NewsSportBusiness', 'Calls for clarification'],
    });
  });

  it('splits paragraphs glued without a space, but not abbreviations or numbers', () => {
    const glued = 'Adoption Center.“I am disappointed,” said McMinnville Mayor Jimmy Haley.Animal Control director Kim Pettrey was told U.S.-made 1.9B';
    expect(splitPage(glued).lines.map((line) => line.text)).toEqual([
      'Adoption Center.',
      '“I am disappointed,” said McMinnville Mayor Jimmy Haley.',
      'Animal Control director Kim Pettrey was told U.S.-made 1.9B',
    ]);
  });
});
