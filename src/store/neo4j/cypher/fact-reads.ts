import { eventMap, mentionMap, mergeRecordMap, quoteMap, roleMap } from './projections';

// One list per id, each row tagged with the id it belongs to (key). Within an article facts follow
// the text; across articles the newest article comes first (undated last); merges in stored order.

const newestArticleFirst = 'a.publishedAt IS NULL, a.publishedAt DESC, a.id';

export const mentionsByArticleIds = `
MATCH (a:Article)-[m:MENTIONS]->(e:Entity) WHERE a.id IN $ids
RETURN a.id AS key, ${mentionMap} AS item ORDER BY m.count DESC, e.id`;

export const mentionsByEntityIds = `
MATCH (a:Article)-[m:MENTIONS]->(e:Entity) WHERE e.id IN $ids
RETURN e.id AS key, ${mentionMap} AS item ORDER BY ${newestArticleFirst}`;

export const quotesByArticleIds = `
MATCH (q:Quote)-[:REPORTED_IN]->(a:Article) WHERE a.id IN $ids
RETURN a.id AS key, ${quoteMap} AS item ORDER BY q.start, q.id`;

export const quotesBySpeakerIds = `
MATCH (by:Entity)-[:SAID]->(q:Quote)-[:REPORTED_IN]->(a:Article) WHERE by.id IN $ids
RETURN by.id AS key, ${quoteMap} AS item ORDER BY ${newestArticleFirst}, q.start, q.id`;

export const quotesAboutEntityIds = `
MATCH (a:Article)<-[:REPORTED_IN]-(q:Quote)-[:ABOUT]->(asked:Entity) WHERE asked.id IN $ids
RETURN asked.id AS key, ${quoteMap} AS item ORDER BY ${newestArticleFirst}, q.start, q.id`;

export const rolesByPersonIds = `
MATCH (p:Entity)-[r:HOLDS_ROLE]->(t) WHERE p.id IN $ids
MATCH (a:Article {id: r.articleId})
RETURN p.id AS key, ${roleMap} AS item ORDER BY ${newestArticleFirst}, r.start, r.id`;

export const rolesByArticleIds = `
MATCH (p:Entity)-[r:HOLDS_ROLE]->(t) WHERE r.articleId IN $ids
RETURN r.articleId AS key, ${roleMap} AS item ORDER BY r.start, r.id`;

export const eventsByArticleIds = `
MATCH (v:Event)-[:REPORTED_IN]->(a:Article) WHERE a.id IN $ids
RETURN a.id AS key, ${eventMap} AS item ORDER BY v.start, v.id`;

// An entity takes part in an event as a participant or as its place; an event is dated by the date
// the text gives it, else by its article.
export const eventsByEntityIds = `
MATCH (e:Entity)-[:PARTICIPATED_IN|LOCATED_IN]-(v:Event) WHERE e.id IN $ids
WITH DISTINCT e, v
MATCH (v)-[:REPORTED_IN]->(a:Article)
WITH e, v, coalesce(v.date, a.publishedAt) AS sortDate
RETURN e.id AS key, ${eventMap} AS item ORDER BY sortDate IS NULL, sortDate DESC, v.id`;

export const mergesByEntityIds = `
MATCH (m:MergeRecord)-[:MERGED_INTO]->(e:Entity) WHERE e.id IN $ids
RETURN e.id AS key, ${mergeRecordMap} AS item ORDER BY m.seq`;
