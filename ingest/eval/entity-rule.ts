import type { EntityType } from '../../src/domain/entity';
import type { NamedEntity } from './named-facts';

/** A name compared as FORMAT.md says: case-insensitively, without a leading "the" or a possessive "'s". */
export function foldName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '')
    .replace(/'s?$/, '');
}

/** An entity as the matching rule sees it: its folded names, and its type when known. */
export interface EntityRef {
  readonly folded: ReadonlySet<string>;
  readonly type: EntityType | null;
}

export function refOf(entity: NamedEntity): EntityRef {
  return { folded: new Set([entity.name, ...entity.aliases].map(foldName)), type: entity.type };
}

/**
 * The entity a fact names. Quotes, roles and events refer to entities by name; looking the
 * name up lets an alias on one side match the name on the other. A name that is no entity's
 * (a prediction may say a speaker it never listed) stands for itself, of unknown type.
 */
function refByName(name: string, entities: readonly NamedEntity[]): EntityRef {
  const folded = foldName(name);
  const entity = entities.find((candidate) => foldName(candidate.name) === folded)
    ?? entities.find((candidate) => candidate.aliases.some((alias) => foldName(alias) === folded));
  return entity ? refOf(entity) : { folded: new Set([folded]), type: null };
}

/** The entity matching rule: a shared name or alias, and types that agree. */
export function isSameEntity(a: EntityRef, b: EntityRef): boolean {
  if (a.type !== null && b.type !== null && a.type !== b.type) return false;
  for (const name of a.folded) if (b.folded.has(name)) return true;
  return false;
}

/** Both sides' entity lists, so a fact's names can be looked up on its own side. */
export interface NameContext {
  readonly predicted: readonly NamedEntity[];
  readonly gold: readonly NamedEntity[];
}

export function isSameName(predictedName: string, goldName: string, context: NameContext): boolean {
  return isSameEntity(refByName(predictedName, context.predicted), refByName(goldName, context.gold));
}
