import { builder } from '../builder';
import { badUserInput } from '../errors';
import { ArticleNode } from '../types/article';

const IngestArticleInput = builder.inputType('IngestArticleInput', {
  description: 'One article to add: its text or the HTML page it is in (exactly one of the two), and what is known about it.',
  fields: (t) => ({
    text: t.string({ description: 'The article as plain text.' }),
    html: t.string({ description: 'The HTML page the article is in; navigation and other boilerplate are dropped.' }),
    title: t.string({ description: 'Headline.' }),
    url: t.string({ description: 'Where it was published; re-ingesting the same URL replaces the earlier version.' }),
    source: t.string({ description: 'Publisher, e.g. "Miami Herald".' }),
    publishedAt: t.field({ type: 'DateTime', description: 'When it was published.' }),
  }),
});

const IngestArticlePayload = builder.objectRef<{ articleId: string; changed: boolean }>('IngestArticlePayload').implement({
  description: 'What ingesting an article did.',
  fields: (t) => ({
    article: t.field({ type: ArticleNode, description: 'The stored article.', resolve: (payload) => payload.articleId }),
    changed: t.exposeBoolean('changed', {
      description: 'false when the same article was already stored with exactly these facts.',
    }),
  }),
});

builder.mutationField('ingestArticle', (t) =>
  t.field({
    type: IngestArticlePayload,
    description: 'Reads one article, extracts its entities, quotes, roles and events, and adds them to the graph.',
    args: { input: t.arg({ type: IngestArticleInput, required: true, description: 'The article.' }) },
    resolve: async (_root, { input }, context) => {
      const text = input.text?.trim() ? input.text : null;
      const html = input.html?.trim() ? input.html : null;
      if ((text === null) === (html === null)) {
        throw badUserInput('input', 'needs exactly one of "text" and "html", and it must not be blank.');
      }
      const outcome = await context.ingestArticle({
        text,
        html,
        title: input.title ?? null,
        url: input.url ?? null,
        source: input.source ?? null,
        publishedAt: input.publishedAt ? input.publishedAt.toISOString() : null,
      });
      if (outcome.changed) context.articleEvents.publish('articleIngested', outcome.articleId);
      return outcome;
    },
  }),
);
