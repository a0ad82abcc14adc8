import type { MergeRecord } from '../../src/domain/entity';
import { builder } from '../builder';
import { ArticleNode } from './article';
import { EntityRef } from './entity';

const MergeType = builder.objectRef<MergeRecord>('Merge').implement({
  description: 'Why a name or another entity was folded into this entity, so the decision can be checked and undone.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The name that was attached to this entity.' }),
    isEntityMerge: t.boolean({
      description: 'true when a whole entity was folded in by `mergeEntities` (which `unmergeEntity` undoes); false when ingest attached a name.',
      resolve: (merge) => merge.fromId !== null,
    }),
    article: t.field({
      type: ArticleNode,
      nullable: true,
      description: 'The article whose ingest made the merge; null for merges made by hand.',
      resolve: (merge) => merge.articleId,
    }),
    reason: t.exposeString('reason', { description: 'Why the two were judged the same, e.g. "surname of a person named earlier".' }),
    at: t.field({ type: 'DateTime', description: 'When the merge was made.', resolve: (merge) => merge.at }),
  }),
});

builder.interfaceField(EntityRef, 'merges', (t) =>
  t.field({
    type: [MergeType],
    description: 'Which names and entities were merged into this one, from which articles, and why.',
    resolve: (entity, _args, context) => context.loaders.mergesByEntity.load(entity.id),
  }),
);
