import { readFileSync } from 'node:fs';
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { runCli } from './run-cli';

const SAMPLE_LINE = JSON.parse(readFileSync('test/fixtures/eval-dev/dev-005.json', 'utf8'));

function runIngest(args: string[], dataDir: string) {
  const run = runCli('src/cli/ingest.ts', args, { DATA_DIR: dataDir });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('npm run ingest with bad inputs among good ones', () => {
  let dir: string;
  let dataDir: string;
  let result: ReturnType<typeof runIngest>;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ingest-cli-'));
    const article = { title: SAMPLE_LINE.title, text: SAMPLE_LINE.text, source: SAMPLE_LINE.source };
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]));
    await writeFile(join(dir, 'cut.json'), '{"title": "Zelenskyy announces", "text": "President');
    await writeFile(join(dir, 'feed.ndjson'), `${JSON.stringify(article)}\n{"title": oops}\n`);
    await copyFile('samples/000_0a2885657cd93f50.txt', join(dir, 'page.txt'));
    dataDir = await mkdtemp(join(tmpdir(), 'ingest-cli-data-'));
    result = runIngest([dir], dataDir);
  }, 90_000);

  it('exits non-zero and names each bad file (and the NDJSON line)', () => {
    expect(result.status).toBe(1);
    expect(result.output).toContain(`${join(dir, 'empty.txt')} is empty`);
    expect(result.output).toContain(`${join(dir, 'binary.txt')} is not text`);
    expect(result.output).toMatch(new RegExp(`${join(dir, 'cut.json')}(:1)? could not be parsed`));
    expect(result.output).toContain(`${join(dir, 'feed.ndjson')}:2 could not be parsed`);
  });

  it('still stores the good articles, including the good NDJSON line', async () => {
    const store = await openSqliteStore({ path: join(dataDir, 'graph.db') });
    const { totalCount } = await store.listArticles({}, { offset: 0, limit: 10 });
    const { items } = await store.listArticles({ source: SAMPLE_LINE.source }, { offset: 0, limit: 10 });
    await store.close();
    expect(result.output).toContain(`${join(dir, 'page.txt')}: 4 articles`);
    expect(result.output).toContain(
      'ingested 5 articles from 5 file(s); 4 file(s) had errors (see above): fix them and run again, nothing stored is duplicated.\n');
    expect(totalCount).toBe(5);
    expect(items.map((article) => article.title)).toContain(SAMPLE_LINE.title);
  });
});

describe('npm run ingest --help', () => {
  it('says what it reads and where it stores', () => {
    const { status, output } = runIngest(['--help'], tmpdir());
    expect(status).toBe(0);
    expect(output).toContain('Usage: npm run ingest -- [options] <paths...>');
    expect(output).toContain('  .ndjson/.jsonl   one article per line\n');
    // commander wraps lines longer than 80 columns; ours are kept shorter so the list stays a list
    expect(output.split('\n').filter((line) => line.length > 80)).toEqual([]);
  });
});
