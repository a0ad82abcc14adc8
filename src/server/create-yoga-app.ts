import { createPubSub, createYoga } from 'graphql-yoga';
import type { Context, IngestArticle } from '../../schema/builder';
import { schema } from '../../schema/index';
import type { Config } from '../config';
import type { ArticleId } from '../domain/ids';
import { createLoaders } from '../loaders/create-loaders';
import type { GraphStore } from '../store/port';
import { hasBearerToken } from './bearer-token';
import { graphiqlTabs } from './graphiql-tabs';
import { useStoreHealth } from './use-store-health';

export interface YogaAppDependencies {
  readonly store: GraphStore;
  readonly config: Config;
  /** Ingest is passed in so that the server (and schema) never import the pipeline. */
  readonly ingest: IngestArticle;
}

/** The whole HTTP surface, without a socket: `app.fetch` serves tests, node:http serves `listen`. */
export function createYogaApp({ store, config, ingest }: YogaAppDependencies) {
  const articleEvents = createPubSub<{ articleIngested: [ArticleId] }>();
  return createYoga<Record<string, unknown>, Context>({
    schema,
    // Only GraphQLErrors (which carry a code) reach clients; anything else becomes "Unexpected error."
    maskedErrors: true,
    logging: config.LOG_LEVEL,
    // yoga's own check only says the process is up; /health (below) also asks the store.
    healthCheckEndpoint: '/live',
    graphiql: { title: 'News graph', defaultTabs: graphiqlTabs },
    landingPage: false,
    plugins: [useStoreHealth(store)],
    context: ({ request }): Context => ({
      store,
      loaders: createLoaders(store),
      isAuthenticated: hasBearerToken(request, config.API_TOKEN),
      areMutationsEnabled: config.API_TOKEN !== undefined,
      ingestArticle: (submission) => ingest(store, submission),
      articleEvents,
    }),
  });
}

export type YogaApp = ReturnType<typeof createYogaApp>;
