// Statements that find and remove what one article wrote; writeArticle and deleteArticle share them.

/** Entities any fact or alias of the article refers to: the candidates to prune once it is gone. */
export const entitiesTouchedByArticle = `
MATCH (a:Article {id: $articleId})
RETURN COLLECT {
  MATCH (a)-[:MENTIONS|NAMES]->(e:Entity) RETURN e.id AS id
  UNION MATCH (a)<-[:REPORTED_IN]-()--(e:Entity) RETURN e.id AS id
  UNION MATCH (e:Entity)-[r:HOLDS_ROLE]-() WHERE r.articleId = $articleId RETURN e.id AS id
} AS ids, a.contentHash AS contentHash, a.source AS source`;

/** Every fact the article wrote, keeping the article node itself. */
export const deleteArticleFacts = `
MATCH (a:Article {id: $articleId})
CALL (a) { MATCH (a)<-[:REPORTED_IN]-(fact) DETACH DELETE fact }
CALL (a) { MATCH (a)-[r:MENTIONS|NAMES|PUBLISHED_BY]->() DELETE r }
CALL () { MATCH ()-[r:HOLDS_ROLE]->() WHERE r.articleId = $articleId DELETE r }
CALL () { MATCH (m:MergeRecord {writtenBy: $articleId}) DETACH DELETE m }`;

export const deleteArticleNode = 'MATCH (a:Article {id: $articleId}) DETACH DELETE a';

/** A publisher node lives while some article names it as its source. */
export const prunePublisher = `
MATCH (p:Publisher {name: $source}) WHERE NOT EXISTS { (p)<-[:PUBLISHED_BY]-() } DELETE p`;
