import { createServer } from 'node:http';
import type { GraphStore } from '../store/port';
import type { YogaApp } from './create-yoga-app';

const SHUTDOWN_GRACE_MS = 5_000;

export interface RunningServer {
  readonly url: string;
  /** Stops accepting requests, lets open ones finish, then closes the store. */
  close(): Promise<void>;
}

/** Serves the app on `port` until SIGTERM or SIGINT, then shuts down cleanly. */
export async function listen(app: YogaApp, store: GraphStore, port: number): Promise<RunningServer> {
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve());
  });
  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      const stopped = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      server.closeIdleConnections();
      // Subscription streams never end on their own; give ordinary requests a moment, then cut them.
      const forceClose = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
      await stopped;
      clearTimeout(forceClose);
      await app.dispose();
      await store.close();
    })();
    return closing;
  };
  function onSignal(signal: NodeJS.Signals) {
    app.logger.info(`${signal}: shutting down`);
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.logger.error('Shutdown failed', error);
        process.exit(1);
      },
    );
  }
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  return { url: `http://localhost:${boundPort}${app.graphqlEndpoint}`, close };
}
