// Map projections every read returns, so each record kind is shaped in exactly one place.
// Each expects the variable names shown: a article, e entity, q quote, v event, r/p/t role
// relationship/person/target, m mention relationship (with a and e) or merge record (with e).

export const articleMap = 'a {.id, .title, .url, .source, .publishedAt, .text}';

export const entityMap = 'e {.id, .type, .name, .aliases, .mentionCount}';

export const mentionMap = 'm {.count, .sentenceIndexes, .surfaceForms, articleId: a.id, entityId: e.id}';

export const quoteMap = `q {.id, .text, .articleId, .sentenceIndex, .start, .end, .sentence,
  speakerId: COLLECT { MATCH (speaker:Entity)-[:SAID]->(q) RETURN speaker.id }[0],
  aboutIds: COLLECT { MATCH (q)-[about:ABOUT]->(subject:Entity) RETURN subject.id ORDER BY about.position }}`;

export const roleMap = `r {.id, .title, .articleId, .sentenceIndex, .start, .end, .sentence,
  personId: p.id, organizationId: CASE WHEN t:Entity THEN t.id END}`;

export const eventMap = `v {.id, .type, .trigger, .date, .articleId, .sentenceIndex, .start, .end, .sentence,
  placeId: COLLECT { MATCH (v)-[:LOCATED_IN]->(place:Entity) RETURN place.id }[0],
  participantIds: COLLECT { MATCH (who:Entity)-[took:PARTICIPATED_IN]->(v) RETURN who.id ORDER BY took.position }}`;

export const mergeRecordMap = 'm {.fromId, .name, .articleId, .reason, .at, intoId: e.id}';
