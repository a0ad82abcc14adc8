import { builder } from '../builder';
import { ArticleNode } from './article';
import { EntityRef } from './entity';
import { EntityTypeEnum } from './entity-type';
import { EventNode } from './event';
import { QuoteNode } from './quote';
import { RoleType } from './role';

// An article holds tens of facts, not thousands, so these are plain lists in text order.
// Each goes through a request-scoped DataLoader: one store call for all articles on a level.

const byPosition = (a: { provenance: { start: number } }, b: { provenance: { start: number } }) =>
  a.provenance.start - b.provenance.start;

builder.objectFields(ArticleNode, (t) => ({
  entities: t.field({
    type: [EntityRef],
    description: 'Entities the article names, most often named first; `type` keeps one kind.',
    args: { type: t.arg({ type: EntityTypeEnum, description: 'Only entities of this kind.' }) },
    resolve: async (article, args, context) => {
      const mentions = [...(await context.loaders.mentionsByArticle.load(article.id))].sort(
        (a, b) => b.count - a.count || a.entityId.localeCompare(b.entityId),
      );
      const entities = await EntityRef.getDataloader(context).loadMany(mentions.map((mention) => mention.entityId));
      return entities
        .map((entity) => {
          if (entity instanceof Error) throw entity;
          return entity;
        })
        .filter((entity) => args.type == null || entity.type === args.type);
    },
  }),
  quotes: t.field({
    type: [QuoteNode],
    description: 'Quotes in the article, in text order.',
    resolve: async (article, _args, context) => [...(await context.loaders.quotesByArticle.load(article.id))].sort(byPosition),
  }),
  events: t.field({
    type: [EventNode],
    description: 'Events the article reports, in text order.',
    resolve: async (article, _args, context) => [...(await context.loaders.eventsByArticle.load(article.id))].sort(byPosition),
  }),
  roles: t.field({
    type: [RoleType],
    description: 'Positions the article says people hold, in text order.',
    resolve: async (article, _args, context) => [...(await context.loaders.rolesByArticle.load(article.id))].sort(byPosition),
  }),
}));
