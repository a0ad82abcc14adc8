import { type IngestOutcome, ingestArticle } from '../ingest/ingest-source';
import { readHtml } from '../ingest/readers/html';
import type { ArticleSubmission } from '../schema/builder';
import { badUserInput } from '../schema/errors';
import type { GraphStore } from './store/port';

/**
 * The `ingestArticle` mutation's pipeline. Text goes in as given; an HTML page is cut to its article
 * as the HTML reader cuts a file, so navigation and related-story lists stay out of the graph.
 */
export async function ingestSubmission(store: GraphStore, { text, html, ...given }: ArticleSubmission): Promise<IngestOutcome> {
  if (text !== null) return ingestArticle(store, { ...given, text });
  const [page] = readHtml(html ?? '', given.url ?? 'the submitted HTML').articles;
  if (page === undefined) throw badUserInput('input.html', 'holds no visible article text.');
  // What the caller says about the article wins over the page's own metadata.
  return ingestArticle(store, {
    text: page.text,
    title: given.title ?? page.title,
    url: given.url ?? page.url,
    source: given.source ?? page.source,
    publishedAt: given.publishedAt ?? page.publishedAt,
  });
}
