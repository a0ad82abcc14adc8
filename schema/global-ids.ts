import { decodeGlobalID } from '@pothos/plugin-relay';
import type { EntityType } from '../src/domain/entity';
import type { ArticleId, EntityId } from '../src/domain/ids';
import { invalidGlobalId } from './errors';

/** The GraphQL object type of each kind of entity; a global id names it, so `node(id:)` can find the loader. */
export const ENTITY_TYPENAMES = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  PLACE: 'Place',
} as const satisfies Record<EntityType, string>;
const entityTypenames = new Set<string>(Object.values(ENTITY_TYPENAMES));

function localIdOf(argumentName: string, globalId: string, accepts: (typename: string) => boolean): string {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    throw invalidGlobalId(argumentName, globalId);
  }
  if (!accepts(decoded.typename)) throw invalidGlobalId(argumentName, globalId);
  return decoded.id;
}

/** The store id inside an entity's global id; BAD_USER_INPUT naming the argument for anything else. */
export const entityIdArg = (argumentName: string, globalId: string): EntityId =>
  localIdOf(argumentName, globalId, (typename) => entityTypenames.has(typename)) as EntityId;

export const articleIdArg = (argumentName: string, globalId: string): ArticleId =>
  localIdOf(argumentName, globalId, (typename) => typename === 'Article') as ArticleId;
