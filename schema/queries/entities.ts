import { builder } from '../builder';
import { connectionComplexity, resolveOffsetConnection } from '../pagination';
import { EntityRef } from '../types/entity';
import { EntityTypeEnum } from '../types/entity-type';

const EntityOrderEnum = builder.enumType('EntityOrder', {
  description: 'How to order a list of entities; ties go by name, then id.',
  values: {
    RELEVANCE: { description: 'Best match for `search` first; without `search`, the same as MENTION_COUNT.' },
    MENTION_COUNT: { description: 'Most often named first.' },
    NAME: { description: 'Alphabetically by name.' },
  },
});

const EntityConnection = builder.connectionObject(
  { type: EntityRef, name: 'EntityConnection', description: 'One page of entities, with the total count.' },
  { name: 'EntityEdge', description: 'An entity and its cursor.' },
);

builder.queryField('entities', (t) =>
  t.field({
    type: EntityConnection,
    description: 'People, organisations and places, filtered by name and kind.',
    args: {
      ...t.arg.connectionArgs(),
      search: t.arg.string({ description: 'Words to look for in names and aliases.' }),
      type: t.arg({ type: EntityTypeEnum, description: 'Only entities of this kind.' }),
      orderBy: t.arg({ type: EntityOrderEnum, description: 'Default: RELEVANCE when searching, else MENTION_COUNT.' }),
    },
    complexity: connectionComplexity,
    resolve: (_root, args, context) =>
      resolveOffsetConnection(args, (page) =>
        context.store.listEntities(
          {
            ...(args.search ? { search: args.search } : {}),
            ...(args.type ? { type: args.type } : {}),
            ...(args.orderBy ? { orderBy: args.orderBy } : {}),
          },
          page,
        ),
      ),
  }),
);
