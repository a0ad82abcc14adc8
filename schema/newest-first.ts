import type { Article } from '../src/domain/article';
import type { ArticleId } from '../src/domain/ids';
import type { Context } from './builder';
import { ArticleNode } from './types/article';

/**
 * Orders facts by their article, newest first (undated last), then by position in the article,
 * so that offsets into the list are stable cursors whatever order a store returned the list in.
 * The articles come through the request's Article loader: one batched read for every parent
 * on the level, and the same articles then resolve `article` fields without another read.
 */
export async function sortNewestFirst<T>(
  items: readonly T[],
  context: Context,
  positionOf: (item: T) => { readonly articleId: ArticleId; readonly start: number },
): Promise<T[]> {
  const articleIds = [...new Set(items.map((item) => positionOf(item).articleId))];
  const loaded = await ArticleNode.getDataloader(context).loadMany(articleIds);
  const publishedAt = new Map(
    loaded.flatMap((article) => (article instanceof Error ? [] : [[article.id, (article as Article).publishedAt ?? ''] as const])),
  );
  return [...items].sort((a, b) => {
    const [pa, pb] = [positionOf(a), positionOf(b)];
    const byDate = (publishedAt.get(pb.articleId) ?? '').localeCompare(publishedAt.get(pa.articleId) ?? '');
    return byDate || pa.articleId.localeCompare(pb.articleId) || pa.start - pb.start;
  });
}
