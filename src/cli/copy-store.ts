import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { ConfigError, loadConfig, type Config } from '../config';
import { copyGraph } from '../store/copy-graph';
import { openStore, sqliteGraphPath } from '../store/open-store';
import type { GraphStore } from '../store/port';
import { COPY_DESCRIPTION, COPY_EXAMPLES, describeCopyOutcome } from './copy-store-messages';
import { startProgress } from './progress';

const storeKinds = ['sqlite', 'neo4j'] as const;

/** The configuration of one side: the environment's, with the store kind and data folder the options name. */
function configFor(kind: string, dataDir: string | undefined): Config {
  return loadConfig({ ...process.env, GRAPH_STORE: kind, ...(dataDir === undefined ? {} : { DATA_DIR: dataDir }) });
}

const where = (config: Config) => (config.GRAPH_STORE === 'neo4j' ? `neo4j at ${config.NEO4J_URI}` : `sqlite in ${resolve(config.DATA_DIR)}`);

async function open(side: 'source' | 'target', config: Config): Promise<GraphStore> {
  try {
    return await openStore(config);
  } catch (error) {
    throw new Error(`The ${side} store (${where(config)}) could not be opened: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

const program = new Command()
  .name('npm run copy-store --')
  .description(COPY_DESCRIPTION)
  .addOption(new Option('--from <store>', 'the store to copy from').choices(storeKinds).makeOptionMandatory())
  .addOption(new Option('--to <store>', 'the store to copy into').choices(storeKinds).makeOptionMandatory())
  .option('--from-data-dir <dir>', 'DATA_DIR of a sqlite source')
  .option('--to-data-dir <dir>', 'DATA_DIR of a sqlite target')
  .addHelpText('after', COPY_EXAMPLES)
  .action(async (options: { from: string; to: string; fromDataDir?: string; toDataDir?: string }) => {
    const [fromConfig, toConfig] = [configFor(options.from, options.fromDataDir), configFor(options.to, options.toDataDir)];
    if (where(fromConfig) === where(toConfig)) throw new Error(`Source and target are the same store (${where(fromConfig)}); name another target.`);
    if (fromConfig.GRAPH_STORE === 'sqlite' && !existsSync(sqliteGraphPath(fromConfig))) {
      throw new Error(`There is no graph to copy in ${resolve(fromConfig.DATA_DIR)} (no graph.db); set --from-data-dir or DATA_DIR.`);
    }
    const from = await open('source', fromConfig);
    const to = await open('target', toConfig).catch(async (error: unknown) => { await from.close(); throw error; });
    const started = performance.now();
    const progress = startProgress((await from.counts()).articles, process.stderr.isTTY === true, { task: 'copy', items: 'articles' });
    const outcome = await copyGraph(from, to, () => progress.itemDone(null)).finally(async () => {
      progress.stop();
      await Promise.all([from.close(), to.close()]);
    });
    console.log(describeCopyOutcome(outcome, where(fromConfig), where(toConfig), performance.now() - started));
  });

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  // As for npm start and ingest: 2 when the configuration must be fixed, 1 for anything else.
  process.exitCode = error instanceof ConfigError ? 2 : 1;
});
