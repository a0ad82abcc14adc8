import { builder } from '../builder';
import { articleIdArg } from '../global-ids';
import { ArticleNode } from '../types/article';

builder.queryField('article', (t) =>
  t.field({
    type: ArticleNode,
    nullable: true,
    description: 'The article with this id; null plus a NOT_FOUND error when there is none.',
    args: { id: t.arg.id({ required: true, description: 'Global id of the article.' }) },
    resolve: (_root, args) => articleIdArg('id', String(args.id)),
  }),
);
