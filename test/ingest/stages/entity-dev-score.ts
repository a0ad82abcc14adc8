// Dev aid, not a test: runs the entity stages over a gold folder and prints entity P/R/F1 per
// type by the FORMAT.md rules, the misses of each article, and the stages' words per second.
// Usage: npx tsx test/ingest/stages/entity-dev-score.ts [gold-dir] [--quiet]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_TYPES, type EntityType } from '../../../src/domain/entity';
import { resolveCoreferences } from '../../../ingest/stages/coreference';
import { findMentions } from '../../../ingest/stages/mentions';
import { splitSentences } from '../../../ingest/stages/sentences';

interface GoldEntity { name: string; type: EntityType; aliases: string[] }
interface Gold { id: string; text: string; title: string | null; entities: GoldEntity[] }

const dir = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'test/fixtures/eval-dev';
const quiet = process.argv.includes('--quiet');
const norm = (name: string): string => name.toLowerCase().replace(/[’]/g, "'").replace(/^the\s+/, '').replace(/'s$/, '').trim();
const counts = Object.fromEntries(ENTITY_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<EntityType, { tp: number; fp: number; fn: number }>;
let words = 0;
let elapsedMs = 0;

for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Gold;
  const t0 = performance.now();
  const doc = resolveCoreferences(findMentions(splitSentences({ text: gold.text, title: gold.title, url: null, source: null, publishedAt: null })));
  elapsedMs += performance.now() - t0;
  words += gold.text.split(/\s+/).length;
  const matched = new Set<GoldEntity>();
  const misses: string[] = [];
  for (const entity of doc.entities) {
    const forms = new Set([entity.name, ...entity.aliases].map(norm));
    const hit = gold.entities.find((g) => !matched.has(g) && g.type === entity.type && [g.name, ...g.aliases].some((f) => forms.has(norm(f))));
    if (hit) { matched.add(hit); counts[entity.type].tp += 1; }
    else { counts[entity.type].fp += 1; misses.push(`  FP ${entity.type} ${entity.name} [${entity.aliases.join('|')}]`); }
  }
  for (const g of gold.entities.filter((e) => !matched.has(e))) {
    counts[g.type].fn += 1;
    misses.push(`  FN ${g.type} ${g.name} [${g.aliases.join('|')}]`);
  }
  if (!quiet && misses.length > 0) console.log(`${gold.id}\n${misses.join('\n')}`);
}

const f1 = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }): string => {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r || 1)).toFixed(3)} (tp ${tp} fp ${fp} fn ${fn})`;
};
for (const type of ENTITY_TYPES) console.log(type.padEnd(12), f1(counts[type]));
const all = ENTITY_TYPES.reduce((s, t) => ({ tp: s.tp + counts[t].tp, fp: s.fp + counts[t].fp, fn: s.fn + counts[t].fn }), { tp: 0, fp: 0, fn: 0 });
console.log('ALL'.padEnd(12), f1(all));
console.log(`first pass: ${words} words in ${elapsedMs.toFixed(0)} ms, ${Math.round(words / (elapsedMs / 1000))} words/s`);
// Steady speed, as when ingesting many articles: 20 warm-up rounds, then 20 timed ones.
const texts = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold).text);
const annotateAll = (): void => {
  for (const text of texts) resolveCoreferences(findMentions(splitSentences({ text, title: null, url: null, source: null, publishedAt: null })));
};
for (let round = 0; round < 20; round += 1) annotateAll();
const warmStart = performance.now();
for (let round = 0; round < 20; round += 1) annotateAll();
console.log(`warm: ${Math.round((words * 20) / ((performance.now() - warmStart) / 1000))} words/s`);
