import type { Event } from '../../src/domain/event';
import type { EventId } from '../../src/domain/ids';
import { builder, type Context } from '../builder';
import { notFound } from '../errors';
import { EntityRef } from './entity';
import { EventTypeEnum } from './event-type';
import { PlaceNode } from './place';
import { SourcedRef } from './sourced';

/** Something that happened, as one article reports it. */
export const EventNode = builder.loadableNodeRef('Event', {
  id: { resolve: (event: Event) => event.id },
  load: async (ids: string[], context: Context) =>
    (await context.store.eventsByIds(ids as EventId[])).map((event, index) => event ?? notFound('event', ids[index]!)),
});

EventNode.implement({
  description: 'Something that happened (a meeting, an attack, a visit…), as one article reports it.',
  interfaces: [SourcedRef],
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'trigger' in value && 'participantIds' in value,
  fields: (t) => ({
    type: t.field({ type: EventTypeEnum, description: 'What kind of event.', resolve: (event) => event.type }),
    trigger: t.exposeString('trigger', { description: 'The word that signalled the event, e.g. "visited" or "strike".' }),
    date: t.exposeString('date', {
      nullable: true,
      description: 'When it happened, as ISO YYYY-MM-DD or YYYY-MM; null when the text does not say.',
    }),
    place: t.field({
      type: PlaceNode,
      nullable: true,
      description: 'Where it happened, when the text says.',
      resolve: (event) => event.placeId,
    }),
    participants: t.field({
      type: [EntityRef],
      description: 'People and organisations taking part.',
      resolve: (event) => [...event.participantIds],
    }),
  }),
});

export const EventConnection = builder.connectionObject(
  { type: EventNode, name: 'EventConnection', description: 'One page of events, with the total count.' },
  { name: 'EventEdge', description: 'An event and its cursor.' },
);
