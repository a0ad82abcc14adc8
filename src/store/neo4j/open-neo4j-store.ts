import neo4j from 'neo4j-driver';
import type { GraphStore } from '../port';
import { addAliasIn } from './add-alias';
import { deleteArticleIn } from './delete-article';
import { ensureSchema } from './ensure-schema';
import { createFactReads } from './fact-reads';
import { createListReads } from './list-reads';
import { mergeEntitiesIn } from './merge-entities';
import { describeOpenFailure } from './neo4j-store-error';
import { createRecordReads } from './record-reads';
import { createTransactions } from './transactions';
import { unmergeEntityIn } from './unmerge-entity';
import { foreignArticleIdIn, writeArticleIn } from './write-article';

export interface Neo4jStoreOptions {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  /** Defaults to "neo4j", the database every Neo4j has. */
  readonly database?: string;
}

/**
 * Connects, checks the server answers and accepts the credentials, and creates the schema if missing.
 * Throws Neo4jStoreError (kind unreachable, unauthorized or unknown-database) with a message saying
 * what to fix, instead of the driver's stack.
 */
export async function openNeo4jStore(options: Neo4jStoreOptions): Promise<GraphStore> {
  const database = options.database ?? 'neo4j';
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password));
  const transactions = createTransactions(driver, database);
  try {
    await driver.verifyConnectivity({ database });
    await ensureSchema(transactions);
  } catch (error) {
    await driver.close();
    throw describeOpenFailure(error, { uri: options.uri, user: options.user, database });
  }

  return {
    kind: 'neo4j',
    async writeArticle(graph) {
      const foreign = foreignArticleIdIn(graph);
      if (foreign !== null) {
        throw new Error(`Article ${graph.article.id} was not written: some of its facts name article ${foreign}; build each graph from one article.`);
      }
      return transactions.write((tx) => writeArticleIn(tx, graph));
    },
    deleteArticle: (id) => transactions.write((tx) => deleteArticleIn(tx, id)),
    mergeEntities: (intoId, fromIds, reason) => transactions.write((tx) => mergeEntitiesIn(tx, intoId, fromIds, reason)),
    unmergeEntity: (id) => transactions.write((tx) => unmergeEntityIn(tx, id)),
    addAlias: (id, alias, reason) => transactions.write((tx) => addAliasIn(tx, id, alias, reason)),
    ...createRecordReads(transactions),
    ...createFactReads(transactions),
    ...createListReads(transactions),
    close: () => driver.close(),
  };
}
