import type { Provenance } from '../../src/domain/provenance';
import { builder } from '../builder';
import { ArticleNode } from './article';

/** Any fact read from one sentence of one article. */
export const SourcedRef = builder.interfaceRef<{ readonly provenance: Provenance }>('Sourced').implement({
  description: 'A fact read from one sentence of one article, with what an analyst needs to check it.',
  fields: (t) => ({
    article: t.field({
      type: ArticleNode,
      description: 'The article the fact was read from.',
      resolve: (fact) => fact.provenance.articleId,
    }),
    sentence: t.string({ description: 'The whole sentence, as printed.', resolve: (fact) => fact.provenance.sentence }),
    sentenceIndex: t.int({
      description: '0-based index of the sentence in the article text.',
      resolve: (fact) => fact.provenance.sentenceIndex,
    }),
    start: t.int({
      description: 'Offset of the evidence in `article.text`, in UTF-16 code units.',
      resolve: (fact) => fact.provenance.start,
    }),
    end: t.int({ description: 'Offset just past the evidence in `article.text`.', resolve: (fact) => fact.provenance.end }),
  }),
});
