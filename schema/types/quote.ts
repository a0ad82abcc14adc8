import type { QuoteId } from '../../src/domain/ids';
import type { Quote } from '../../src/domain/quote';
import { builder, type Context } from '../builder';
import { notFound } from '../errors';
import { EntityRef } from './entity';
import { SourcedRef } from './sourced';

/** Words someone said or wrote, as one article prints them. */
export const QuoteNode = builder.loadableNodeRef('Quote', {
  id: { resolve: (quote: Quote) => quote.id },
  load: async (ids: string[], context: Context) =>
    (await context.store.quotesByIds(ids as QuoteId[])).map((quote, index) => quote ?? notFound('quote', ids[index]!)),
});

QuoteNode.implement({
  description: 'Words a speaker said or wrote, as printed in one article: who said what about whom.',
  interfaces: [SourcedRef],
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'speakerId' in value,
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The quoted words without quotation marks; a split quote is joined with a space.' }),
    speaker: t.field({
      type: EntityRef,
      nullable: true,
      description: 'Who said it; null when the article prints the words but we could not tell who said them.',
      resolve: (quote) => quote.speakerId,
    }),
    about: t.field({
      type: [EntityRef],
      description: 'Entities the quote names or is plainly about.',
      resolve: (quote) => [...quote.aboutIds],
    }),
  }),
});

export const QuoteConnection = builder.connectionObject(
  { type: QuoteNode, name: 'QuoteConnection', description: 'One page of quotes, with the total count.' },
  { name: 'QuoteEdge', description: 'A quote and its cursor.' },
);
