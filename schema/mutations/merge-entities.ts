import { builder } from '../builder';
import { badUserInput, notFound } from '../errors';
import { entityIdArg } from '../global-ids';
import { EntityRef } from '../types/entity';

builder.mutationField('mergeEntities', (t) =>
  t.field({
    type: EntityRef,
    description: 'Folds entities that are really the same into `into`: their names, mentions, quotes, roles and events move over. `unmergeEntity` undoes it.',
    args: {
      into: t.arg.id({ required: true, description: 'The entity that remains.' }),
      from: t.arg.idList({ required: true, description: 'The entities that disappear into it.' }),
      reason: t.arg.string({ description: 'Why they are the same; recorded in `merges`.' }),
    },
    resolve: async (_root, args, context) => {
      const intoId = entityIdArg('into', String(args.into));
      const fromIds = [...new Set(args.from.map((id) => entityIdArg('from', String(id))))];
      if (fromIds.length === 0) throw badUserInput('from', 'must name at least one entity.');
      if (fromIds.includes(intoId)) throw badUserInput('from', 'must not contain the "into" entity.');
      const found = await context.store.entitiesByIds([intoId, ...fromIds]);
      const missing = [intoId, ...fromIds].find((_id, index) => found[index] === null);
      if (missing) throw notFound('entity', missing);
      if (new Set(found.map((entity) => entity?.type)).size > 1) {
        throw badUserInput('from', 'must name entities of the same type as "into".');
      }
      return context.store.mergeEntities(intoId, fromIds, args.reason ?? 'merged by hand');
    },
  }),
);
