import { builder } from '../builder';
import { entityIdArg } from '../global-ids';
import { connectionComplexity, resolveOffsetConnection } from '../pagination';
import { EventConnection } from '../types/event';
import { EventTypeEnum } from '../types/event-type';
import { dateRangeArgs, isoDateRange } from './date-range';

builder.queryField('events', (t) =>
  t.field({
    type: EventConnection,
    description: 'Events newest first, filtered by kind, participant, place and date.',
    args: {
      ...t.arg.connectionArgs(),
      type: t.arg({ type: EventTypeEnum, description: 'Only events of this kind.' }),
      participant: t.arg.id({ description: 'Only events this entity took part in.' }),
      place: t.arg.id({ description: 'Only events that happened at this place.' }),
      ...dateRangeArgs(),
    },
    complexity: connectionComplexity,
    resolve: (_root, args, context) => {
      const filter = {
        ...(args.type ? { type: args.type } : {}),
        ...(args.participant != null ? { participantId: entityIdArg('participant', String(args.participant)) } : {}),
        ...(args.place != null ? { placeId: entityIdArg('place', String(args.place)) } : {}),
        ...isoDateRange(args),
      };
      return resolveOffsetConnection(args, (page) => context.store.listEvents(filter, page));
    },
  }),
);
