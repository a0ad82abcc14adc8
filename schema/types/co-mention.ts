import type { Entity } from '../../src/domain/entity';
import type { EntityId } from '../../src/domain/ids';
import type { Mention } from '../../src/domain/mention';
import { builder } from '../builder';
import { checkedFirst } from '../pagination';
import { EntityRef } from './entity';

interface CoMention {
  readonly entityId: EntityId;
  readonly count: number;
}

const CoMentionType = builder.objectRef<CoMention>('CoMention').implement({
  description: 'Another entity named in the same articles, and in how many.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, description: 'The other entity.', resolve: (coMention) => coMention.entityId }),
    count: t.exposeInt('count', { description: 'How many stored articles name both entities.' }),
  }),
});

/** Counts, for each other entity, the articles it shares with `entityId`; unordered. */
function countCoMentions(entityId: EntityId, mentionsPerArticle: readonly (readonly Mention[])[]): CoMention[] {
  const counts = new Map<EntityId, number>();
  for (const mentions of mentionsPerArticle) {
    for (const other of new Set(mentions.map((mention) => mention.entityId))) {
      if (other !== entityId) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
  }
  return [...counts].map(([other, count]) => ({ entityId: other, count }));
}

/** Strongest first; ties go to the entity the news names more often, then by name, so answers are stable. */
function strongestFirst(coMentions: readonly CoMention[], entities: readonly (Entity | Error)[]): CoMention[] {
  const rank = new Map(entities.flatMap((entity) => (entity instanceof Error ? [] : [[entity.id, entity] as const])));
  return [...coMentions].sort((a, b) => {
    const [ea, eb] = [rank.get(a.entityId), rank.get(b.entityId)];
    return b.count - a.count || (eb?.mentionCount ?? 0) - (ea?.mentionCount ?? 0)
      || (ea?.name ?? '').localeCompare(eb?.name ?? '') || a.entityId.localeCompare(b.entityId);
  });
}

builder.interfaceField(EntityRef, 'coMentions', (t) =>
  t.field({
    type: [CoMentionType],
    description: 'Entities most often named in the same articles as this one, strongest first.',
    args: { first: t.arg.int({ defaultValue: 10, description: 'How many to return, at most 100.' }) },
    complexity: (args) => ({ field: 2, multiplier: args.first ?? 10 }),
    resolve: async (entity, args, context) => {
      const first = checkedFirst(args.first ?? 10);
      const articleIds = (await context.loaders.mentionsByEntity.load(entity.id)).map((mention) => mention.articleId);
      const mentionsPerArticle = await context.loaders.mentionsByArticle.loadMany(articleIds);
      const found = mentionsPerArticle.map((mentions) => {
        if (mentions instanceof Error) throw mentions;
        return mentions;
      });
      const coMentions = countCoMentions(entity.id, found);
      // The same loader then serves each co-mention's `entity` field without another read.
      const entities = await EntityRef.getDataloader(context).loadMany(coMentions.map((coMention) => coMention.entityId));
      return strongestFirst(coMentions, entities).slice(0, first);
    },
  }),
);
