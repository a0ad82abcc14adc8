import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const runEval = (args: string[]) => runCli('src/cli/eval.ts', args);

const figure = { precision: expect.any(Number), recall: expect.any(Number), f1: expect.any(Number) };

describe('npm run eval', () => {
  it('--json prints one JSON object of the agreed shape and nothing else', () => {
    const { status, stdout } = runEval(['test/fixtures/eval-dev', '--json']);
    expect(status).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(stdout)).toEqual({
      articles: 12,
      words: 3206,
      wordsPerSecond: expect.any(Number),
      entities: { ...figure, byType: { PERSON: figure, ORGANIZATION: figure, PLACE: figure } },
      quotes: { ...figure, attribution: expect.any(Number), endToEndF1: expect.any(Number) },
      about: { precision: expect.any(Number), recall: expect.any(Number) },
      roles: { ...figure, orgAccuracy: expect.any(Number) },
      events: { ...figure, placeAccuracy: expect.any(Number), dateAccuracy: expect.any(Number) },
    });
  });

  it('fails naming the gold file that is not valid', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'gold-'));
    await writeFile(join(folder, 'dev-x.json'), JSON.stringify({ id: 'dev-x', text: 'Kyiv' }));
    const { status, stderr } = runEval([folder]);
    expect(status).toBe(1);
    expect(stderr).toContain(`${join(folder, 'dev-x.json')} is not a valid gold file`);
  });
});
