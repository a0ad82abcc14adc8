import type { Entity, EntityType } from '../../src/domain/entity';
import type { EntityId } from '../../src/domain/ids';
import { builder, type Context } from '../builder';
import { notFound } from '../errors';
import { ENTITY_TYPENAMES } from '../global-ids';
import { EntityTypeEnum } from './entity-type';

/** A person, organisation or place; resolvers may return its id and the plugin batches the load. */
export const EntityRef = builder.loadableInterfaceRef('Entity', {
  // The port keeps the order of the ids asked, so an unknown id fails only its own field.
  load: async (ids: EntityId[], context: Context) =>
    (await context.store.entitiesByIds(ids)).map((entity, index) => entity ?? notFound('entity', ids[index]!)),
});

EntityRef.implement({
  description: 'A person, organisation or place: one node however many articles name it, under whatever names.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (entity) => ENTITY_TYPENAMES[entity.type],
  fields: (t) => ({
    id: t.globalID({
      description: 'Global id; pass it to `node(id:)` or to any argument that takes an entity.',
      resolve: (entity) => ({ type: ENTITY_TYPENAMES[entity.type], id: entity.id }),
    }),
    name: t.exposeString('name', { description: 'The fullest form of the name seen, e.g. "Volodymyr Zelenskyy".' }),
    type: t.field({ type: EntityTypeEnum, description: 'Person, organisation or place.', resolve: (entity) => entity.type }),
    aliases: t.exposeStringList('aliases', {
      description: 'Other names seen for the same entity, e.g. "Zelensky", "President Zelenskyy".',
    }),
    mentionCount: t.exposeInt('mentionCount', { description: 'How often the entity is named across all stored articles.' }),
  }),
});

/**
 * Defines the object type of one kind of entity. Its loader goes through the Entity loader, so an
 * entity reached as `node(id:)` and as a quote's speaker is fetched once per request.
 */
export function defineEntityKind(type: EntityType, description: string) {
  const typename = ENTITY_TYPENAMES[type];
  return builder.loadableNode(typename, {
    description,
    interfaces: [EntityRef],
    isTypeOf: (value) => isEntity(value) && value.type === type,
    id: { resolve: (entity: Entity) => entity.id },
    load: async (ids: string[], context: Context) =>
      (await EntityRef.getDataloader(context).loadMany(ids as EntityId[])).map((entity, index) =>
        entity instanceof Error || entity.type !== type ? notFound(typename, ids[index]!) : entity,
      ),
    fields: () => ({}),
  });
}

function isEntity(value: unknown): value is Entity {
  return typeof value === 'object' && value !== null && 'mentionCount' in value && 'aliases' in value;
}
