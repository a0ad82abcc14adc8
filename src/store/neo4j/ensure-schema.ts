import { existingIndexNames, schemaNameOf, schemaStatements } from './cypher/schema';
import type { Transactions } from './transactions';

const indexWaitSeconds = 120;

/**
 * Creates the constraints and indexes that are missing, then waits until every index is online, so
 * the first search after start sees everything already stored. Neo4j runs each schema command in a
 * transaction of its own.
 */
export async function ensureSchema(transactions: Transactions): Promise<void> {
  const existing = await transactions.read(async (tx) =>
    new Set((await tx.run(existingIndexNames)).records[0]?.get('names') as string[]));
  for (const statement of schemaStatements) {
    if (!existing.has(schemaNameOf(statement))) await transactions.write((tx) => tx.run(statement));
  }
  await transactions.read((tx) => tx.run('CALL db.awaitIndexes($seconds)', { seconds: indexWaitSeconds }));
}
