import { createHash } from 'node:crypto';
import type { ArticleGraph } from '../../domain/article-graph';

/**
 * A digest of everything an article graph would store, with keys sorted so equal graphs hash the same
 * however they were built. Merge timestamps are left out: re-ingesting an unchanged article makes the
 * same merges at a later time, and that alone is no reason to rewrite it.
 */
export function contentHashOf(graph: ArticleGraph): string {
  const timeless = { ...graph, merges: graph.merges.map(({ at: _at, ...merge }) => merge) };
  return createHash('sha256').update(JSON.stringify(timeless, sortKeys)).digest('hex');
}

function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
