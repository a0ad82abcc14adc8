import { join } from 'node:path';
import type { Config } from '../config';
import { Neo4jStoreError } from './neo4j/neo4j-store-error';
import { openNeo4jStore } from './neo4j/open-neo4j-store';
import type { GraphStore } from './port';
import { openSqliteStore } from './sqlite/open-sqlite-store';

/** The configured store could not be opened; the message says what failed and what to do. */
export class StoreOpenError extends Error {
  override readonly name = 'StoreOpenError';
}

/** Where the embedded store keeps the graph of `config.DATA_DIR`. */
export const sqliteGraphPath = (config: Config): string => join(config.DATA_DIR, 'graph.db');

/**
 * Opens the store `config.GRAPH_STORE` names: SQLite at `${DATA_DIR}/graph.db`, creating it if needed,
 * or the Neo4j database at NEO4J_URI, creating its constraints and indexes if needed.
 */
export async function openStore(config: Config): Promise<GraphStore> {
  switch (config.GRAPH_STORE) {
    case 'sqlite': {
      const path = sqliteGraphPath(config);
      try {
        return await openSqliteStore({ path });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new StoreOpenError(`Could not open the SQLite graph at ${path}: ${reason}`);
      }
    }
    case 'neo4j':
      try {
        return await openNeo4jStore({
          uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, database: config.NEO4J_DATABASE,
        });
      } catch (error) {
        // Unreachable, refused or unknown database: the message already says which variable to fix.
        if (error instanceof Neo4jStoreError) throw new StoreOpenError(error.message, { cause: error });
        throw error;
      }
  }
}
