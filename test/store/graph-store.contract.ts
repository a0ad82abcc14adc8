// The GraphStore contract: the same cases for every adapter (sqlite.test.ts, neo4j.test.ts).
//
// What `open` must give: a store over an EMPTY graph, ready to use; the suite writes its fixtures
// and closes the store after each test. Every test opens its own store, so fixture ids may repeat
// across tests. A server-backed store (Neo4j) wipes its database in `open`; files sharing that
// database must then run one after another (vitest --no-file-parallelism, or a project of their own).
//
// Orders the suite holds stores to, beyond port.ts: facts of one article come in text order;
// facts of an entity across articles newest article first (as the list methods); ties end on id;
// lists of entities' aliases are sorted; mentions of an article are compared in any order.
import { afterEach, beforeEach, describe } from 'vitest';
import type { GraphStore } from '../../src/store/port';
import { describeArticleGraphs } from './contract/article-graphs.contract';
import { describeBatchReads } from './contract/batch-reads.contract';
import { describeCuration } from './contract/curation.contract';
import { type UseStore } from './contract/harness';
import { describeLifecycle } from './contract/lifecycle.contract';
import { describeLists } from './contract/lists.contract';
import { describeWrites } from './contract/writes.contract';

export interface GraphStoreContractHooks {
  /** Backend-only cases, run with the same fresh store per test. */
  readonly additionalTests?: (use: UseStore) => void;
}

export function describeGraphStore(name: string, open: () => Promise<GraphStore>, hooks: GraphStoreContractHooks = {}): void {
  describe(`${name} store`, () => {
    let current: GraphStore | null = null;
    const use: UseStore = () => {
      if (current === null) throw new Error('No store is open: use() works only inside a test.');
      return current;
    };
    beforeEach(async () => {
      current = await open();
    });
    afterEach(async () => {
      await current?.close();
      current = null;
    });

    describe('writes', () => describeWrites(use));
    describe('batch reads', () => describeBatchReads(use));
    describe('lists', () => describeLists(use));
    describe('delete, merge, counts', () => describeLifecycle(use));
    describe('curation', () => describeCuration(use));
    describe('article graphs', () => describeArticleGraphs(use));
    if (hooks.additionalTests) describe(`${name} only`, () => hooks.additionalTests?.(use));
  });
}
