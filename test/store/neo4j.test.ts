import { describe } from 'vitest';
import { openNeo4jStore } from '../../src/store/neo4j/open-neo4j-store';
import { describeGraphStore } from './graph-store.contract';
import { findNeo4jTestTarget, wipeNeo4jTestDatabase } from './neo4j-test-target';

// Against the Neo4j that .ci/run or `npm run test:neo4j` starts (test/neo4j/server.sh). Without one
// the suite fails in CI and is skipped locally, with the reason in its name.
const target = await findNeo4jTestTarget();

describe.skipIf(!target.ok)(target.ok ? 'against a real Neo4j' : `skipped: ${target.reason}`, () => {
  if (!target.ok) return;
  describeGraphStore('neo4j', async () => {
    await wipeNeo4jTestDatabase(target.options);
    return openNeo4jStore(target.options);
  });
});
