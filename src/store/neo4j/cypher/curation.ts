import { ENTITY_TYPES, type EntityType } from '../../../domain/entity';
import { entityLabel } from '../graph-model';

// addAlias, and the snapshots that let unmergeEntity undo a mergeEntities exactly.

/** A manual alias (no article's rewrite removes it) plus the record of why, unless it already is one. */
export const addManualAlias = `
MATCH (e:Entity {id: $id})
CALL (e) {
  WITH e WHERE NOT $alias IN coalesce(e.manualAliases, [])
  SET e.manualAliases = coalesce(e.manualAliases, []) + $alias,
      e.manualAliasKeys = coalesce(e.manualAliasKeys, []) + $aliasKey
  MERGE (counter:Sequence {name: 'MergeRecord'})
  SET counter.last = coalesce(counter.last, 0) + 1
  CREATE (:MergeRecord {name: $alias, reason: $reason, at: $at, seq: counter.last})-[:MERGED_INTO]->(e)
}
RETURN e.id AS id`;

/** Before a merge: everything about one absorbed entity ($fromId) that the merge will move onto $intoId. */
export const captureAbsorbedEntity = `
MATCH (into:Entity {id: $intoId}), (from:Entity {id: $fromId})
RETURN from {.id, .type, .name, .nameKey, .manualAliases, .manualAliasKeys} AS entity,
  COLLECT { MATCH (a:Article)-[n:NAMES]->(from) RETURN {articleId: a.id, aliases: n.aliases, aliasKeys: n.aliasKeys} } AS names,
  COLLECT { MATCH (a:Article)-[n:NAMES]->(into) WHERE EXISTS { (a)-[:NAMES]->(from) }
            RETURN {articleId: a.id, aliases: n.aliases, aliasKeys: n.aliasKeys} } AS intoNames,
  COLLECT { MATCH (from)-[:SAID]->(q:Quote) RETURN q.id } AS speakerOf,
  COLLECT { MATCH (q:Quote)-[r:ABOUT]->(from) RETURN {id: q.id, position: r.position, intoHad: EXISTS { (q)-[:ABOUT]->(into) }} } AS aboutOf,
  COLLECT { MATCH (from)-[r:HOLDS_ROLE]->() RETURN r.id } AS personOf,
  COLLECT { MATCH ()-[r:HOLDS_ROLE]->(from) RETURN r.id } AS organizationOf,
  COLLECT { MATCH (v:Event)-[:LOCATED_IN]->(from) RETURN v.id } AS placeOf,
  COLLECT { MATCH (from)-[r:PARTICIPATED_IN]->(v:Event)
            RETURN {id: v.id, position: r.position, intoHad: EXISTS { (into)-[:PARTICIPATED_IN]->(v) }} } AS participantOf,
  COLLECT { MATCH (m)-[:MERGED_INTO]->(from) RETURN m.seq } AS mergedIntoSeqs`;

/** Before a merge: the mentions of all merged entities in every article that names one being absorbed. */
export const captureMentions = `
MATCH (a:Article)-[m:MENTIONS]->(e:Entity)
WHERE e.id IN $entityIds AND EXISTS { (a)-[:MENTIONS]->(absorbed:Entity) WHERE absorbed.id IN $fromIds }
RETURN {entityId: e.id, articleId: a.id, count: m.count, sentenceIndexes: m.sentenceIndexes, surfaceForms: m.surfaceForms} AS mention`;

export const saveSnapshot = `
MATCH (into:Entity {id: $intoId})
MERGE (counter:Sequence {name: 'MergeRecord'})
SET counter.last = coalesce(counter.last, 0) + 1
CREATE (:MergeSnapshot {intoId: $intoId, at: $at, snapshot: $snapshot, seq: counter.last})-[:MERGED_INTO]->(into)`;

// A snapshot travels with its entity when that entity is merged into another (so it dies with it),
// but only the merges made into this very entity are its to undo; the others come back with theirs.
export const snapshotsNewestFirst = `
MATCH (s:MergeSnapshot {intoId: $intoId})-[:MERGED_INTO]->(:Entity {id: $intoId})
RETURN s.seq AS seq, s.snapshot AS snapshot ORDER BY s.seq DESC`;

