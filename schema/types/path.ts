import type { EntityId } from '../../src/domain/ids';
import { builder } from '../builder';
import { ArticleNode } from './article';
import { EntityRef } from './entity';
import { EventNode } from './event';
import { QuoteNode } from './quote';

/** Two entities next to each other on a path; the evidence is looked up per field, batched across steps. */
interface PathStep {
  readonly fromId: EntityId;
  readonly toId: EntityId;
}

const PathStepType = builder.objectRef<PathStep>('PathStep').implement({
  description: 'One link of a path: two entities and the facts that connect them.',
  fields: (t) => ({
    from: t.field({ type: EntityRef, description: 'The entity nearer the start.', resolve: (step) => step.fromId }),
    to: t.field({ type: EntityRef, description: 'The entity nearer the end.', resolve: (step) => step.toId }),
    articles: t.field({
      type: [ArticleNode],
      description: 'Articles that name both entities.',
      resolve: async (step, _args, context) => {
        const [fromMentions, toMentions] = await Promise.all([
          context.loaders.mentionsByEntity.load(step.fromId),
          context.loaders.mentionsByEntity.load(step.toId),
        ]);
        const toArticles = new Set(toMentions.map((mention) => mention.articleId));
        return fromMentions.map((mention) => mention.articleId).filter((articleId) => toArticles.has(articleId));
      },
    }),
    quotes: t.field({
      type: [QuoteNode],
      description: 'Quotes in which one of the two speaks about the other.',
      resolve: async (step, _args, context) => {
        const [byFrom, byTo] = await Promise.all([
          context.loaders.quotesBySpeaker.load(step.fromId),
          context.loaders.quotesBySpeaker.load(step.toId),
        ]);
        return [
          ...byFrom.filter((quote) => quote.aboutIds.includes(step.toId)),
          ...byTo.filter((quote) => quote.aboutIds.includes(step.fromId)),
        ];
      },
    }),
    events: t.field({
      type: [EventNode],
      description: 'Events that involve both: as participants, or one taking part at the other as the place.',
      resolve: async (step, _args, context) =>
        (await context.loaders.eventsByEntity.load(step.fromId)).filter(
          (event) => event.participantIds.includes(step.toId) || event.placeId === step.toId,
        ),
    }),
  }),
});

export const PathType = builder.objectRef<readonly EntityId[]>('Path').implement({
  description: 'A shortest chain of entities, each named in an article with the next.',
  fields: (t) => ({
    hops: t.int({ description: 'Number of steps; 0 when start and end are the same entity.', resolve: (ids) => ids.length - 1 }),
    entities: t.field({ type: [EntityRef], description: 'The chain from start to end.', resolve: (ids) => [...ids] }),
    steps: t.field({
      type: [PathStepType],
      description: 'Each consecutive pair with the evidence linking them.',
      resolve: (ids) => ids.slice(1).map((toId, index) => ({ fromId: ids[index]!, toId })),
    }),
  }),
});
