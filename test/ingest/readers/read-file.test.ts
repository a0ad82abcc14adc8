import { copyFile, mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SOURCE_BYTES, readSourceFile } from '../../../ingest/readers/read-file';

const lede = 'A bridge taking traffic across the M4 motorway is to close for repairs after inspectors noticed cracks in the structure.';
let dir: string;
const at = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'readers-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readSourceFile dispatch', () => {
  it('reads a scraped .txt page with the page reader', async () => {
    await copyFile('samples/000_0a2885657cd93f50.txt', at('page.txt'));
    const result = await readSourceFile(at('page.txt'));
    expect(result.articles.map((article) => article.source)).toEqual(['Ukrainska Pravda', 'Miami Herald', 'Yahoo', 'Yahoo']);
  });

  it('reads a clean .txt article as plain text, even a short one the page reader would call a teaser', async () => {
    await writeFile(at('plain.txt'), `Bridge over M4 to shut\n${lede}\n`);
    const result = await readSourceFile(at('plain.txt'));
    expect(result.articles.map(({ title, text }) => ({ title, text }))).toEqual([{ title: 'Bridge over M4 to shut', text: lede }]);
  });

  // Why: saved pages and exports often keep a .txt name whatever their format.
  it('sniffs JSON saved as .txt', async () => {
    await writeFile(at('export.txt'), JSON.stringify({ text: lede, source: 'BBC News' }));
    expect((await readSourceFile(at('export.txt'))).articles.map((article) => article.source)).toEqual(['BBC News']);
  });

  it('reads .jsonl with the line reader', async () => {
    await writeFile(at('feed.jsonl'), `${JSON.stringify({ text: lede })}\nnot json\n`);
    const result = await readSourceFile(at('feed.jsonl'));
    expect({ articles: result.articles.length, lines: result.errors.map((error) => error.kind === 'malformed' && error.line) }).toEqual({
      articles: 1,
      lines: [2],
    });
  });

  it('reads .htm with the HTML reader, extension case aside', async () => {
    await writeFile(at('story.HTM'), `<html><head><meta property="og:site_name" content="BBC News"></head><body><p>${lede}</p></body></html>`);
    expect((await readSourceFile(at('story.HTM'))).articles.map((article) => article.source)).toEqual(['BBC News']);
  });
});

describe('readSourceFile on bad input', () => {
  const kindOf = async (path: string) => (await readSourceFile(path)).errors.map((error) => [error.kind, error.detail]);

  it('reports a zero-byte file as empty', async () => {
    await writeFile(at('zero.txt'), '');
    expect(await kindOf(at('zero.txt'))).toEqual([['empty', 'zero bytes']]);
  });

  it('reports a whitespace-only file as empty', async () => {
    await writeFile(at('blank.json'), ' \n\t \r\n');
    expect(await kindOf(at('blank.json'))).toEqual([['empty', 'only whitespace']]);
  });

  it('reports NUL bytes as binary', async () => {
    await writeFile(at('image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]));
    expect(await kindOf(at('image.txt'))).toEqual([['binary', 'contains NUL bytes']]);
  });

  it('reports invalid UTF-8 as binary', async () => {
    await writeFile(at('latin1.txt'), Buffer.from('Gardaí have confirmed', 'latin1'));
    expect(await kindOf(at('latin1.txt'))).toEqual([['binary', 'not valid UTF-8']]);
  });

  // A sparse file: the size check must refuse it before reading any of it.
  it('refuses a file over the size limit without reading it', async () => {
    await writeFile(at('huge.ndjson'), '');
    await truncate(at('huge.ndjson'), MAX_SOURCE_BYTES + 1);
    expect(await kindOf(at('huge.ndjson'))).toEqual([['too-large', `${MAX_SOURCE_BYTES + 1} bytes; the limit is ${MAX_SOURCE_BYTES}`]]);
  });

  it('reports a missing file as unreadable with its error code, in words', async () => {
    expect(await kindOf(at('missing.txt'))).toEqual([['unreadable', 'ENOENT: no such file']]);
  });

  it('reports a directory as unreadable', async () => {
    await mkdir(at('folder.txt'));
    expect(await kindOf(at('folder.txt'))).toEqual([['unreadable', 'not a regular file']]);
  });

  it('reports an unknown extension as unsupported', async () => {
    await writeFile(at('story.pdf'), lede);
    expect((await readSourceFile(at('story.pdf'))).errors.map((error) => error.kind)).toEqual(['unsupported']);
  });
});
