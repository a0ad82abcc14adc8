import { EVENT_TYPES } from '../../src/domain/event';
import { builder } from '../builder';

export const EventTypeEnum = builder.enumType('EventType', {
  description: 'What kind of thing happened; OTHER when the article reports an event that fits no named kind.',
  values: EVENT_TYPES,
});
