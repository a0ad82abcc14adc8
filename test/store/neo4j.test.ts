import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { openNeo4jStore } from '../../src/store/neo4j/open-neo4j-store';
import type { EntityId } from '../../src/domain/ids';
import type { GraphStore } from '../../src/store/port';
import {
  kyiv, kyivsMilitary, newsweekGraph, pravdaGraph, rezonitFacility, ukraine, ukrainesMilitary, umierov,
  umierovDefenceMinister, yahooAidGraph,
} from '../fixtures/sample-graphs';
import { describeGraphStore } from './graph-store.contract';
import { findNeo4jTestTarget, queryNeo4jTestDatabase, wipeNeo4jTestDatabase } from './neo4j-test-target';

/** What the store says about some entities, their links and name lookups, minus one alias added by hand. */
async function readBack(store: GraphStore, ids: EntityId[], handAlias: string) {
  const withoutHandAlias = (entity: { aliases: readonly string[] } | null) =>
    entity && { ...entity, aliases: entity.aliases.filter((alias) => alias !== handAlias) };
  return {
    entities: (await store.entitiesByIds(ids)).map(withoutHandAlias),
    named: (await store.entitiesByNameKeys(['kyiv military', 'ukrainian army', 'rezonit facility', 'kyiv'])).map((found) => found.map(withoutHandAlias)),
    mentions: await store.mentionsByEntityIds(ids),
    quotesBy: await store.quotesBySpeakerIds(ids),
    quotesAbout: await store.quotesAboutEntityIds(ids),
    events: await store.eventsByEntityIds(ids),
    merges: (await store.mergesByEntityIds(ids)).map((records) => records.filter((record) => record.name !== handAlias)),
  };
}

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

      // Each merge keeps its own snapshot, which travels with its entity into a later merge and comes back with it.
      it('undoes a merge of two entities at once, and a merge of an entity that had others merged into it', async () => {
        const store = use();
        for (const graph of [pravdaGraph, newsweekGraph, yahooAidGraph]) await store.writeArticle(graph);
        const ids = [ukrainesMilitary.id, kyivsMilitary.id, rezonitFacility.id, kyiv.id, ukraine.id];
        const before = await readBack(store, ids, 'ZSU');
        await store.mergeEntities(ukrainesMilitary.id, [kyivsMilitary.id, rezonitFacility.id], 'the same forces');
        await store.addAlias(ukrainesMilitary.id, 'ZSU', 'added by hand between the merges');
        await store.mergeEntities(ukraine.id, [ukrainesMilitary.id, kyiv.id], 'too eager');
        expect((await store.unmergeEntity(ukraine.id))?.map((entity) => entity.name)).toEqual(["Ukraine's military", 'Kyiv']);
        expect((await store.unmergeEntity(ukrainesMilitary.id))?.map((entity) => entity.name))
          .toEqual(["Kyiv's military", 'Rezonit facility']);
        expect((await store.entitiesByIds([ukrainesMilitary.id]))[0]?.aliases).toContain('ZSU');
        expect(await readBack(store, ids, 'ZSU')).toEqual(before);
      });
    },
  });
});
