import neo4j, { type Integer } from 'neo4j-driver';

// The driver sends a JS number as a float and returns stored integers as its own 64-bit Integer.
// Counts, offsets and positions cross the boundary here so the graph holds integers and the
// domain gets plain numbers.

/** A whole number as a Cypher integer parameter (LIMIT and SKIP reject floats). */
export const cypherInt = (value: number): Integer => neo4j.int(value);

export const cypherInts = (values: readonly number[]): Integer[] => values.map(cypherInt);

/** A stored integer (or a Cypher count) as a JS number. */
export function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) return value.toNumber();
  if (typeof value === 'number') return value;
  throw new TypeError(`Expected an integer from Neo4j, got ${typeof value}`);
}

export const toNumbers = (values: unknown): number[] => (values as unknown[]).map(toNumber);