export const deleteSnapshot = 'MATCH (s:MergeSnapshot {seq: $seq}) DETACH DELETE s';

export const recreateEntity: Readonly<Record<EntityType, string>> = Object.fromEntries(
  ENTITY_TYPES.map((type) => [type, `CREATE (e:Entity:${entityLabel[type]}) SET e = $properties`]),
) as Record<EntityType, string>;

const bothEnds = 'MATCH (into:Entity {id: $intoId}), (from:Entity {id: $fromId})';

/** Each gives the absorbed entity ($fromId) back what the merge moved onto $intoId; ids and links are parameters. */
export const giveBack = {
  speakerOf: `${bothEnds}
    MATCH (into)-[r:SAID]->(q:Quote) WHERE q.id IN $ids
    DELETE r CREATE (from)-[:SAID]->(q)`,
  personOf: `${bothEnds}
    MATCH (into)-[r:HOLDS_ROLE]->(holder) WHERE r.id IN $ids
    WITH from, r, holder, properties(r) AS role
    DELETE r CREATE (from)-[back:HOLDS_ROLE]->(holder) SET back = role`,
  organizationOf: `${bothEnds}
    MATCH (person:Entity)-[r:HOLDS_ROLE]->(into) WHERE r.id IN $ids
    WITH from, r, person, properties(r) AS role
    DELETE r CREATE (person)-[back:HOLDS_ROLE]->(from) SET back = role`,
  placeOf: `${bothEnds}
    MATCH (v:Event)-[r:LOCATED_IN]->(into) WHERE v.id IN $ids
    DELETE r CREATE (v)-[:LOCATED_IN]->(from)`,
  // A link the survivor had before the merge stays; one it only got from the merge goes back.
  aboutOf: `${bothEnds}
    UNWIND $links AS link
    MATCH (q:Quote {id: link.id})
    CREATE (q)-[:ABOUT {position: link.position}]->(from)
    WITH into, q, link WHERE NOT link.intoHad
    MATCH (q)-[r:ABOUT]->(into) DELETE r`,
  participantOf: `${bothEnds}
    UNWIND $links AS link
    MATCH (v:Event {id: link.id})
    CREATE (from)-[:PARTICIPATED_IN {position: link.position}]->(v)
    WITH into, v, link WHERE NOT link.intoHad
    MATCH (into)-[r:PARTICIPATED_IN]->(v) DELETE r`,
  mergedIntoSeqs: `${bothEnds}
    MATCH (m)-[r:MERGED_INTO]->(into) WHERE m.seq IN $ids
    DELETE r CREATE (m)-[:MERGED_INTO]->(from)`,
} as const;

export const deleteMergeRecordOf = `
MATCH (m:MergeRecord {fromId: $fromId, at: $at})-[:MERGED_INTO]->(:Entity {id: $intoId}) DETACH DELETE m`;

export const manualAliasesOf = 'MATCH (e:Entity {id: $id}) RETURN coalesce(e.manualAliases, []) AS aliases, coalesce(e.manualAliasKeys, []) AS keys';
export const setManualAliases = 'MATCH (e:Entity {id: $id}) SET e.manualAliases = $aliases, e.manualAliasKeys = $keys';

/** Puts back the NAMES (or MENTIONS) an entity had from the given articles, where those articles still exist. */
export const replaceNames = `
MATCH (e:Entity {id: $entityId})
OPTIONAL MATCH (a:Article)-[n:NAMES]->(e) WHERE a.id IN $articleIds
DELETE n
WITH DISTINCT e
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
CREATE (a)-[:NAMES {aliases: row.aliases, aliasKeys: row.aliasKeys}]->(e)`;

export const replaceMentions = `
MATCH (into:Entity {id: $intoId})
OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(into) WHERE a.id IN $articleIds
DELETE m
WITH DISTINCT into
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId}), (e:Entity {id: row.entityId})
CREATE (a)-[:MENTIONS {count: row.count, sentenceIndexes: row.sentenceIndexes, surfaceForms: row.surfaceForms}]->(e)`;
