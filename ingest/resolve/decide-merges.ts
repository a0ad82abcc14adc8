import type { Entity } from '../../src/domain/entity';
import { type EntityId, entityIdFor, normaliseForIdentity } from '../../src/domain/ids';
import { foldNameKey } from '../../src/domain/name-key';
import type { EntityDraft, EntityKey } from '../doc';
import { type PersonName, isSameFirstName, parsePersonName } from './person-name';

/** Which node an article's entity becomes. */
export interface MergeDecision {
  readonly key: EntityKey;
  readonly entityId: EntityId;
  /** The stored entity the draft joins; null when it is new. */
  readonly stored: Entity | null;
  /** Why the draft joins a stored entity of another name; null when new or already its own node. */
  readonly reason: string | null;
}

interface Match {
  readonly entity: Entity;
  readonly reason: string;
}

const isMultiWord = (name: string): boolean => foldNameKey(name).includes(' ');

/** A rule that names candidates; it decides only when exactly one stored entity qualifies. */
function onlyOne(candidates: readonly Entity[], reason: string): Match | null {
  const distinct = [...new Map(candidates.map((entity) => [entity.id, entity])).values()];
  return distinct.length === 1 ? { entity: distinct[0]!, reason } : null;
}

function sameName(draft: EntityDraft, stored: readonly Entity[]): Match | null {
  const key = foldNameKey(draft.name);
  const same = stored.filter((entity) => foldNameKey(entity.name) === key);
  const exact = same.every((entity) => normaliseForIdentity(entity.name) === normaliseForIdentity(draft.name));
  return onlyOne(same, exact ? 'same name' : 'same name in another spelling');
}

// A one-word alias of a person is a bare surname, which the surname rules weigh; here only full names count.
function aliasOfStored(draft: EntityDraft, stored: readonly Entity[]): Match | null {
  const usable = (name: string): boolean => draft.type !== 'PERSON' || isMultiWord(name);
  const draftKeys = new Set([draft.name, ...draft.aliases].filter(usable).map(foldNameKey));
  const sharing = stored.filter((entity) => [entity.name, ...entity.aliases].filter(usable).some((name) => draftKeys.has(foldNameKey(name))));
  return onlyOne(sharing, 'alias of stored entity');
}

/** "John Smith": one stored John (or J.) Smith; else the one bare "Smith" when no other-named Smith exists. */
function fullPersonName(name: PersonName & { first: string }, people: readonly [Entity, PersonName][]): Match | null {
  const sameSurname = people.filter(([, stored]) => stored.surname === name.surname);
  const firstNamed = sameSurname.filter(([, stored]) => stored.first !== null);
  const matching = firstNamed.filter(([, stored]) => isSameFirstName(stored.first!, name.first));
  if (matching.length > 0) return onlyOne(matching.map(([entity]) => entity), 'surname + matching first name');
  if (firstNamed.length > 0) return null; // a stored Jane Smith means a bare "Smith" may be her, not John
  const bare = sameSurname.map(([entity]) => entity);
  return onlyOne(bare, 'full name of a person stored by surname only');
}

/** "Smith": merges only when exactly one stored person has that surname, or was called just that. */
function bareSurname(surname: string, people: readonly [Entity, PersonName][]): Match | null {
  const named = people.filter(([entity, stored]) => stored.surname === surname
    || entity.aliases.some((alias) => !isMultiWord(alias) && foldNameKey(alias) === surname));
  return onlyOne(named.map(([entity]) => entity), 'surname of the only stored person so named');
}

function personMatch(draft: EntityDraft, stored: readonly Entity[]): Match | null {
  const name = parsePersonName(draft.name);
  if (name === null) return null;
  const people = stored.flatMap((entity) => {
    const parsed = parsePersonName(entity.name);
    return parsed ? [[entity, parsed] as [Entity, PersonName]] : [];
  });
  return name.first === null ? bareSurname(name.surname, people) : fullPersonName({ ...name, first: name.first }, people);
}

function decideOne(draft: EntityDraft, stored: readonly Entity[]): MergeDecision {
  const candidates = stored.filter((entity) => entity.type === draft.type);
  const ownId = entityIdFor(draft.type, draft.name);
  const own = candidates.find((entity) => entity.id === ownId);
  if (own) return { key: draft.key, entityId: ownId, stored: own, reason: null };
  // Rules go from the surest to the weakest, and the first that finds exactly one entity decides.
  // The order also keeps re-ingest stable: what this article wrote before (aliases) never outranks names.
  const match = sameName(draft, candidates) ?? aliasOfStored(draft, candidates)
    ?? (draft.type === 'PERSON' ? personMatch(draft, candidates) : null);
  return match
    ? { key: draft.key, entityId: match.entity.id, stored: match.entity, reason: match.reason }
    : { key: draft.key, entityId: ownId, stored: null, reason: null };
}

/**
 * Maps each of an article's entities to a stored entity or a new id. Pure: `stored` is what one
 * batch read by name keys returned. When several stored entities fit equally, the draft stays
 * apart: a missed merge can be fixed later, a wrong one mixes two people's quotes.
 */
export function decideMerges(drafts: readonly EntityDraft[], stored: readonly Entity[]): MergeDecision[] {
  return drafts.map((draft) => decideOne(draft, stored));
}
