import type { Role } from '../../src/domain/role';
import { builder } from '../builder';
import { EntityRef } from './entity';
import { SourcedRef } from './sourced';

export const RoleType = builder.objectRef<Role>('Role').implement({
  description: 'A position a person holds, as one article states it: "Defence Minister" of Ukraine.',
  interfaces: [SourcedRef],
  fields: (t) => ({
    title: t.exposeString('title', { description: 'The title as printed, e.g. "Defence Minister".' }),
    person: t.field({ type: EntityRef, description: 'Who holds the position.', resolve: (role) => role.personId }),
    organization: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The organisation or country the title belongs to, when the article says.',
      resolve: (role) => role.organizationId,
    }),
  }),
});
