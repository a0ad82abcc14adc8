import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { StoreOpenError, openStore } from '../../src/store/open-store';
import { findNeo4jTestTarget } from './neo4j-test-target';

// GRAPH_STORE=neo4j as a deployment sets it (docker-compose.yml), against the tests' Neo4j.
const target = await findNeo4jTestTarget();

describe.skipIf(!target.ok)(target.ok ? 'openStore with GRAPH_STORE=neo4j' : `skipped: ${target.reason}`, () => {
  if (!target.ok) return;
  const env = {
    GRAPH_STORE: 'neo4j', NEO4J_URI: target.options.uri, NEO4J_USER: target.options.user,
    NEO4J_PASSWORD: target.options.password, NEO4J_DATABASE: target.options.database ?? 'neo4j',
  };

  it('opens the Neo4j store the config names', async () => {
    const store = await openStore(loadConfig(env));
    expect(store.kind).toBe('neo4j');
    await store.close();
  });

  it('turns wrong credentials into a StoreOpenError that names the variables to check', async () => {
    const opening = openStore(loadConfig({ ...env, NEO4J_PASSWORD: 'not-the-password' }));
    await expect(opening).rejects.toThrow(StoreOpenError);
    await expect(opening).rejects.toThrow('check NEO4J_USER and NEO4J_PASSWORD');
  });
});
