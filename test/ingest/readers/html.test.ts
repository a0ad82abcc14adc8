import { describe, expect, it } from 'vitest';
import { extractHtmlText, readHtml } from '../../../ingest/readers/html';

// Real sentences from test/fixtures/pages/page-02.txt, wrapped in the markup such pages carry.
const paragraphs = [
  'At the final meeting of this mandate, the mayors and deputy mayors who make up the County of Essex council voted unanimously to support Kingsville’s official stance of opposition to the Ford government’s Strong Mayors Act.',
  'Gord Queen is the current representative for Kingsville at the County of Essex council and is seeking re-election as that town’s deputy mayor.',
  '“We can acknowledge the fact that it might be appropriate in a large city like Toronto or Ottawa, but when we at council table, we want to make sure every voice of every member of council is heard,” Queen said.',
];
const page = `<!doctype html><html><head>
<title>Essex County Council backs Kingsville’s opposition | CTV News</title>
<meta property="og:title" content="Essex County Council backs Kingsville’s opposition to Strong Mayors Act">
<meta property="og:site_name" content="CTV News Windsor">
<meta property="article:published_time" content="2022-10-14T10:05:00-04:00">
<link rel="canonical" href="https://windsor.ctvnews.ca/essex-county-council-backs-kingsville-s-opposition-to-strong-mayors-act-1.6117117">
<script>window.ads = ['<p>not text</p>'];</script><style>p { color: red }</style>
</head><body>
<header><nav><a href="/">News</a> <a href="/sport">Sport</a></nav><h1>Essex County Council backs Kingsville’s opposition</h1></header>
<div class="teaser"><p>Much of Canada is under a weather alert this weekend: here's what to know.</p></div>
<article><div class="body">
<p>${paragraphs[0]}</p>
<p><a href="/related">CTVNews.ca Top Stories</a></p>
<p>${paragraphs[1]}</p>
<p>${paragraphs[2]}</p>
</div></article>
<aside><p>'I gave them a call, they didn't pick up': Canadian furniture store appears to have gone out of business</p></aside>
<footer><p>© 2022 Bell Media. All rights reserved.</p></footer>
</body></html>`;

describe('readHtml', () => {
  const result = readHtml(page, 'page.html');

  it('takes the body from the densest block of paragraphs, without link-only or chrome paragraphs', () => {
    expect(result.articles.map((article) => article.text)).toEqual([paragraphs.join('\n')]);
  });

  it('takes title, publisher, date and url from the head metadata', () => {
    const [article] = result.articles;
    expect({ ...article, text: undefined }).toEqual({
      text: undefined,
      title: 'Essex County Council backs Kingsville’s opposition to Strong Mayors Act',
      source: 'CTV News Windsor',
      publishedAt: '2022-10-14T10:05:00-04:00',
      url: 'https://windsor.ctvnews.ca/essex-county-council-backs-kingsville-s-opposition-to-strong-mayors-act-1.6117117',
    });
  });

  // Why: many pages carry no og: tags; the <h1> is still the headline, even inside <header>.
  it('falls back to the h1 for the title and leaves missing metadata null', () => {
    const bare = readHtml(`<html><body><header><h1>Kingsville opposes the act</h1></header><p>${paragraphs[1]}</p></body></html>`, 'bare.html');
    expect(bare.articles).toEqual([{ title: 'Kingsville opposes the act', text: paragraphs[1], source: null, publishedAt: null, url: null }]);
  });

  it('reports a page with no visible text as malformed', () => {
    expect(readHtml('<html><body><nav>Home</nav><script>x()</script></body></html>', 'nav.html').errors).toEqual([
      { kind: 'malformed', source: 'nav.html', detail: 'the page has no visible article text' },
    ]);
  });
});

describe('extractHtmlText', () => {
  it('puts each block and <br> on its own line and drops markup', () => {
    expect(extractHtmlText('<p>Local diversion routes<br>have been put in place.</p><ul><li>A432</li><li>M4</li></ul>')).toBe(
      'Local diversion routes\nhave been put in place.\nA432\nM4',
    );
  });
});
