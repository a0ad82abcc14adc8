import { Command } from 'commander';
import { buildEvalReport } from '../../ingest/eval/eval-report';
import { loadGoldFolder } from '../../ingest/eval/load-gold';
import { articleInputOf, runEvaluation } from '../../ingest/eval/run-evaluation';
import { annotateArticle } from '../../ingest/pipeline';
import { formatEvalTable, formatExplanation } from './eval-table';

const program = new Command()
  .name('npm run eval --')
  .description('Runs the extraction pipeline on every gold article (*.json) in a folder and scores it (see FORMAT.md).')
  .argument('<gold-folder>', 'folder of gold annotation files, e.g. test/fixtures/eval-dev')
  .option('--json', 'print one JSON object with the figures and nothing else')
  .option('--explain', 'also list, per article, the missed and spurious items, misattributed quotes and events with a wrong place or date')
  .action(async (folder: string, options: { json?: boolean; explain?: boolean }) => {
    const golds = await loadGoldFolder(folder);
    // One untimed run first, so words/s measures annotation rather than module and model start-up.
    if (golds[0]) annotateArticle(articleInputOf(golds[0]));
    const { scores, throughput } = runEvaluation(golds, annotateArticle, () => performance.now());
    const report = buildEvalReport(scores, throughput);
    if (options.json) {
      process.stdout.write(`${JSON.stringify(report)}\n`);
      return;
    }
    if (options.explain) console.log(`${formatExplanation(scores)}\n`);
    console.log(formatEvalTable(report));
  });

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
