import { clearAllDataLoaders } from '@pothos/plugin-dataloader';
import type { ArticleId } from '../../src/domain/ids';
import { builder } from '../builder';
import { ArticleNode } from '../types/article';

builder.subscriptionField('articleIngested', (t) =>
  t.field({
    type: ArticleNode,
    description: 'Each article as soon as `ingestArticle` has added or changed it.',
    subscribe: (_root, _args, context) => context.articleEvents.subscribe('articleIngested'),
    resolve: (articleId: ArticleId, _args, context) => {
      // A subscription keeps one context for its whole life; without this, later events would
      // see entities (mention counts, aliases) as they were when the first event was resolved.
      clearAllDataLoaders(context);
      for (const loader of Object.values(context.loaders)) loader.clearAll();
      return articleId;
    },
  }),
);
