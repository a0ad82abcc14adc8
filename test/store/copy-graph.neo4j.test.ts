import { describe } from 'vitest';
import { openNeo4jStore } from '../../src/store/neo4j/open-neo4j-store';
import { describeCopyInto } from './copy-graph.cases';
import { findNeo4jTestTarget, wipeNeo4jTestDatabase } from './neo4j-test-target';

// Against the Neo4j the store tests use; skipped locally without one, a failure under CI=true.
const target = await findNeo4jTestTarget();

describe.skipIf(!target.ok)(target.ok ? 'against a real Neo4j' : `skipped: ${target.reason}`, () => {
  if (!target.ok) return;
  const { options } = target;
  describeCopyInto('neo4j', async () => {
    await wipeNeo4jTestDatabase(options);
    return openNeo4jStore(options);
  });
});
