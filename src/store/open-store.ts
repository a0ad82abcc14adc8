import { join } from 'node:path';
import type { Config } from '../config';
import type { GraphStore } from './port';
import { openSqliteStore } from './sqlite/open-sqlite-store';

/** The configured store could not be opened; the message says what failed and what to do. */
export class StoreOpenError extends Error {
  override readonly name = 'StoreOpenError';
}

/** Opens the store `config.GRAPH_STORE` names: SQLite at `${DATA_DIR}/graph.db`, creating it if needed. */
export async function openStore(config: Config): Promise<GraphStore> {
  switch (config.GRAPH_STORE) {
    case 'sqlite': {
      const path = join(config.DATA_DIR, 'graph.db');
      try {
        return await openSqliteStore({ path });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new StoreOpenError(`Could not open the SQLite graph at ${path}: ${reason}`);
      }
    }
    // The Neo4j adapter (branch neo4j) has not landed in main yet; say so instead of failing later.
    case 'neo4j':
      throw new StoreOpenError('GRAPH_STORE=neo4j: this build has no Neo4j store yet. Start with GRAPH_STORE=sqlite (the default).');
  }
}
