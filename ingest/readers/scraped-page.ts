// Reader for raw scraped pages (.txt): one page may hold a main article plus related articles,
// wrapped in navigation, appeals, comments and teaser rails.
import type { ArticleInput } from '../../src/domain/article';
import { AGENCY_SIGN_OFF, wordsOf } from './line-shape';
import { readHeaderDate, readOutletAppeal, readPublisherCredit } from './page-metadata';
import { findSegments, type PageSegment } from './page-segments';
import { splitPage, type PageMetadata } from './page-lines';
import type { ReadResult } from './read-result';

// A teaser (a headline and one to three lede sentences) is a link to an article, not one;
// a page's stories of their own run longer than this.
const MIN_ARTICLE_WORDS = 100;

function countBodyWords(segment: PageSegment): number {
  return segment.paragraphs.reduce((sum, paragraph) => sum + wordsOf(paragraph).length, 0);
}

function toArticle(segment: PageSegment, page: PageMetadata, isFirst: boolean): ArticleInput {
  const paragraphs = segment.paragraphs.map((paragraph, index) =>
    // The agency credit closing the last paragraph is a credit, not part of what was reported.
    index === segment.paragraphs.length - 1 ? paragraph.replace(AGENCY_SIGN_OFF, '') : paragraph,
  );
  return {
    title: segment.title,
    text: paragraphs.join('\n'),
    // The crawler's url and date describe the page, so they belong to the first article on it.
    url: isFirst ? page.url : null,
    source: readPublisherCredit(segment.headerLines) ?? readOutletAppeal(segment.trailerLines),
    publishedAt: readHeaderDate(segment.headerLines) ?? (isFirst ? page.publishedAt : null),
  };
}

/** The articles of one scraped page, in page order; boilerplate and teasers left out. */
export function readScrapedPage(content: string, source: string): ReadResult {
  const { lines, metadata } = splitPage(content);
  const segments = findSegments(lines);
  const articles = segments.filter((segment) => countBodyWords(segment) >= MIN_ARTICLE_WORDS);
  // A page whose only story is short still has that story: keep its longest.
  const longest = [...segments].sort((a, b) => countBodyWords(b) - countBodyWords(a))[0];
  const kept = articles.length > 0 ? articles : longest ? [longest] : [];
  if (kept.length === 0) {
    return {
      source,
      articles: [],
      errors: [{ kind: 'malformed', source, detail: 'no headline followed by article text was found on the page' }],
    };
  }
  return { source, articles: kept.map((segment) => toArticle(segment, metadata, segment === segments[0])), errors: [] };
}
