import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { kyivsMilitary, newsweekGraph, pravdaGraph, ukrainesMilitary } from '../fixtures/sample-graphs';
import { runCli } from './run-cli';

const runCopy = (args: string[], env: Record<string, string> = {}) => runCli('src/cli/copy-store.ts', args, env);

describe('npm run copy-store from one sqlite data folder into another', () => {
  let fromDir: string;
  let toDir: string;
  let result: ReturnType<typeof runCopy>;
  beforeAll(async () => {
    fromDir = await mkdtemp(join(tmpdir(), 'copy-from-'));
    toDir = await mkdtemp(join(tmpdir(), 'copy-to-'));
    const source = await openSqliteStore({ path: join(fromDir, 'graph.db') });
    await source.writeArticle(pravdaGraph);
    await source.writeArticle(newsweekGraph);
    await source.mergeEntities(ukrainesMilitary.id, [kyivsMilitary.id], 'same armed forces');
    await source.close();
    result = runCopy(['--from', 'sqlite', '--from-data-dir', fromDir, '--to', 'sqlite', '--to-data-dir', toDir]);
  }, 90_000);

  it('says what it copied and leaves the merged graph in the target', async () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^copied 2 articles \\(2 new or changed\\) and 1 hand-given alias\\(es\\) from sqlite in ${fromDir} to sqlite in ${toDir} in \\d+ ms\\.\\n$`));
    const target = await openSqliteStore({ path: join(toDir, 'graph.db') });
    const [military, gone] = await target.entitiesByIds([ukrainesMilitary.id, kyivsMilitary.id]);
    await target.close();
    expect([military?.aliases, gone]).toEqual([["Kyiv's military", 'Ukrainian army'], null]);
  });
});

describe('npm run copy-store refusals', () => {
  it('names the store that cannot be reached, and exits 1', async () => {
    const fromDir = await mkdtemp(join(tmpdir(), 'copy-from-'));
    await (await openSqliteStore({ path: join(fromDir, 'graph.db') })).close();
    const { status, stderr } = runCopy(['--from', 'sqlite', '--from-data-dir', fromDir, '--to', 'neo4j'], {
      NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'not-used', NEO4J_DATABASE: 'neo4j',
    });
    expect([status, stderr]).toEqual([1,
      'The target store (neo4j at bolt://127.0.0.1:1) could not be opened: No Neo4j answers at bolt://127.0.0.1:1: start it, or set NEO4J_URI to where it runs.\n']);
  });

  it('refuses a source folder with no graph and a target that is the source', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'copy-empty-'));
    expect(runCopy(['--from', 'sqlite', '--from-data-dir', empty, '--to', 'sqlite', '--to-data-dir', join(empty, 'b')]).stderr)
      .toBe(`There is no graph to copy in ${empty} (no graph.db); set --from-data-dir or DATA_DIR.\n`);
    expect(runCopy(['--from', 'sqlite', '--to', 'sqlite'], { DATA_DIR: empty }).stderr)
      .toBe(`Source and target are the same store (sqlite in ${empty}); name another target.\n`);
  });
});
