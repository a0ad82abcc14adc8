// mergeEntities. Besides mentions (merged in one go), one statement per kind of relationship, each run for one absorbed entity ($fromId)
// at a time so a MERGE sees what the previous one made. Relationships cannot change their ends, so
// "moving" one is deleting it and creating its copy on the surviving entity ($intoId).

const bothEnds = 'MATCH (into:Entity {id: $intoId}), (from:Entity {id: $fromId})';

export const moveRelationships: readonly string[] = [
  `${bothEnds}
  MATCH (a:Article)-[old:NAMES]->(from)
  MERGE (a)-[n:NAMES]->(into)
  ON CREATE SET n.aliases = [], n.aliasKeys = []
  WITH n, old, [i IN range(0, size(old.aliases) - 1) WHERE NOT old.aliases[i] IN n.aliases] AS fresh
  SET n.aliases = n.aliases + [i IN fresh | old.aliases[i]], n.aliasKeys = n.aliasKeys + [i IN fresh | old.aliasKeys[i]]
  DELETE old`,
  `${bothEnds}
  MATCH (from)-[old:SAID]->(q:Quote)
  DELETE old
  CREATE (into)-[:SAID]->(q)`,
  // A quote about both is about the survivor once, where the survivor already stood.
  `${bothEnds}
  MATCH (q:Quote)-[old:ABOUT]->(from)
  MERGE (q)-[about:ABOUT]->(into)
  ON CREATE SET about.position = old.position
  DELETE old`,
  `${bothEnds}
  MATCH (from)-[old:PARTICIPATED_IN]->(v:Event)
  MERGE (into)-[took:PARTICIPATED_IN]->(v)
  ON CREATE SET took.position = old.position
  DELETE old`,
  `${bothEnds}
  MATCH (v:Event)-[old:LOCATED_IN]->(from)
  DELETE old
  MERGE (v)-[:LOCATED_IN]->(into)`,
  // Roles held (outgoing) first, then roles at the entity (incoming), so a role the absorbed entity
  // held at itself ends on the survivor at both ends. Delete before create: role ids are unique.
  `${bothEnds}
  MATCH (from)-[old:HOLDS_ROLE]->(holder)
  WITH into, old, holder, properties(old) AS role
  DELETE old
  CREATE (into)-[moved:HOLDS_ROLE]->(holder) SET moved = role`,
  `${bothEnds}
  MATCH (person:Entity)-[old:HOLDS_ROLE]->(from)
  WITH into, old, person, properties(old) AS role
  DELETE old
  CREATE (person)-[moved:HOLDS_ROLE]->(into) SET moved = role`,
  // Merge records and snapshots alike: what was merged into the absorbed entity stays undoable.
  `${bothEnds}
  MATCH (m)-[old:MERGED_INTO]->(from)
  DELETE old
  CREATE (m)-[:MERGED_INTO]->(into)`,
];

// The absorbed entity's names become manual aliases of the survivor, which keep it alive on their own.
export const absorbEntity = `
${bothEnds}
SET into.manualAliases = coalesce(into.manualAliases, []) + [from.name] + coalesce(from.manualAliases, []),
    into.manualAliasKeys = coalesce(into.manualAliasKeys, []) + [from.nameKey] + coalesce(from.manualAliasKeys, [])
MERGE (counter:Sequence {name: 'MergeRecord'})
SET counter.last = coalesce(counter.last, 0) + 1
CREATE (:MergeRecord {fromId: from.id, name: from.name, reason: $reason, at: $at, seq: counter.last})
       -[:MERGED_INTO]->(into)
DETACH DELETE from`;

// Per article, the mentions of all the merged entities become one mention of the survivor: counts
// add up, sentence indexes unite in order, surface forms unite in entity-id order.
export const mergeMentions = `
MATCH (into:Entity {id: $intoId})
MATCH (a:Article)-[m:MENTIONS]->(e:Entity) WHERE e.id IN $entityIds
WITH into, a, m, e ORDER BY a.id, e.id
WITH into, a, collect(m) AS mentions
CREATE (a)-[:MENTIONS {
  count: reduce(total = 0, m IN mentions | total + m.count),
  sentenceIndexes: COLLECT { UNWIND mentions AS m UNWIND m.sentenceIndexes AS i RETURN DISTINCT i ORDER BY i },
  surfaceForms: reduce(forms = [], m IN mentions |
    reduce(more = forms, form IN m.surfaceForms | CASE WHEN form IN more THEN more ELSE more + form END))
}]->(into)
FOREACH (m IN mentions | DELETE m)`;

export const existingEntityIds = 'MATCH (e:Entity) WHERE e.id IN $entityIds RETURN collect(e.id) AS ids';
