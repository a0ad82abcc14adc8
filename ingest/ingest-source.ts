import type { ArticleInput } from '../src/domain/article';
import { type ArticleId, articleIdFor } from '../src/domain/ids';
import type { GraphStore } from '../src/store/port';
import { annotateArticle } from './pipeline';
import type { ReadError } from './readers/read-result';
import { readSourceFile } from './readers/read-file';
import { resolveEntities } from './resolve/resolve-entities';
import { toArticleGraph } from './write';

/** What ingesting one article stored. */
export interface IngestOutcome {
  readonly articleId: ArticleId;
  /** false when the article was already stored with exactly these facts. */
  readonly changed: boolean;
  readonly entities: number;
  readonly quotes: number;
  readonly roles: number;
  readonly events: number;
}

/** annotate → resolve (one batch read) → write (one transaction). Same input, same ids. */
export async function ingestArticle(store: GraphStore, input: ArticleInput): Promise<IngestOutcome> {
  const doc = annotateArticle(input);
  const articleId = articleIdFor(input);
  const resolution = await resolveEntities(store, doc, articleId, new Date().toISOString());
  const graph = toArticleGraph(doc, resolution, articleId);
  const { changed } = await store.writeArticle(graph);
  return {
    articleId, changed,
    entities: graph.entities.length, quotes: graph.quotes.length, roles: graph.roles.length, events: graph.events.length,
  };
}

/** An article that was read but could not be stored; the store kept nothing of it. */
interface ArticleFailure {
  readonly title: string | null;
  readonly message: string;
}

/** What one input file gave: the articles stored, the parts that could not be read, the articles that failed. */
export interface SourceOutcome {
  readonly source: string;
  readonly ingested: readonly IngestOutcome[];
  readonly readErrors: readonly ReadError[];
  readonly failures: readonly ArticleFailure[];
}

/**
 * Reads one file and ingests each of its articles. An article that fails is reported and the
 * rest still go in: each write is its own transaction, so a failure leaves nothing partial.
 */
export async function ingestSourceFile(store: GraphStore, path: string): Promise<SourceOutcome> {
  const read = await readSourceFile(path);
  const ingested: IngestOutcome[] = [];
  const failures: ArticleFailure[] = [];
  for (const article of read.articles) {
    try {
      ingested.push(await ingestArticle(store, article));
    } catch (error) {
      failures.push({ title: article.title, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { source: read.source, ingested, readErrors: read.errors, failures };
}
