// The stores the API and end-to-end tests run against: SQLite always, Neo4j in `*neo4j.test.ts` files
// (one file at a time, see vitest.config.ts), each file a thin call of the same cases.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { type Config, loadConfig } from '../../src/config';
import { openNeo4jStore } from '../../src/store/neo4j/open-neo4j-store';
import type { GraphStore } from '../../src/store/port';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { findNeo4jTestTarget, wipeNeo4jTestDatabase } from './neo4j-test-target';

export interface StoreUnderTest {
  readonly kind: GraphStore['kind'];
  /** A store over an empty graph. */
  open(): Promise<GraphStore>;
  /** The configuration npm start would be given for an empty store of this kind (LOG_LEVEL error). */
  emptyStoreConfig(): Promise<Config>;
}

export const sqliteUnderTest: StoreUnderTest = {
  kind: 'sqlite',
  open: () => openSqliteStore({ path: ':memory:' }),
  emptyStoreConfig: async () => loadConfig({ DATA_DIR: await mkdtemp(join(tmpdir(), 'sqlite-under-test-')), LOG_LEVEL: 'error' }),
};

/**
 * Describes `cases` against the tests' Neo4j (every open wipes its database), or skips them with the
 * reason in the name when there is none; under CI=true a missing Neo4j fails instead.
 */
export async function describeOnNeo4j(cases: (store: StoreUnderTest) => void): Promise<void> {
  const target = await findNeo4jTestTarget();
  describe.skipIf(!target.ok)(target.ok ? 'against a real Neo4j' : `skipped: ${target.reason}`, () => {
    if (!target.ok) return;
    const { options } = target;
    cases({
      kind: 'neo4j',
      async open() {
        await wipeNeo4jTestDatabase(options);
        return openNeo4jStore(options);
      },
      async emptyStoreConfig() {
        await wipeNeo4jTestDatabase(options);
        return loadConfig({
          GRAPH_STORE: 'neo4j', NEO4J_URI: options.uri, NEO4J_USER: options.user, NEO4J_PASSWORD: options.password,
          NEO4J_DATABASE: options.database ?? 'neo4j', LOG_LEVEL: 'error',
        });
      },
    });
  });
}
