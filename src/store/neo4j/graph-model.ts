import type { EntityType } from '../../domain/entity';

/*
 * The graph this adapter writes, readable in Neo4j Browser at a glance:
 *
 *   (:Article)-[:PUBLISHED_BY]->(:Publisher {name})
 *   (:Article)-[:MENTIONS {count, sentenceIndexes, surfaceForms}]->(:Entity:Person|Organization|Place)
 *   (:Article)-[:NAMES {aliases, aliasKeys}]->(:Entity)    the aliases this article gave the entity
 *   (:Entity)-[:SAID]->(:Quote)-[:ABOUT {position}]->(:Entity)
 *   (:Entity)-[:HOLDS_ROLE {id, title, articleId, provenance…}]->(:Entity)  the organisation or country
 *   (:Entity)-[:HOLDS_ROLE {…}]->(:Article)                 when the text names no organisation
 *   (:Entity)-[:PARTICIPATED_IN {position}]->(:Event)-[:LOCATED_IN]->(:Entity)
 *   (:Quote|Event)-[:REPORTED_IN]->(:Article)
 *   (:MergeRecord {seq, …})-[:MERGED_INTO]->(:Entity)      seq from the one (:Sequence {name: 'MergeRecord'})
 *   (:MergeSnapshot {seq, at, snapshot})-[:MERGED_INTO]->(:Entity)  what unmergeEntity needs to undo a merge
 *
 * Entity nodes also cache what is derived from those relationships (aliases, nameKeys, mentionCount),
 * refreshed in the same transaction as every write (refresh-entities.ts).
 */

/**
 * The one label that varies with data. Cypher cannot take labels as parameters, so statements splice
 * it in from this closed map, keyed by the domain's entity type, never from input text.
 */
export const entityLabel: Readonly<Record<EntityType, string>> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  PLACE: 'Place',
};
