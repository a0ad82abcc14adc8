import { Command } from 'commander';
import { type SourceOutcome, ingestSourceFile } from '../../ingest/ingest-source';
import { ConfigError, loadConfig } from '../config';
import { openStore } from '../store/open-store';
import { startProgress } from './progress';
import { listInputFiles } from './list-input-files';
import { INGEST_DESCRIPTION, describeRunSummary, describeSourceOutcome } from './messages';

// A folder may hold notes or READMEs beside the articles: a file of an unknown kind found by
// walking is skipped, while one named on the command line is an error.
const isSkipped = (outcome: SourceOutcome, isInFolder: boolean): boolean =>
  isInFolder && outcome.ingested.length === 0 && outcome.readErrors.every((error) => error.kind === 'unsupported');

const hasFailed = (outcome: SourceOutcome): boolean => outcome.readErrors.length > 0 || outcome.failures.length > 0;

const program = new Command()
  .name('npm run ingest --')
  .description(INGEST_DESCRIPTION)
  .argument('<paths...>', 'files or folders to ingest')
  .action(async (paths: string[]) => {
    // The same configuration as the server, so both use the same graph.
    const store = await openStore(loadConfig(process.env));
    const files = await listInputFiles(paths);
    const progress = startProgress(files.length, process.stderr.isTTY === true, { task: 'ingest', items: 'files' });
    let readFiles = 0;
    let failedFiles = 0;
    let articles = 0;
    try {
      for (const file of files) {
        const outcome = await ingestSourceFile(store, file.path);
        if (isSkipped(outcome, file.isInFolder)) {
          progress.itemDone(null);
          continue;
        }
        readFiles += 1;
        if (hasFailed(outcome)) failedFiles += 1;
        articles += outcome.ingested.length;
        progress.itemDone(describeSourceOutcome(outcome));
      }
    } finally {
      progress.stop();
      await store.close();
    }
    console.log(describeRunSummary(readFiles, failedFiles, articles));
    if (failedFiles > 0) process.exitCode = 1;
  });

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  // As for npm start: 2 when the configuration must be fixed, 1 for anything else.
  process.exitCode = error instanceof ConfigError ? 2 : 1;
});
