// npm start: env → config → store (seeded with the sample when empty) → GraphQL server.
import { performance } from 'node:perf_hooks';
import { describeGraphCounts, describeSourceOutcome } from './cli/messages';
import { type Config, ConfigError, loadConfig } from './config';
import { ingestSubmission } from './ingest-submission';
import { seedSampleIfEmpty } from './seed-sample';
import { createYogaApp } from './server/create-yoga-app';
import { listen } from './server/listen';
import { StoreOpenError, openStore } from './store/open-store';
import type { GraphStore } from './store/port';

/** Prints what the user can fix and exits with `code`; anything unexpected is rethrown with its stack. */
function exitOn<E extends Error>(kind: new (...args: never[]) => E, code: number) {
  return (error: unknown): never => {
    if (!(error instanceof kind)) throw error;
    console.error(error.message);
    process.exit(code);
  };
}

function readConfig(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    return exitOn(ConfigError, 2)(error);
  }
}

const config = readConfig();
const store: GraphStore = await openStore(config).catch(exitOn(StoreOpenError, 1));

const seedStartMs = performance.now();
const seeded = await seedSampleIfEmpty(store);
if (seeded !== null) {
  console.log(`${describeSourceOutcome(seeded)} (sample ingested in ${Math.round(performance.now() - seedStartMs)} ms)`);
}

const yoga = createYogaApp({ store, config, ingest: ingestSubmission });
const server = await listen(yoga, store, config.PORT).catch(async (error: unknown) => {
  await store.close();
  console.error(`Could not serve on port ${config.PORT}: ${error instanceof Error ? error.message : String(error)}`);
  return process.exit(1);
});
console.log(`GraphQL API at ${server.url}`);
console.log(describeGraphCounts(await store.counts()));
