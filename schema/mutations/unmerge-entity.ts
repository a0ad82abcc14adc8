import { builder } from '../builder';
import { notFound } from '../errors';
import { entityIdArg } from '../global-ids';
import { EntityRef } from '../types/entity';

builder.mutationField('unmergeEntity', (t) =>
  t.field({
    type: [EntityRef],
    description: 'Undoes every `mergeEntities` into this entity, giving each folded-in entity back its own facts; returns those entities.',
    args: { id: t.arg.id({ required: true, description: 'The entity others were merged into.' }) },
    resolve: async (_root, args, context) => {
      const entityId = entityIdArg('id', String(args.id));
      const restored = await context.store.unmergeEntity(entityId);
      if (restored === null) throw notFound('entity', entityId);
      return restored;
    },
  }),
);
