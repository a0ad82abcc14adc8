/** Databases return rows in their own order; this puts them back in the order the ids were asked in. */
export function alignByKey<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row] as const));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** The list form: every key gets the (possibly empty) list of rows that belong to it, in row order. */
export function groupByKey<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const byKey = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) byKey.get(keyOf(row))?.push(row);
  return keys.map((key) => byKey.get(key) ?? []);
}
