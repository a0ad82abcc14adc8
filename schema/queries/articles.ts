import { builder } from '../builder';
import { entityIdArg } from '../global-ids';
import { connectionComplexity, resolveOffsetConnection } from '../pagination';
import { ArticleConnection } from '../types/article';
import { dateRangeArgs, isoDateRange } from './date-range';

builder.queryField('articles', (t) =>
  t.field({
    type: ArticleConnection,
    description: 'Articles newest first (best match first when searching), filtered by publisher, entity and date.',
    args: {
      ...t.arg.connectionArgs(),
      source: t.arg.string({ description: 'Only articles from this publisher, e.g. "Miami Herald".' }),
      mentioning: t.arg.id({ description: 'Only articles that name this entity.' }),
      search: t.arg.string({ description: 'Words to look for in titles and text.' }),
      ...dateRangeArgs(),
    },
    complexity: connectionComplexity,
    resolve: (_root, args, context) => {
      const filter = {
        ...(args.source ? { source: args.source } : {}),
        ...(args.mentioning != null ? { mentioning: entityIdArg('mentioning', String(args.mentioning)) } : {}),
        ...(args.search ? { search: args.search } : {}),
        ...isoDateRange(args),
      };
      return resolveOffsetConnection(args, (page) => context.store.listArticles(filter, page));
    },
  }),
);
