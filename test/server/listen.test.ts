import { describe, expect, it } from 'vitest';
import { listen } from '../../src/server/listen';
import { openApp } from './open-app';

describe('listen', () => {
  it('serves the app over HTTP, and close() stops the server and then closes the store', async () => {
    const served = await openApp();
    const running = await listen(served.app, served.store, 0);
    const health = await fetch(running.url.replace(/\/graphql$/, '/health'));
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok', store: 'sqlite', articles: 3 }]);
    await running.close();
    await expect(fetch(running.url)).rejects.toThrow();
    await expect(served.store.counts()).rejects.toThrow(/not open/);
  });
});
