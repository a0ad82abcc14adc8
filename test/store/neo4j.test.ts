import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { openNeo4jStore } from '../../src/store/neo4j/open-neo4j-store';
import { pravdaGraph, umierov, umierovDefenceMinister } from '../fixtures/sample-graphs';
import { describeGraphStore } from './graph-store.contract';
import { findNeo4jTestTarget, queryNeo4jTestDatabase, wipeNeo4jTestDatabase } from './neo4j-test-target';

// Against the Neo4j that .ci/run or `npm run test:neo4j` starts (test/neo4j/server.sh). Without one
// the suite fails in CI and is skipped locally, with the reason in its name.
const target = await findNeo4jTestTarget();

describe.skipIf(!target.ok)(target.ok ? 'against a real Neo4j' : `skipped: ${target.reason}`, () => {
  if (!target.ok) return;
  const { options } = target;
  describeGraphStore('neo4j', async () => {
    await wipeNeo4jTestDatabase(options);
    return openNeo4jStore(options);
  }, {
    additionalTests: (use) => {
      it('refuses wrong credentials and an absent server with typed errors that say what to fix', async () => {
        await expect(openNeo4jStore({ ...options, password: 'not-the-password' }))
          .rejects.toMatchObject({ kind: 'unauthorized', message: expect.stringContaining('NEO4J_PASSWORD') });
        await expect(openNeo4jStore({ ...options, uri: 'bolt://127.0.0.1:1' }))
          .rejects.toMatchObject({ kind: 'unreachable', message: expect.stringContaining('bolt://127.0.0.1:1') });
      });

      it('writes a graph Browser shows plainly: typed labels, named relationships, integer counts', async () => {
        await use().writeArticle(pravdaGraph);
        const [row] = await queryNeo4jTestDatabase(options, `
          MATCH (a:Article {id: $articleId})-[m:MENTIONS]->(p:Person {id: $personId})-[r:HOLDS_ROLE]->(place:Place)
          RETURN labels(p) AS labels, m.count AS count, m.sentenceIndexes AS sentences, r.title AS title, place.name AS of`,
        { articleId: pravdaGraph.article.id, personId: umierov.id });
        expect(row?.get('labels').sort()).toEqual(['Entity', 'Person']);
        expect([neo4j.isInt(row?.get('count')), row?.get('sentences').every(neo4j.isInt)]).toEqual([true, true]);
        expect([row?.get('title'), row?.get('of')]).toEqual([umierovDefenceMinister.title, 'Ukraine']);
      });
    },
  });
});
