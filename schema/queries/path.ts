import type { EntityId } from '../../src/domain/ids';
import { builder, type Context } from '../builder';
import { badUserInput, pathSearchTooLarge } from '../errors';
import { entityIdArg } from '../global-ids';
import { EntityRef } from '../types/entity';
import { PathType } from '../types/path';
import { findShortestPath, PathSearchTooLargeError } from './shortest-path';

const MAX_HOPS = 6;

/** Neighbours through shared articles: two batched reads per level, through the request's loaders. */
function neighboursVia(context: Context) {
  return async (ids: readonly EntityId[]) => {
    const mentionsPerEntity = await context.loaders.mentionsByEntity.loadMany(ids);
    const articleIdsPerEntity = mentionsPerEntity.map((mentions) => {
      if (mentions instanceof Error) throw mentions;
      return [...new Set(mentions.map((mention) => mention.articleId))];
    });
    const articleIds = [...new Set(articleIdsPerEntity.flat())];
    const mentionsPerArticle = await context.loaders.mentionsByArticle.loadMany(articleIds);
    const entitiesInArticle = new Map(
      articleIds.map((articleId, index) => {
        const mentions = mentionsPerArticle[index];
        if (mentions instanceof Error || mentions === undefined) throw mentions;
        return [articleId, mentions.map((mention) => mention.entityId)] as const;
      }),
    );
    return new Map(
      ids.map((id, index) => [
        id,
        [...new Set(articleIdsPerEntity[index]!.flatMap((articleId) => entitiesInArticle.get(articleId) ?? []))],
      ]),
    );
  };
}

builder.queryField('path', (t) =>
  t.field({
    type: PathType,
    nullable: true,
    description: 'How two entities connect: the shortest chain of entities named together in articles, with the articles, quotes and events linking each step; null when none is within `maxHops`.',
    args: {
      from: t.arg.id({ required: true, description: 'Start entity.' }),
      to: t.arg.id({ required: true, description: 'End entity.' }),
      maxHops: t.arg.int({ defaultValue: 4, description: `Longest chain to look for, 1 to ${MAX_HOPS}.` }),
    },
    complexity: (args) => ({ field: 50 * (args.maxHops ?? 4), multiplier: 10 }),
    resolve: async (_root, args, context) => {
      const fromId = entityIdArg('from', String(args.from));
      const toId = entityIdArg('to', String(args.to));
      const maxHops = args.maxHops ?? 4;
      if (maxHops < 1 || maxHops > MAX_HOPS) throw badUserInput('maxHops', `must be between 1 and ${MAX_HOPS}; got ${maxHops}.`);
      // Unknown ends are NOT_FOUND errors, not "no path".
      for (const found of await EntityRef.getDataloader(context).loadMany([fromId, toId])) {
        if (found instanceof Error) throw found;
      }
      try {
        return await findShortestPath(fromId, toId, maxHops, neighboursVia(context));
      } catch (error) {
        if (error instanceof PathSearchTooLargeError) throw pathSearchTooLarge(error.visited, maxHops);
        throw error;
      }
    },
  }),
);
