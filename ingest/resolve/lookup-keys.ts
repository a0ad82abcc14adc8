import { normaliseForIdentity } from '../../src/domain/ids';
import { foldNameKey } from '../../src/domain/name-key';
import type { EntityDraft } from '../doc';
import { parsePersonName } from './person-name';

/**
 * Every key under which a stored entity could be the same as this draft: each name as written
 * (lowercased) and folded, and for a person the surname alone, so "Zelensky" finds
 * "Volodymyr Zelenskyy". Wide on purpose: decideMerges, not the lookup, decides.
 */
export function lookupKeysOf(draft: EntityDraft): string[] {
  const names = [draft.name, ...draft.aliases];
  const surnames = draft.type === 'PERSON' ? names.map(parsePersonName).flatMap((name) => (name ? [name.surname] : [])) : [];
  const keys = [...names.map(normaliseForIdentity), ...names.map(foldNameKey), ...surnames];
  return [...new Set(keys)].filter((key) => key.length > 0);
}
