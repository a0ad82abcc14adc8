import { builder } from '../builder';
import { entityIdArg } from '../global-ids';
import { connectionComplexity, resolveOffsetConnection } from '../pagination';
import { QuoteConnection } from '../types/quote';
import { dateRangeArgs, isoDateRange } from './date-range';

builder.queryField('quotes', (t) =>
  t.field({
    type: QuoteConnection,
    description: 'Who said what about whom: quotes newest article first, filtered by speaker, subject, words and date.',
    args: {
      ...t.arg.connectionArgs(),
      speaker: t.arg.id({ description: 'Only quotes by this entity.' }),
      about: t.arg.id({ description: 'Only quotes about this entity.' }),
      search: t.arg.string({ description: 'Words to look for in the quoted text.' }),
      ...dateRangeArgs(),
    },
    complexity: connectionComplexity,
    resolve: (_root, args, context) => {
      const filter = {
        ...(args.speaker != null ? { speakerId: entityIdArg('speaker', String(args.speaker)) } : {}),
        ...(args.about != null ? { aboutId: entityIdArg('about', String(args.about)) } : {}),
        ...(args.search ? { search: args.search } : {}),
        ...isoDateRange(args),
      };
      return resolveOffsetConnection(args, (page) => context.store.listQuotes(filter, page));
    },
  }),
);
