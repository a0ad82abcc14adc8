import { fileURLToPath } from 'node:url';
import { type SourceOutcome, ingestSourceFile } from '../ingest/ingest-source';
import type { GraphStore } from './store/port';

/** A real scraped page (one article and three related ones), so a first start has a graph to query. */
export const SAMPLE_PATH = fileURLToPath(new URL('../samples/000_0a2885657cd93f50.txt', import.meta.url));

/** Ingests the sample into a store that holds no article yet; null, touching nothing, when it holds some. */
export async function seedSampleIfEmpty(store: GraphStore): Promise<SourceOutcome | null> {
  if ((await store.counts()).articles > 0) return null;
  return ingestSourceFile(store, SAMPLE_PATH);
}
