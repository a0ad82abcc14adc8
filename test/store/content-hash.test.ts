import { describe, expect, it } from 'vitest';
import { contentHashOf } from '../../src/store/content-hash';
import { ukraine, yahooAidGraph } from '../fixtures/sample-graphs';

const merge = {
  intoId: ukraine.id, fromId: null, name: 'Ukrainian state', articleId: yahooAidGraph.article.id,
  reason: 'same place, longer name', at: '2025-06-05T12:00:00.000Z',
};

describe('contentHashOf', () => {
  it('is the same for equal graphs built with their keys in another order', () => {
    const reordered = Object.fromEntries(Object.entries(yahooAidGraph).reverse()) as typeof yahooAidGraph;
    expect(contentHashOf(reordered)).toBe(contentHashOf(yahooAidGraph));
  });

  it('ignores when a merge was made, not what it made', () => {
    const graph = { ...yahooAidGraph, merges: [merge] };
    expect(contentHashOf({ ...graph, merges: [{ ...merge, at: '2026-01-01T00:00:00.000Z' }] })).toBe(contentHashOf(graph));
    expect(contentHashOf({ ...graph, merges: [{ ...merge, reason: 'another reason' }] })).not.toBe(contentHashOf(graph));
  });
});
