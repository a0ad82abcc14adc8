import type { EntityType } from '../../../domain/entity';
import { ENTITY_TYPES } from '../../../domain/entity';
import { entityLabel } from '../graph-model';

// The inserts of writeArticle, one parameterised UNWIND per kind of fact. They run after the
// article's previous facts were deleted and after every referenced entity is known to exist.

export const upsertArticle = `
MERGE (a:Article {id: $article.id})
SET a.title = $article.title, a.url = $article.url, a.source = $article.source,
    a.publishedAt = $article.publishedAt, a.text = $article.text, a.contentHash = $contentHash
WITH a WHERE a.source IS NOT NULL
MERGE (p:Publisher {name: a.source})
MERGE (a)-[:PUBLISHED_BY]->(p)`;

// One statement per entity type because the type's label is part of the statement text.
export const upsertEntities: Readonly<Record<EntityType, string>> = Object.fromEntries(
  ENTITY_TYPES.map((type) => [type, `
MATCH (a:Article {id: $articleId})
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:${entityLabel[type]}, e.type = row.type
SET e.name = row.name, e.nameKey = row.nameKey
WITH a, e, row WHERE size(row.aliases) > 0
CREATE (a)-[:NAMES {aliases: row.aliases, aliasKeys: row.aliasKeys}]->(e)`]),
) as Record<EntityType, string>;

export const missingEntityIds = `
UNWIND $entityIds AS id
OPTIONAL MATCH (e:Entity {id: id})
WITH id, e WHERE e IS NULL
RETURN collect(id) AS missing`;

export const insertMentions = `
MATCH (a:Article {id: $articleId})
UNWIND $mentions AS row
MATCH (e:Entity {id: row.entityId})
CREATE (a)-[:MENTIONS {count: row.count, sentenceIndexes: row.sentenceIndexes, surfaceForms: row.surfaceForms}]->(e)`;

export const insertQuotes = `
MATCH (a:Article {id: $articleId})
UNWIND $quotes AS row
CREATE (q:Quote {id: row.id, text: row.text, articleId: a.id, sentenceIndex: row.sentenceIndex,
                 start: row.start, end: row.end, sentence: row.sentence})-[:REPORTED_IN]->(a)
WITH q, row
CALL (q, row) { MATCH (speaker:Entity {id: row.speakerId}) CREATE (speaker)-[:SAID]->(q) }
CALL (q, row) {
  UNWIND row.about AS about
  MATCH (subject:Entity {id: about.entityId})
  CREATE (q)-[:ABOUT {position: about.position}]->(subject)
}`;

export const insertRoles = `
MATCH (a:Article {id: $articleId})
UNWIND $roles AS row
MATCH (person:Entity {id: row.personId})
OPTIONAL MATCH (organization:Entity {id: row.organizationId})
WITH a, person, row, coalesce(organization, a) AS holder
CREATE (person)-[:HOLDS_ROLE {id: row.id, title: row.title, articleId: a.id, sentenceIndex: row.sentenceIndex,
                              start: row.start, end: row.end, sentence: row.sentence}]->(holder)`;

export const insertEvents = `
MATCH (a:Article {id: $articleId})
UNWIND $events AS row
CREATE (v:Event {id: row.id, type: row.type, trigger: row.trigger, date: row.date, articleId: a.id,
                 sentenceIndex: row.sentenceIndex, start: row.start, end: row.end, sentence: row.sentence})
       -[:REPORTED_IN]->(a)
WITH v, row
CALL (v, row) { MATCH (place:Entity {id: row.placeId}) CREATE (v)-[:LOCATED_IN]->(place) }
CALL (v, row) {
  UNWIND row.participants AS participant
  MATCH (who:Entity {id: participant.entityId})
  CREATE (who)-[:PARTICIPATED_IN {position: participant.position}]->(v)
}`;

// seq numbers merge records in the order they were stored, as listing them needs; the counter node
// hands out a block of numbers per statement.
export const insertMergeRecords = `
MERGE (counter:Sequence {name: 'MergeRecord'})
SET counter.last = coalesce(counter.last, 0) + size($merges)
WITH counter.last - size($merges) AS base
UNWIND $merges AS row
MATCH (into:Entity {id: row.intoId})
CREATE (:MergeRecord {fromId: row.fromId, name: row.name, articleId: row.articleId, reason: row.reason,
                      at: row.at, writtenBy: $articleId, seq: base + row.position})-[:MERGED_INTO]->(into)`;
