import { builder } from '../builder';
import { notFound } from '../errors';
import { articleIdArg } from '../global-ids';

builder.mutationField('deleteArticle', (t) =>
  t.id({
    description: 'Removes an article and every fact only it supported; returns the id it removed. NOT_FOUND for an unknown id.',
    args: { id: t.arg.id({ required: true, description: 'Global id of the article.' }) },
    resolve: async (_root, args, context) => {
      const articleId = articleIdArg('id', String(args.id));
      if (!(await context.store.deleteArticle(articleId))) throw notFound('article', articleId);
      return args.id;
    },
  }),
);
