import { readFile } from 'node:fs/promises';
import neo4j from 'neo4j-driver';
import { Neo4jStoreError } from '../../src/store/neo4j/neo4j-store-error';
import { openNeo4jStore, type Neo4jStoreOptions } from '../../src/store/neo4j/open-neo4j-store';

export type Neo4jTestTarget = { ok: true; options: Neo4jStoreOptions } | { ok: false; reason: string };

const passwordFile = new URL('../../.cache/neo4j/password', import.meta.url);

/**
 * Where the tests' Neo4j is: NEO4J_URI/USER/PASSWORD, else the server test/neo4j/server.sh started
 * (its password file, port NEO4J_TEST_PORT or 7687). Not reachable: a reason to skip, except under
 * CI=true, where it throws. Reachable but refusing the credentials always throws: that is a set-up error.
 */
export async function findNeo4jTestTarget(env: NodeJS.ProcessEnv = process.env): Promise<Neo4jTestTarget> {
  const password = env.NEO4J_PASSWORD ?? (await readFile(passwordFile, 'utf8').catch(() => null));
  const target = password === null
    ? { ok: false as const, reason: 'no NEO4J_PASSWORD and no .cache/neo4j/password; run test/neo4j/server.sh start' }
    : await probe({
      uri: env.NEO4J_URI ?? `bolt://127.0.0.1:${env.NEO4J_TEST_PORT ?? '7687'}`,
      user: env.NEO4J_USER ?? 'neo4j',
      password,
      ...(env.NEO4J_DATABASE ? { database: env.NEO4J_DATABASE } : {}),
    });
  if (!target.ok && env.CI === 'true') throw new Error(`CI needs a Neo4j for the store tests: ${target.reason}`);
  if (!target.ok) console.warn(`Neo4j store tests skipped: ${target.reason}`);
  return target;
}

async function probe(options: Neo4jStoreOptions): Promise<Neo4jTestTarget> {
  try {
    const store = await openNeo4jStore(options);
    await store.close();
    return { ok: true, options };
  } catch (error) {
    if (error instanceof Neo4jStoreError && error.kind === 'unreachable') return { ok: false, reason: error.message };
    throw error;
  }
}

/** Cypher straight to the test database, beside the store: to wipe it, or to look at the graph as Browser would. */
export async function queryNeo4jTestDatabase(options: Neo4jStoreOptions, cypher: string, params: Record<string, unknown> = {}) {
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password));
  try {
    return (await driver.executeQuery(cypher, params, { database: options.database ?? 'neo4j' })).records;
  } finally {
    await driver.close();
  }
}

/** Every test starts from an empty graph; the schema stays, as openNeo4jStore would recreate it. */
export async function wipeNeo4jTestDatabase(options: Neo4jStoreOptions): Promise<void> {
  await queryNeo4jTestDatabase(options, 'MATCH (n) DETACH DELETE n');
}
