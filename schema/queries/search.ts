import type { Article } from '../../src/domain/article';
import type { Entity } from '../../src/domain/entity';
import type { Quote } from '../../src/domain/quote';
import { builder } from '../builder';
import { badUserInput } from '../errors';
import { ENTITY_TYPENAMES } from '../global-ids';
import { checkedFirst } from '../pagination';
import { ArticleNode } from '../types/article';
import { OrganizationNode } from '../types/organization';
import { PersonNode } from '../types/person';
import { PlaceNode } from '../types/place';
import { QuoteNode } from '../types/quote';
import { rankSearchHits, type SearchHit, type SearchItem } from './rank-search-hits';

const SearchResultUnion = builder.unionType('SearchResult', {
  description: 'Something `search` found: an entity, a quote or an article.',
  types: [PersonNode, OrganizationNode, PlaceNode, QuoteNode, ArticleNode],
  resolveType: (found) => {
    if ('mentionCount' in found) return ENTITY_TYPENAMES[found.type];
    return 'speakerId' in found ? 'Quote' : 'Article';
  },
});

const foundObject = (item: SearchItem): Entity | Quote | Article =>
  item.kind === 'entity' ? item.entity : item.kind === 'quote' ? item.quote : item.article;

const SearchHitType = builder.objectRef<SearchHit>('SearchHit').implement({
  description: 'One search result and how well it matched.',
  fields: (t) => ({
    score: t.exposeFloat('score', {
      description: 'Higher is better: share of the query words matched, plus bonuses for an exact phrase or name.',
    }),
    item: t.field({ type: SearchResultUnion, description: 'What was found.', resolve: (hit) => foundObject(hit.item) }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHitType],
    description: 'Finds entities (by name or alias), quotes (by their words) and articles (by title and text) in one ranked list.',
    args: {
      text: t.arg.string({ required: true, description: 'Words to look for.' }),
      first: t.arg.int({ defaultValue: 10, description: 'How many results, at most 100.' }),
    },
    complexity: (args) => ({ field: 3, multiplier: args.first ?? 10 }),
    resolve: async (_root, args, context) => {
      const first = checkedFirst(args.first ?? 10);
      const text = args.text.trim();
      if (text === '') throw badUserInput('text', 'must contain at least one word.');
      // Each store search ranks its own kind; the top `first` of each is enough to fill the merged list.
      const page = { offset: 0, limit: first };
      const [entities, quotes, articles] = await Promise.all([
        context.store.listEntities({ search: text, orderBy: 'RELEVANCE' }, page),
        context.store.listQuotes({ search: text }, page),
        context.store.listArticles({ search: text }, page),
      ]);
      return rankSearchHits(
        text,
        [
          ...entities.items.map((entity) => ({ kind: 'entity' as const, entity })),
          ...quotes.items.map((quote) => ({ kind: 'quote' as const, quote })),
          ...articles.items.map((article) => ({ kind: 'article' as const, article })),
        ],
        first,
      );
    },
  }),
);
