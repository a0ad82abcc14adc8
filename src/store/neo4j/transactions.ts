import type { Driver, ManagedTransaction } from 'neo4j-driver';

export type TransactionWork<T> = (tx: ManagedTransaction) => Promise<T>;

/**
 * Managed transactions on one database: the driver retries a transient failure by re-running the
 * whole work function, which therefore must only talk to the transaction it is given.
 */
export function createTransactions(driver: Driver, database: string) {
  async function inSession<T>(use: (session: ReturnType<Driver['session']>) => Promise<T>): Promise<T> {
    const session = driver.session({ database });
    try {
      return await use(session);
    } finally {
      await session.close();
    }
  }
  return {
    read: <T>(work: TransactionWork<T>) => inSession((session) => session.executeRead(work)),
    write: <T>(work: TransactionWork<T>) => inSession((session) => session.executeWrite(work)),
  };
}

export type Transactions = ReturnType<typeof createTransactions>;
