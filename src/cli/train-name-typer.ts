import { writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { loadGoldFolder } from '../../ingest/eval/load-gold';
import { DEFAULT_SOFTMAX_OPTIONS } from '../../ingest/learn/softmax-regression';
import { crossValidate, examplesOf, trainNameTyper, weightsModuleSource, type GoldFolder } from '../../ingest/learn/train-name-typer';

const WEIGHTS_FILE = resolve(import.meta.dirname, '../../ingest/stages/names/name-typer-weights.ts');
function parsePositive(value: string): number {
  const number = Number(value);
  if (!(number > 0)) throw new InvalidArgumentError('expected a positive number, e.g. 0.01');
  return number;
}
const f3 = (value: number): string => value.toFixed(3);

const program = new Command()
  .name('npm run train:typer --')
  .description('Trains the learned name typer on gold folders and writes its weights to ingest/stages/names/name-typer-weights.ts.')
  .argument('<gold-folders...>', 'folders of gold annotation files, e.g. test/fixtures/eval-dev test/fixtures/eval-tune')
  .option('--cv', 'first score each folder with a model trained on the other folders, next to the rules alone')
  .option('--dry-run', 'do not write the weights file')
  .option('--l2 <penalty>', 'L2 penalty on the weights', parsePositive, DEFAULT_SOFTMAX_OPTIONS.l2)
  .action(async (paths: string[], options: { cv?: boolean; dryRun?: boolean; l2: number }) => {
    const training = { ...DEFAULT_SOFTMAX_OPTIONS, l2: options.l2 };
    const folders: GoldFolder[] = await Promise.all(paths.map(async (path) => ({ name: basename(path), articles: await loadGoldFolder(path) })));
    const examples = examplesOf(folders);
    if (options.cv) {
      console.log('leave-one-folder-out entity F1: rules alone → learned (PERSON, ORGANIZATION, PLACE)');
      for (const { folder, rules, learned } of crossValidate(folders, examples, training)) {
        const types = (['PERSON', 'ORGANIZATION', 'PLACE'] as const).map((type) => `${f3(rules.byType[type])}→${f3(learned.byType[type])}`).join('  ');
        console.log(`${folder.padEnd(16)} ${f3(rules.f1)} → ${f3(learned.f1)}   ${types}`);
      }
    }
    const all = [...examples.values()].flat();
    const model = trainNameTyper(all, training);
    if (options.dryRun) return;
    await writeFile(WEIGHTS_FILE, weightsModuleSource(model, folders.map((folder) => folder.name), all.length));
    console.log(`wrote ${WEIGHTS_FILE} (${all.length} name keys)`);
  });

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
