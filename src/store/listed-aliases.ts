import { normaliseForIdentity } from '../domain/ids';

/**
 * The aliases an entity lists, the same in every store: an alias that is the name but for case or
 * spacing is not worth listing, and the rest are sorted here (by UTF-16 order) because neither
 * database promises an order for the aggregate that collects them.
 */
export function listedAliases(name: string, aliases: readonly string[]): string[] {
  const nameAsKey = normaliseForIdentity(name);
  return aliases.filter((alias) => normaliseForIdentity(alias) !== nameAsKey).sort();
}
