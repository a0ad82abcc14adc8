import { describe, expect, it } from 'vitest';
import { isPlainArticle, readPlainText } from '../../../ingest/readers/text';

const title = 'The A432 bridge over M4 to shut after cracks spotted';
const paragraphs = [
  'A bridge taking traffic across the M4 motorway is to close for repairs after inspectors noticed cracks in the structure.',
  'Motorists have been warned that the A432 Badminton Road overbridge, which links Bristol with Yate, will close from 19:00 BST on Wednesday.',
  'Local diversion routes have been put in place.',
];

describe('readPlainText', () => {
  it('takes a short first line without a final period as the headline', () => {
    const result = readPlainText(`${title}\n\n${paragraphs.join('\n\n')}\n`, 'bridge.txt');
    expect(result.articles).toEqual([{ title, text: paragraphs.join('\n'), url: null, source: null, publishedAt: null }]);
  });

  // Why: an article that opens straight into its lede has no headline to lose.
  it('keeps a first line that is a sentence as body text', () => {
    const result = readPlainText(paragraphs.join('\n'), 'bridge.txt');
    expect(result.articles.map(({ title: found, text }) => ({ found, text }))).toEqual([{ found: null, text: paragraphs.join('\n') }]);
  });

  it('reports whitespace-only text as empty', () => {
    expect(readPlainText(' \n\t\n', 'blank.txt').errors).toEqual([{ kind: 'empty', source: 'blank.txt' }]);
  });
});

describe('isPlainArticle', () => {
  it('accepts a headline followed by paragraphs', () => {
    expect(isPlainArticle(`${title}\n${paragraphs.join('\n')}`)).toBe(true);
  });

  it('rejects a page with chrome after the article', () => {
    expect(isPlainArticle(`${title}\n${paragraphs.join('\n')}\nComments\nNo comments yet...`)).toBe(false);
  });
});
