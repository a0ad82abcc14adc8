import { builder } from '../builder';
import { badUserInput, notFound } from '../errors';
import { entityIdArg } from '../global-ids';
import { EntityRef } from '../types/entity';

builder.mutationField('addAlias', (t) =>
  t.field({
    type: EntityRef,
    description: 'Teaches the graph another name for an entity, so later articles using it resolve to this entity.',
    args: {
      entity: t.arg.id({ required: true, description: 'The entity.' }),
      alias: t.arg.string({ required: true, description: 'The other name, e.g. "Zelensky".' }),
    },
    resolve: async (_root, args, context) => {
      const entityId = entityIdArg('entity', String(args.entity));
      const alias = args.alias.replace(/\s+/g, ' ').trim();
      if (alias === '') throw badUserInput('alias', 'must not be blank.');
      const updated = await context.store.addAlias(entityId, alias, 'alias added by hand');
      if (updated === null) throw notFound('entity', entityId);
      return updated;
    },
  }),
);
