import { describe, expect, it } from 'vitest';
import { readJson } from '../../../ingest/readers/json';
import { readNdjson } from '../../../ingest/readers/ndjson';

const heatwave = {
  title: 'India minister blames climate change for deadly heatwave, weak monsoon',
  text: "NEW DELHI, June 2 India's earth sciences minister has blamed climate change for a heatwave that has killed 2,500 people.",
  url: 'http://in.reuters.com/article/india-climate-change-idINL3N0YO3UQ20150602',
  source: 'Reuters',
  publishedAt: '2015-06-02',
};
const windFarm = { text: "The world's biggest offshore wind farm has been given the go-ahead off the East Yorkshire coast." };

describe('readJson', () => {
  it('reads one article object, ignoring fields it does not use', () => {
    const result = readJson(JSON.stringify({ ...heatwave, wordCount: 22 }), 'one.json');
    expect(result).toEqual({ source: 'one.json', articles: [heatwave], errors: [] });
  });

  it('reads an array, and a bad entry costs only that entry', () => {
    const result = readJson(JSON.stringify([windFarm, { title: 'no text' }, heatwave]), 'list.json');
    expect(result.articles.map((article) => article.text)).toEqual([windFarm.text, heatwave.text]);
    expect(result.errors.map((error) => error.detail)).toEqual(['item 1: the article has no "text" field: each article needs its text']);
  });

  it('names the line of a syntax error', () => {
    const result = readJson('{\n  "text": "x",\n}', 'broken.json');
    expect(result.errors).toEqual([
      { kind: 'malformed', source: 'broken.json', line: 3, detail: 'Expected double-quoted property name in JSON at position 17 (line 3)' },
    ]);
  });
});

describe('readNdjson', () => {
  const lines = [JSON.stringify(heatwave), '{"text": "cut off', '', JSON.stringify({ title: 'no text' }), JSON.stringify(windFarm)];
  const result = readNdjson(lines.join('\n'), 'feed.ndjson');

  it('still yields the good lines around bad ones', () => {
    expect(result.articles).toEqual([heatwave, { text: windFarm.text, title: null, url: null, source: null, publishedAt: null }]);
  });

  it('reports malformed JSON and a line without text by line number', () => {
    expect(result.errors.map((error) => error.kind === 'malformed' && error.line)).toEqual([2, 4]);
    expect(result.errors.map((error) => error.detail?.split(':')[0])).toEqual(['line 2', 'line 4']);
  });

  it('says which field is wrong and what to put there, in words rather than zod\'s', () => {
    const bad = [{ text: '  ' }, { text: 42 }, { text: 'x', title: 3, url: [] }, 'just a string'].map((value) => JSON.stringify(value));
    expect(readNdjson(bad.join('\n'), 'bad.ndjson').errors.map((error) => error.detail)).toEqual([
      'line 1: "text" is empty: each article needs its text',
      'line 2: "text" is a number: it must be the article\'s text as a string',
      // a list fails the string check and then the length check; only the first is worth saying
      'line 3: "title" is a number: give it as a string, or leave it out; "url" is a list: give it as a string, or leave it out',
      'line 4: a string is not an article: each article is an object with a "text" field',
    ]);
  });
});
