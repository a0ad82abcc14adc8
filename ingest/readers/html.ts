// Reader for HTML pages: metadata from <head>, body from the densest block of paragraphs.
import { load, type CheerioAPI } from 'cheerio';
import type { ArticleInput } from '../../src/domain/article';
import type { ReadResult } from './read-result';

const CHROME_ELEMENTS = 'script, style, noscript, template, nav, header, footer, aside, form, figcaption, iframe';
// A paragraph that is mostly link text is a link list (related stories, tags), not article text.
const MAX_LINK_SHARE = 0.5;

const squeeze = (text: string) => text.replace(/\s+/gu, ' ').trim();

function firstOf(...candidates: (string | undefined)[]): string | null {
  return candidates.map((candidate) => squeeze(candidate ?? '')).find((candidate) => candidate.length > 0) ?? null;
}

function readMetadata($: CheerioAPI): Omit<ArticleInput, 'text'> {
  const meta = (key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).first().attr('content');
  return {
    title: firstOf(meta('og:title'), $('h1').first().text(), $('title').first().text()),
    source: firstOf(meta('og:site_name')),
    publishedAt: firstOf(meta('article:published_time'), $('time[datetime]').first().attr('datetime')),
    url: firstOf($('link[rel="canonical"]').attr('href'), meta('og:url')),
  };
}

/** Text of the paragraphs under the element whose own paragraphs hold the most text. */
function readDensestParagraphs($: CheerioAPI): string[] {
  const byParent = new Map<unknown, string[]>();
  $('p').each((_, element) => {
    const paragraph = $(element);
    const text = squeeze(paragraph.text());
    const linkText = squeeze(paragraph.find('a').text());
    if (text.length === 0 || linkText.length / text.length > MAX_LINK_SHARE) return;
    const parent = paragraph.parent().get(0);
    byParent.set(parent, [...(byParent.get(parent) ?? []), text]);
  });
  const size = (texts: string[]) => texts.reduce((sum, text) => sum + text.length, 0);
  return [...byParent.values()].sort((a, b) => size(b) - size(a))[0] ?? [];
}

/** Visible text of an HTML fragment, one line per block (paragraph, list item, <br>). */
export function extractHtmlText(html: string): string {
  const $ = load(html);
  $(CHROME_ELEMENTS).remove();
  $('br').replaceWith('\n');
  $('p, div, li, h1, h2, h3, h4, h5, h6, blockquote, tr').each((_, element) => {
    $(element).prepend('\n').append('\n');
  });
  return $.root().text().split('\n').map(squeeze).filter((line) => line.length > 0).join('\n');
}

export function readHtml(content: string, source: string): ReadResult {
  const $ = load(content);
  // Metadata first: the headline often sits inside the <header> that is removed as chrome.
  const metadata = readMetadata($);
  $(CHROME_ELEMENTS).remove();
  const paragraphs = readDensestParagraphs($);
  // Pages without <p> markup: fall back to all visible text, one line per block.
  const text = paragraphs.length > 0 ? paragraphs.join('\n') : extractHtmlText($('body').html() ?? '');
  if (text.length === 0) {
    return { source, articles: [], errors: [{ kind: 'malformed', source, detail: 'the page has no visible article text' }] };
  }
  return { source, articles: [{ ...metadata, text }], errors: [] };
}
