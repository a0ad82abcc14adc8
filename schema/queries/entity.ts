import { builder } from '../builder';
import { entityIdArg } from '../global-ids';
import { EntityRef } from '../types/entity';

builder.queryField('entity', (t) =>
  t.field({
    type: EntityRef,
    nullable: true,
    description: 'The person, organisation or place with this id; null plus a NOT_FOUND error when there is none.',
    args: { id: t.arg.id({ required: true, description: 'Global id of the entity.' }) },
    resolve: (_root, args) => entityIdArg('id', String(args.id)),
  }),
);
