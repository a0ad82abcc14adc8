import { describe, expect, it } from 'vitest';
import type { EntityId } from '../../src/domain/ids';
import { findShortestPath, type NeighboursOf } from '../../schema/queries/shortest-path';

// Entities of the sample page, linked when an article names both (undirected).
const links: [string, string][] = [
  ['Zelenskyy', 'Umierov'], ['Umierov', 'Willing Coalition'], ['Zelenskyy', 'UK'], ['UK', 'Radakin'],
  ['Kovalenko', 'Rezonit'], ['Rezonit', 'Russia'], ['Russia', 'Moscow'], ['Ukraine', 'Russia'], ['Zelenskyy', 'Ukraine'],
];
const id = (name: string) => name as EntityId;

function graphOf(pairs: [string, string][]) {
  const calls: string[][] = [];
  const neighboursOf: NeighboursOf = async (ids) => {
    calls.push([...ids]);
    return new Map(ids.map((at) => [at, pairs.flatMap(([a, b]) => (a === at ? [id(b)] : b === at ? [id(a)] : []))]));
  };
  return { neighboursOf, calls };
}

describe('findShortestPath', () => {
  it('finds the shortest chain through shared articles, in order from start to goal', async () => {
    const { neighboursOf } = graphOf(links);
    expect(await findShortestPath(id('Radakin'), id('Moscow'), 6, neighboursOf)).toEqual(
      ['Radakin', 'UK', 'Zelenskyy', 'Ukraine', 'Russia', 'Moscow'],
    );
  });

  it('returns null when the chain needs more hops than allowed', async () => {
    const { neighboursOf } = graphOf(links);
    expect(await findShortestPath(id('Radakin'), id('Moscow'), 4, neighboursOf)).toBeNull();
  });

  it('returns null for entities in separate parts of the graph', async () => {
    const { neighboursOf } = graphOf([...links, ['NATO', 'Rome']]);
    expect(await findShortestPath(id('Zelenskyy'), id('Rome'), 6, neighboursOf)).toBeNull();
  });

  it('is the entity alone when both ends are the same, without reading the store', async () => {
    const { neighboursOf, calls } = graphOf(links);
    expect(await findShortestPath(id('UK'), id('UK'), 4, neighboursOf)).toEqual(['UK']);
    expect(calls).toEqual([]);
  });

  it('asks for one frontier per level, never one entity at a time', async () => {
    const { neighboursOf, calls } = graphOf(links);
    await findShortestPath(id('Umierov'), id('Russia'), 4, neighboursOf);
    // Umierov and Russia are three hops apart: three levels, alternating sides as frontiers grow.
    expect(calls).toEqual([['Umierov'], ['Russia'], ['Willing Coalition', 'Zelenskyy']]);
  });
});
