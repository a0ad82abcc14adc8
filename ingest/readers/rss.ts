// Reader for RSS 2.0 and Atom feeds: each item or entry becomes one article.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ArticleInput } from '../../src/domain/article';
import { extractHtmlText } from './html';
import type { ReadError, ReadResult } from './read-result';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Lists of one element must still be lists.
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
});

type XmlNode = Record<string, unknown>;

/** Text of an element that may carry attributes (Atom `<title type="html">`). */
function textOf(node: unknown): string | null {
  if (typeof node === 'string' || typeof node === 'number') return String(node).trim() || null;
  if (node && typeof node === 'object' && '#text' in node) return textOf((node as XmlNode)['#text']);
  return null;
}

function linkOf(links: unknown): string | null {
  const list = Array.isArray(links) ? (links as unknown[]) : [];
  // Atom: <link rel="alternate" href="…"/> (rel defaults to alternate); RSS: <link>…</link>.
  const alternate = list.find((link) => {
    const rel = (link as XmlNode)?.['@rel'];
    return typeof link === 'object' && (rel === undefined || rel === 'alternate');
  }) as XmlNode | undefined;
  return (alternate?.['@href'] as string | undefined) ?? textOf(list[0]);
}

function toIsoDate(value: string | null): string | null {
  if (value === null) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function toArticle(item: XmlNode, feedTitle: string | null): ArticleInput | null {
  const html = textOf(item['content:encoded']) ?? textOf(item['content']) ?? textOf(item['description']) ?? textOf(item['summary']);
  const text = html === null ? '' : extractHtmlText(html);
  if (text.length === 0) return null;
  return {
    title: textOf(item['title']),
    text,
    url: linkOf(item['link']),
    source: feedTitle,
    publishedAt: toIsoDate(textOf(item['pubDate']) ?? textOf(item['published']) ?? textOf(item['updated']) ?? textOf(item['dc:date'])),
  };
}

export function readRss(content: string, source: string): ReadResult {
  const valid = XMLValidator.validate(content);
  if (valid !== true) {
    const { msg, line } = valid.err;
    return { source, articles: [], errors: [{ kind: 'malformed', source, line, detail: `line ${line}: ${msg}` }] };
  }
  const root = parser.parse(content) as XmlNode;
  const channel = ((root['rss'] as XmlNode | undefined)?.['channel'] ?? root['feed']) as XmlNode | undefined;
  if (!channel) {
    return { source, articles: [], errors: [{ kind: 'malformed', source, detail: 'not an RSS 2.0 or Atom feed (no <rss><channel> or <feed>)' }] };
  }
  const items = ((channel['item'] ?? channel['entry'] ?? []) as XmlNode[]);
  const feedTitle = textOf(channel['title']);
  const articles: ArticleInput[] = [];
  const errors: ReadError[] = [];
  for (const [index, item] of items.entries()) {
    const article = toArticle(item, feedTitle);
    if (article) articles.push(article);
    else errors.push({ kind: 'malformed', source, detail: `item ${index + 1} has no description or content to read` });
  }
  return { source, articles, errors };
}
