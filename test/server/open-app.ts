// A yoga app over a real store (in-memory SQLite unless told) holding fixture graphs, and a way to query it.
import type { IngestArticle } from '../../schema/builder';
import { loadConfig } from '../../src/config';
import type { ArticleGraph } from '../../src/domain/article-graph';
import { createYogaApp } from '../../src/server/create-yoga-app';
import type { GraphStore } from '../../src/store/port';
import { newsweekGraph, pravdaGraph, yahooAidGraph } from '../fixtures/sample-graphs';
import { sqliteUnderTest } from '../store/stores-under-test';

export const API_TOKEN = 'test-token-of-32-characters-long';

export interface GraphQLResponse {
  readonly data?: Record<string, unknown> | null;
  readonly errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; argumentName?: string } }[];
}

interface AppOptions {
  readonly graphs?: readonly ArticleGraph[];
  readonly apiToken?: string;
  readonly ingest?: IngestArticle;
  /** Opens the store to serve, over an empty graph; in-memory SQLite by default. */
  readonly open?: () => Promise<GraphStore>;
  /** Wraps the real store, e.g. to count calls. */
  readonly serve?: (store: GraphStore) => GraphStore;
}

const refuseIngest: IngestArticle = async () => {
  throw new Error('This test does not ingest.');
};

export async function openApp(options: AppOptions = {}) {
  const store = await (options.open ?? sqliteUnderTest.open)();
  for (const graph of options.graphs ?? [pravdaGraph, newsweekGraph, yahooAidGraph]) await store.writeArticle(graph);
  const config = loadConfig({ LOG_LEVEL: 'error', ...(options.apiToken ? { API_TOKEN: options.apiToken } : {}) });
  const app = createYogaApp({ store: options.serve?.(store) ?? store, config, ingest: options.ingest ?? refuseIngest });
  async function execute(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse> {
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse;
  }
  return { app, store, execute, close: () => store.close() };
}

export const codesOf = (response: GraphQLResponse) => (response.errors ?? []).map((error) => error.extensions?.code);
