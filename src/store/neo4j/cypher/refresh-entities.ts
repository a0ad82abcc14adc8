// An entity lives while a fact refers to it or it carries a manual alias (one a merge gave it); an alias
// an article gave is no support on its own, and merge records and snapshots die with their entity.
export const pruneUnsupportedEntities = `
UNWIND $entityIds AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (e)-[:MENTIONS|SAID|ABOUT|HOLDS_ROLE|PARTICIPATED_IN|LOCATED_IN]-() }
  AND size(coalesce(e.manualAliases, [])) = 0
CALL (e) { MATCH (m)-[:MERGED_INTO]->(e) DETACH DELETE m }
DETACH DELETE e`;

// What an entity node caches from its relationships, recomputed from them after every change:
// aliases (each once, whoever gave it), aliasText for the full-text index, nameKeys (the folded keys
// of its name and aliases, see src/domain/name-key.ts) for entitiesByNameKeys, and mentionCount.
// Reads leave out an alias that is the name but for case or spacing (records.ts).
export const refreshDerivedEntityFields = `
UNWIND $entityIds AS id
MATCH (e:Entity {id: id})
WITH e,
  COLLECT {
    MATCH (e)<-[n:NAMES]-()
    UNWIND range(0, size(n.aliases) - 1) AS i
    RETURN {alias: n.aliases[i], key: n.aliasKeys[i]} AS named
  } + [i IN range(0, size(coalesce(e.manualAliases, [])) - 1) |
       {alias: e.manualAliases[i], key: e.manualAliasKeys[i]}] AS named
WITH e, named,
  reduce(distinct = [], x IN named | CASE WHEN x.alias IN distinct THEN distinct ELSE distinct + x.alias END) AS aliases
SET e.aliases = aliases,
    e.aliasText = trim(reduce(text = '', alias IN aliases | text + ' ' + alias)),
    e.nameKeys = reduce(keys = [e.nameKey], x IN named | CASE WHEN x.key IN keys THEN keys ELSE keys + x.key END),
    e.mentionCount = reduce(total = 0, n IN COLLECT { MATCH (e)<-[m:MENTIONS]-() RETURN m.count } | total + n)`;
