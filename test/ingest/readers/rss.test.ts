import { describe, expect, it } from 'vitest';
import { readRss } from '../../../ingest/readers/rss';

// Real sentences from the dev gold set (dev-006, dev-007), as a BBC feed would carry them.
const windFarm = "The world's biggest offshore wind farm has been given the go-ahead off the East Yorkshire coast.";
const diversion = 'Local diversion routes have been put in place.';

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>BBC News</title><link>https://www.bbc.co.uk/news</link>
<item>
  <title>'World's biggest' wind farm secures Yorkshire coast contract</title>
  <link>https://feeds.bbci.co.uk/news/uk-england-41228969</link>
  <pubDate>Mon, 11 Sep 2017 10:27:36 GMT</pubDate>
  <description>&lt;p&gt;${windFarm}&lt;/p&gt;</description>
</item>
<item>
  <title>The A432 bridge over M4 to shut after cracks spotted</title>
  <link>https://www.bbc.com/news/uk-england-bristol-66173523</link>
  <description>Short summary</description>
  <content:encoded><![CDATA[<p>A bridge taking traffic across the M4 motorway is to close for repairs.</p><p>${diversion}</p>]]></content:encoded>
</item>
<item><title>Headline only</title><link>https://www.bbc.com/news/1</link></item>
</channel></rss>`;

describe('readRss on RSS 2.0', () => {
  const result = readRss(rss, 'bbc.rss');

  it('turns each item into an article with its link, feed title as publisher and an ISO date', () => {
    expect(result.articles[0]).toEqual({
      title: "'World's biggest' wind farm secures Yorkshire coast contract",
      text: windFarm,
      url: 'https://feeds.bbci.co.uk/news/uk-england-41228969',
      source: 'BBC News',
      publishedAt: '2017-09-11T10:27:36.000Z',
    });
  });

  // Why: content:encoded is the full story; description is often only a teaser.
  it('prefers content:encoded over description and strips its HTML', () => {
    expect(result.articles[1]?.text).toBe(`A bridge taking traffic across the M4 motorway is to close for repairs.\n${diversion}`);
  });

  it('reports an item with nothing to read by its number', () => {
    expect(result.errors).toEqual([{ kind: 'malformed', source: 'bbc.rss', detail: 'item 3 has no description or content to read' }]);
  });
});

describe('readRss on Atom', () => {
  it('reads entries with their alternate link and published date', () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>BBC News</title>
      <entry><title type="html">Bridge to shut</title>
        <link rel="self" href="https://example.org/self"/><link href="https://www.bbc.com/news/uk-england-bristol-66173523"/>
        <published>2023-07-12T08:00:00+01:00</published><summary>${diversion}</summary></entry></feed>`;
    expect(readRss(atom, 'bbc.atom').articles).toEqual([
      { title: 'Bridge to shut', text: diversion, url: 'https://www.bbc.com/news/uk-england-bristol-66173523', source: 'BBC News', publishedAt: '2023-07-12T07:00:00.000Z' },
    ]);
  });
});

describe('readRss on bad input', () => {
  it('names the line of broken XML', () => {
    const result = readRss('<rss>\n<channel>\n<item></channel></rss>', 'broken.rss');
    expect(result.errors.map((error) => error.kind === 'malformed' && error.line)).toEqual([3]);
  });

  it('says when well-formed XML is not a feed', () => {
    expect(readRss('<html><body/></html>', 'page.xml').errors).toEqual([
      { kind: 'malformed', source: 'page.xml', detail: 'not an RSS 2.0 or Atom feed (no <rss><channel> or <feed>)' },
    ]);
  });
});
