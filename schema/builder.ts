import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { DateTimeResolver } from 'graphql-scalars';
import type { PubSub } from 'graphql-yoga';
import type { ArticleInput } from '../src/domain/article';
import type { ArticleId } from '../src/domain/ids';
import type { Loaders } from '../src/loaders/create-loaders';
import type { GraphStore, WriteOutcome } from '../src/store/port';
import { invalidGlobalId, mutationsDisabled, unauthenticated } from './errors';
import { decodeGlobalID } from '@pothos/plugin-relay';

/** An article sent to the `ingestArticle` mutation: its text, or the HTML page it is in. */
export interface ArticleSubmission extends Omit<ArticleInput, 'text'> {
  readonly text: string | null;
  readonly html: string | null;
}

/** Reads, annotates, resolves and writes one submitted article; injected so the schema does not depend on ingest. */
export type IngestArticle = (store: GraphStore, submission: ArticleSubmission) => Promise<WriteOutcome>;

/** Everything a resolver may use; built fresh for every request. */
export interface Context {
  readonly store: GraphStore;
  readonly loaders: Loaders;
  /** The request carried `Authorization: Bearer <API_TOKEN>`. */
  readonly isAuthenticated: boolean;
  /** false when the server started without API_TOKEN: then no request may mutate. */
  readonly areMutationsEnabled: boolean;
  readonly ingestArticle: (submission: ArticleSubmission) => Promise<WriteOutcome>;
  readonly articleEvents: PubSub<{ articleIngested: [ArticleId] }>;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: { editor: boolean };
  Scalars: { DateTime: { Input: Date; Output: Date | string } };
  Connection: { totalCount: number };
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  DefaultFieldNullability: false;
}>({
  // Fields are non-null unless they say otherwise: a missing value is then an error, not a silent null.
  defaultFieldNullability: false,
  // scope-auth first, so no other plugin's resolver wrapper runs before the check.
  plugins: [ScopeAuthPlugin, RelayPlugin, DataloaderPlugin, ComplexityPlugin],
  scopeAuth: {
    authScopes: (context) => ({ editor: context.isAuthenticated }),
    unauthorizedError: (_parent, context) => (context.areMutationsEnabled ? unauthenticated() : mutationsDisabled()),
  },
  relay: {
    idFieldOptions: { description: 'Global id; pass it to `node(id:)` or to any argument that takes this kind of object.' },
    // The connection field's own multiplier (its `first`) already counts the items.
    edgesFieldOptions: { nullable: false, description: 'The items of this page, in list order.', complexity: { field: 0, multiplier: 1 } },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    cursorFieldOptions: { description: 'Pass as `after` (or `before`) to continue the list from this item.' },
    pageInfoFieldOptions: { description: 'Whether there are more pages, and the cursors to fetch them.' },
    hasNextPageFieldOptions: { description: 'Items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of this page; null when the page is empty.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of this page; null when the page is empty.' },
    firstArgOptions: { description: 'How many items to return from the start (after `after`); at most 100, default 20.' },
    afterArgOptions: { description: 'Cursor of the item to continue after.' },
    lastArgOptions: { description: 'How many items to return from the end (before `before`); at most 100.' },
    beforeArgOptions: { description: 'Cursor of the item to stop before.' },
    // The plugin's own decoding error is not a GraphQLError, so yoga would mask it as "Unexpected error".
    decodeGlobalID: (globalID) => {
      try {
        return decodeGlobalID(globalID);
      } catch {
        throw invalidGlobalId('id', globalID);
      }
    },
    nodeTypeOptions: { description: 'Anything that can be fetched again by its global id with `node(id:)`.' },
    pageInfoTypeOptions: { description: 'Where a page sits in its list, for fetching the next or previous one.' },
    nodeQueryOptions: {
      description: 'The object with this global id; null plus a NOT_FOUND error when there is none.',
      args: { id: { description: 'A global id returned by any query.' } },
    },
    nodesQueryOptions: {
      description: 'The objects with these global ids, in order; null plus a NOT_FOUND error for each unknown one.',
      args: { ids: { description: 'Global ids returned by any query.' } },
    },
    defaultConnectionTypeOptions: { description: 'One page of a list, with the total size of the list.' },
    defaultEdgeTypeOptions: { description: 'One item of a page and its cursor.' },
  },
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    // Generous enough for "50 entities with their quotes, speakers and articles", small enough
    // that one request cannot ask for the whole graph.
    limit: { complexity: 50_000, depth: 14, breadth: 400 },
  },
});

builder.addScalarType('DateTime', DateTimeResolver);

builder.queryType({ description: 'Read the news graph: entities, articles, quotes, events and how they connect.' });
builder.mutationType({
  description: 'Change the graph. Every field needs `Authorization: Bearer <API_TOKEN>`.',
  authScopes: { editor: true },
});
builder.subscriptionType({ description: 'Live updates, delivered over server-sent events.' });

builder.globalConnectionField('totalCount', (t) =>
  t.int({ description: 'Size of the whole list, not of this page.', resolve: (connection) => connection.totalCount }),
);
