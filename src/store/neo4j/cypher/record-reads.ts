import { articleMap, entityMap, eventMap, quoteMap } from './projections';

// Lookups by id or name key: one statement per call, whatever the number of ids. Callers put the
// rows back in the order asked (alignByKey / groupByKey).

export const articlesByIds = `MATCH (a:Article) WHERE a.id IN $ids RETURN ${articleMap} AS item`;
export const entitiesByIds = `MATCH (e:Entity) WHERE e.id IN $ids RETURN ${entityMap} AS item`;
export const quotesByIds = `MATCH (q:Quote) WHERE q.id IN $ids RETURN ${quoteMap} AS item`;
export const eventsByIds = `MATCH (v:Event) WHERE v.id IN $ids RETURN ${eventMap} AS item`;

export const entitiesByNameKeys = `
MATCH (e:Entity) WHERE any(key IN e.nameKeys WHERE key IN $keys)
UNWIND [key IN $keys WHERE key IN e.nameKeys] AS key
WITH DISTINCT key, e
RETURN key, ${entityMap} AS item
ORDER BY e.mentionCount DESC, e.name, e.id`;
