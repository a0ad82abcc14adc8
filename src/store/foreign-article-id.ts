import type { ArticleGraph } from '../domain/article-graph';

/**
 * The first article other than the graph's own that one of its facts names, or null. Such a fact
 * would be stored under the other article and outlive this one's rewrites and deletion, so every
 * store refuses the graph whole (see refuseForeignFacts).
 */
function foreignArticleIdIn(graph: ArticleGraph): string | null {
  const named = [
    ...graph.mentions.map((mention) => mention.articleId),
    ...[...graph.quotes, ...graph.roles, ...graph.events].map((fact) => fact.provenance.articleId),
  ];
  return named.find((articleId) => articleId !== graph.article.id) ?? null;
}

/** Throws, before the store is touched, when a fact of the graph belongs to another article. */
export function refuseForeignFacts(graph: ArticleGraph): void {
  const foreign = foreignArticleIdIn(graph);
  if (foreign !== null) {
    throw new Error(`Article ${graph.article.id} was not written: some of its facts name article ${foreign}; build each graph from one article.`);
  }
}
