import type { AnnotatedDoc, EntityKey } from '../doc';
import type { NamedFacts } from './named-facts';

/** The pipeline's output in the gold format: local entity keys replaced by the entities' names. */
export function predictionsOf(doc: AnnotatedDoc): NamedFacts {
  const nameByKey = new Map(doc.entities.map((entity) => [entity.key, entity.name] as const));
  // A key with no entity would be a pipeline bug; naming it keeps the fact visible in --explain.
  const nameOf = (key: EntityKey): string => nameByKey.get(key) ?? `<unknown entity ${key}>`;
  const nameOrNull = (key: EntityKey | null): string | null => (key === null ? null : nameOf(key));
  return {
    entities: doc.entities.map(({ name, type, aliases }) => ({ name, type, aliases: [...aliases] })),
    quotes: doc.quotes.map((quote) => ({
      speaker: nameOrNull(quote.speakerKey), text: quote.text, about: quote.aboutKeys.map(nameOf),
    })),
    roles: doc.roles.map((role) => ({
      person: nameOf(role.personKey), role: role.title, org: nameOrNull(role.organizationKey),
    })),
    events: doc.events.map((event) => ({
      type: event.type, participants: event.participantKeys.map(nameOf), place: nameOrNull(event.placeKey), date: event.date,
    })),
  };
}
