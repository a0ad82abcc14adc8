import { builder } from '../builder';
import { entityIdArg } from '../global-ids';
import { sortNewestFirst } from '../newest-first';
import { connectionComplexity, connectionFromList } from '../pagination';
import { ArticleConnection } from './article';
import { EntityRef } from './entity';
import { EventConnection } from './event';
import { EventTypeEnum } from './event-type';
import { QuoteConnection } from './quote';
import { RoleType } from './role';

// Each field reads its list through a request-scoped DataLoader, so asking for it on every entity
// of a page costs one store call for the whole page. Filtering and slicing happen on that list.

builder.interfaceFields(EntityRef, (t) => ({
  quotesBy: t.field({
    type: QuoteConnection,
    description: 'What this entity said, newest article first; `about` keeps only quotes about that entity.',
    args: { ...t.arg.connectionArgs(), about: t.arg.id({ description: 'Only quotes about this entity.' }) },
    complexity: connectionComplexity,
    resolve: async (entity, args, context) => {
      const aboutId = args.about == null ? null : entityIdArg('about', String(args.about));
      const quotes = await context.loaders.quotesBySpeaker.load(entity.id);
      const kept = aboutId === null ? quotes : quotes.filter((quote) => quote.aboutIds.includes(aboutId));
      return connectionFromList(args, await sortNewestFirst(kept, context, (quote) => quote.provenance));
    },
  }),
  quotesAbout: t.field({
    type: QuoteConnection,
    description: 'What was said about this entity, newest article first; `speaker` keeps only that speaker\'s quotes.',
    args: { ...t.arg.connectionArgs(), speaker: t.arg.id({ description: 'Only quotes by this entity.' }) },
    complexity: connectionComplexity,
    resolve: async (entity, args, context) => {
      const speakerId = args.speaker == null ? null : entityIdArg('speaker', String(args.speaker));
      const quotes = await context.loaders.quotesAbout.load(entity.id);
      const kept = speakerId === null ? quotes : quotes.filter((quote) => quote.speakerId === speakerId);
      return connectionFromList(args, await sortNewestFirst(kept, context, (quote) => quote.provenance));
    },
  }),
  roles: t.field({
    type: [RoleType],
    description: 'Positions articles say this person holds or held, newest article first.',
    resolve: async (entity, _args, context) =>
      sortNewestFirst(await context.loaders.rolesByPerson.load(entity.id), context, (role) => role.provenance),
  }),
  articles: t.field({
    type: ArticleConnection,
    description: 'Articles that name this entity, newest first.',
    args: t.arg.connectionArgs(),
    complexity: connectionComplexity,
    resolve: async (entity, args, context) => {
      const mentions = await context.loaders.mentionsByEntity.load(entity.id);
      const articleIds = await sortNewestFirst(
        mentions.map((mention) => mention.articleId),
        context,
        (articleId) => ({ articleId, start: 0 }),
      );
      return connectionFromList(args, articleIds);
    },
  }),
  events: t.field({
    type: EventConnection,
    description: 'Events this entity took part in or that happened there, newest article first.',
    args: { ...t.arg.connectionArgs(), type: t.arg({ type: EventTypeEnum, description: 'Only events of this kind.' }) },
    complexity: connectionComplexity,
    resolve: async (entity, args, context) => {
      const events = await context.loaders.eventsByEntity.load(entity.id);
      const kept = args.type == null ? events : events.filter((event) => event.type === args.type);
      return connectionFromList(args, await sortNewestFirst(kept, context, (event) => event.provenance));
    },
  }),
}));
