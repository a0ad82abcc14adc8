import { Command } from 'commander';
import { loadGoldFolder } from '../../ingest/eval/load-gold';
import { articleInputOf, countWords } from '../../ingest/eval/run-evaluation';
import { annotateArticle } from '../../ingest/pipeline';
import { splitSentences } from '../../ingest/stages/sentences';
import { measureWordsPerSecond } from './measure-words-per-second';

const MIN_MS = 2000;

const program = new Command()
  .name('npm run bench:extract --')
  .description('Times annotateArticle alone on one core over the gold texts, next to two baselines measured in the same run (splitSentences alone, a whitespace split). Prints figures; asserts nothing.')
  .argument('[gold-folder]', 'folder of gold annotation files whose texts are used', 'test/fixtures/eval-dev')
  .action(async (folder: string) => {
    const golds = await loadGoldFolder(folder);
    const inputs = golds.map(articleInputOf);
    const words = inputs.reduce((total, input) => total + countWords(input.text), 0);
    const pipeline = measureWordsPerSecond(inputs, words, annotateArticle, MIN_MS);
    const sentences = measureWordsPerSecond(inputs, words, splitSentences, MIN_MS);
    const tokenising = measureWordsPerSecond(inputs, words, (input) => input.text.split(/\s+/), MIN_MS);
    console.log(`${golds.length} texts, ${words} words per pass, one core`);
    for (const [label, run] of [['annotateArticle', pipeline], ['baseline splitSentences', sentences], ['baseline text.split(/\\s+/)', tokenising]] as const) {
      const ratio = run === pipeline ? '' : `, ${(run.wordsPerSecond / pipeline.wordsPerSecond).toFixed(1)}× the pipeline`;
      console.log(`${label.padEnd(28)}${Math.round(run.wordsPerSecond).toString().padStart(12)} words/s (${run.iterations} passes${ratio})`);
    }
  });

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
