import type { Article } from '../../src/domain/article';
import type { Entity } from '../../src/domain/entity';
import type { Quote } from '../../src/domain/quote';

export type SearchItem =
  | { readonly kind: 'entity'; readonly entity: Entity }
  | { readonly kind: 'quote'; readonly quote: Quote }
  | { readonly kind: 'article'; readonly article: Article };

export interface SearchHit {
  readonly score: number;
  readonly item: SearchItem;
}

const wordsOf = (text: string) => text.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Share of the query's words found in `text` (0..1), plus 1 when the whole query appears as a phrase. */
function matchScore(queryWords: readonly string[], text: string): number {
  if (queryWords.length === 0) return 0;
  const words = wordsOf(text);
  const present = new Set(words);
  const coverage = queryWords.filter((word) => present.has(word)).length / queryWords.length;
  const isPhrase = ` ${words.join(' ')} `.includes(` ${queryWords.join(' ')} `);
  return coverage + (isPhrase ? 1 : 0);
}

function scoreOf(queryWords: readonly string[], item: SearchItem): number {
  switch (item.kind) {
    case 'entity': {
      const names = [item.entity.name, ...item.entity.aliases];
      const best = Math.max(...names.map((name) => matchScore(queryWords, name)));
      const isExactName = names.some((name) => wordsOf(name).join(' ') === queryWords.join(' '));
      // Among equally good name matches, the entity the news talks about more comes first.
      return best + (isExactName ? 1 : 0) + Math.log10(1 + item.entity.mentionCount) / 10;
    }
    case 'quote':
      return matchScore(queryWords, item.quote.text);
    case 'article':
      // A title match is worth more than the same words somewhere in a long text.
      return matchScore(queryWords, item.article.title ?? '') + matchScore(queryWords, item.article.text) / 2;
  }
}

const idOf = (item: SearchItem) =>
  item.kind === 'entity' ? item.entity.id : item.kind === 'quote' ? item.quote.id : item.article.id;

/**
 * Puts candidates from the three store searches into one ranking. Each store ranks only within
 * its own kind, so this scores every candidate the same way against the query's words; ties go
 * to entities, then quotes, then articles, then id, so the order is repeatable.
 */
export function rankSearchHits(query: string, items: readonly SearchItem[], first: number): SearchHit[] {
  const queryWords = [...new Set(wordsOf(query))];
  const kindOrder = { entity: 0, quote: 1, article: 2 } as const;
  return items
    .map((item) => ({ score: Math.round(scoreOf(queryWords, item) * 1000) / 1000, item }))
    .sort(
      (a, b) =>
        b.score - a.score || kindOrder[a.item.kind] - kindOrder[b.item.kind] || idOf(a.item).localeCompare(idOf(b.item)),
    )
    .slice(0, first);
}
