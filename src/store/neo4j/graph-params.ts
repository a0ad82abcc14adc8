import type { ArticleGraph, EntityWrite } from '../../domain/article-graph';
import type { EntityType } from '../../domain/entity';
import { foldNameKey } from '../../domain/name-key';
import type { Provenance } from '../../domain/provenance';
import { cypherInt, cypherInts } from './neo4j-values';

// An ArticleGraph as the parameters of the write statements (cypher/write-graph.ts): integers as
// Cypher integers, folded name keys computed once here, lists deduplicated the way the SQLite store's keys do.

const provenanceParams = (provenance: Provenance) => ({
  sentenceIndex: cypherInt(provenance.sentenceIndex),
  start: cypherInt(provenance.start),
  end: cypherInt(provenance.end),
  sentence: provenance.sentence,
});

/** Each id once, at the position of its first occurrence. */
const positioned = (ids: readonly string[]) =>
  ids.flatMap((entityId, position) => (ids.indexOf(entityId) === position ? [{ entityId, position: cypherInt(position) }] : []));

function entityParams(entity: EntityWrite) {
  const aliases = [...new Set(entity.aliases)];
  return {
    id: entity.id, type: entity.type, name: entity.name, nameKey: foldNameKey(entity.name),
    aliases, aliasKeys: aliases.map(foldNameKey),
  };
}

export function entitiesByType(graph: ArticleGraph): [EntityType, ReturnType<typeof entityParams>[]][] {
  const byType = new Map<EntityType, ReturnType<typeof entityParams>[]>();
  for (const entity of graph.entities) {
    byType.set(entity.type, [...(byType.get(entity.type) ?? []), entityParams(entity)]);
  }
  return [...byType];
}

/** Every entity id a fact of the graph points at; each must exist before the facts are written. */
export function referencedEntityIds(graph: ArticleGraph): string[] {
  return [...new Set([
    ...graph.mentions.map((mention) => mention.entityId),
    ...graph.quotes.flatMap((quote) => [...(quote.speakerId ? [quote.speakerId] : []), ...quote.aboutIds]),
    ...graph.roles.flatMap((role) => [role.personId, ...(role.organizationId ? [role.organizationId] : [])]),
    ...graph.events.flatMap((event) => [...(event.placeId ? [event.placeId] : []), ...event.participantIds]),
    ...graph.merges.map((merge) => merge.intoId),
  ])];
}

export function factParams(graph: ArticleGraph) {
  return {
    mentions: graph.mentions.map((mention) => ({
      entityId: mention.entityId, count: cypherInt(mention.count),
      sentenceIndexes: cypherInts(mention.sentenceIndexes), surfaceForms: [...mention.surfaceForms],
    })),
    quotes: graph.quotes.map((quote) => ({
      id: quote.id, text: quote.text, speakerId: quote.speakerId, about: positioned(quote.aboutIds),
      ...provenanceParams(quote.provenance),
    })),
    roles: graph.roles.map((role) => ({
      id: role.id, personId: role.personId, title: role.title, organizationId: role.organizationId,
      ...provenanceParams(role.provenance),
    })),
    events: graph.events.map((event) => ({
      id: event.id, type: event.type, trigger: event.trigger, date: event.date, placeId: event.placeId,
      participants: positioned(event.participantIds), ...provenanceParams(event.provenance),
    })),
    merges: graph.merges.map((merge, position) => ({ ...merge, position: cypherInt(position) })),
  };
}
