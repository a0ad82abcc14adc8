import type { GraphCounts } from '../../src/store/port';
import { builder } from '../builder';

const StatsType = builder.objectRef<GraphCounts>('Stats').implement({
  description: 'How much the graph holds.',
  fields: (t) => ({
    articles: t.exposeInt('articles', { description: 'Stored articles.' }),
    people: t.int({ description: 'Entities of type PERSON.', resolve: (counts) => counts.entities.PERSON }),
    organizations: t.int({ description: 'Entities of type ORGANIZATION.', resolve: (counts) => counts.entities.ORGANIZATION }),
    places: t.int({ description: 'Entities of type PLACE.', resolve: (counts) => counts.entities.PLACE }),
    quotes: t.exposeInt('quotes', { description: 'Stored quotes.' }),
    roles: t.exposeInt('roles', { description: 'Stored roles.' }),
    events: t.exposeInt('events', { description: 'Stored events.' }),
  }),
});

builder.queryField('stats', (t) =>
  t.field({
    type: StatsType,
    description: 'Counts of everything in the graph, entities by type.',
    resolve: (_root, _args, context) => context.store.counts(),
  }),
);
