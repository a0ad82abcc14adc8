// Reader for a plain article in a .txt file: an optional headline line, then paragraphs.
import type { ArticleInput } from '../../src/domain/article';
import { endsLikeSentence, isChrome, isProse, wordsOf } from './line-shape';
import type { ReadResult } from './read-result';

const MAX_TITLE_WORDS = 30;

function paragraphsOf(content: string): string[] {
  return content.split(/\r?\n/u).map((line) => line.replace(/\s+/gu, ' ').trim()).filter((line) => line.length > 0);
}

/** Short and without a final period: a headline, not the article's first sentence. */
function isTitleLine(line: string): boolean {
  const count = wordsOf(line).length;
  return count > 0 && count <= MAX_TITLE_WORDS && !/[.:;,]["”’]?$/u.test(line);
}

/**
 * Every line after the first reads as article text, with no page chrome: a clean article rather
 * than a scraped page, which needs the page reader to find its articles.
 */
export function isPlainArticle(content: string): boolean {
  return paragraphsOf(content)
    .slice(1)
    .every((line) => (isProse(line) || endsLikeSentence(line)) && !isChrome(line));
}

export function readPlainText(content: string, source: string): ReadResult {
  const [first, ...rest] = paragraphsOf(content);
  if (first === undefined) return { source, articles: [], errors: [{ kind: 'empty', source }] };
  const hasTitle = rest.length > 0 && isTitleLine(first);
  const article: ArticleInput = {
    title: hasTitle ? first : null,
    text: (hasTitle ? rest : [first, ...rest]).join('\n'),
    url: null,
    source: null,
    publishedAt: null,
  };
  return { source, articles: [article], errors: [] };
}
