import type { Article } from '../../src/domain/article';
import type { ArticleId } from '../../src/domain/ids';
import { builder, type Context } from '../builder';
import { notFound } from '../errors';

/** A stored news article; resolvers may return its id and the plugin batches the load. */
export const ArticleNode = builder.loadableNodeRef('Article', {
  id: { resolve: (article: Article) => article.id },
  load: async (ids: string[], context: Context) =>
    (await context.store.articlesByIds(ids as ArticleId[])).map((article, index) => article ?? notFound('article', ids[index]!)),
});

ArticleNode.implement({
  description: 'A news article: the unit of provenance for every fact in the graph.',
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'title' in value && 'publishedAt' in value,
  fields: (t) => ({
    title: t.exposeString('title', { nullable: true, description: 'Headline, when the source had one.' }),
    url: t.exposeString('url', { nullable: true, description: 'Where the article was published, when known.' }),
    source: t.exposeString('source', { nullable: true, description: 'Publisher, e.g. "Miami Herald".' }),
    publishedAt: t.exposeString('publishedAt', {
      nullable: true,
      description: 'ISO 8601 date or date-time as the source gave it; a date alone means the time is unknown.',
    }),
    text: t.exposeString('text', { description: 'The article text that offsets and sentence indexes refer to.' }),
  }),
});

export const ArticleConnection = builder.connectionObject(
  { type: ArticleNode, name: 'ArticleConnection', description: 'One page of articles, with the total count.' },
  { name: 'ArticleEdge', description: 'An article and its cursor.' },
);
