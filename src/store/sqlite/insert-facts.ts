import type { Database } from 'better-sqlite3';
import type { ArticleGraph } from '../../domain/article-graph';
import { foldNameKey } from '../../domain/name-key';
import { provenanceColumns } from './rows';

/**
 * Inserts everything an article graph states: entities (updated in place when already stored),
 * their aliases, mentions, quotes, roles, events and merge records. Runs inside the caller's
 * transaction, after the caller has deleted what the article wrote before.
 */
export function createFactInserter(db: Database): (graph: ArticleGraph) => void {
  // The WHERE spares the search-index trigger when an entity is written unchanged.
  const upsertEntity = db.prepare(`
    INSERT INTO entities (id, type, name, name_key) VALUES (@id, @type, @name, @name_key)
    ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name, name_key = excluded.name_key
    WHERE entities.type <> excluded.type OR entities.name <> excluded.name`);
  const insertAlias = db.prepare(`
    INSERT OR IGNORE INTO alias_sources (entity_id, alias, alias_key, article_id)
    VALUES (@entity_id, @alias, @alias_key, @article_id)`);
  const insertMention = db.prepare(`
    INSERT INTO mentions (article_id, entity_id, count, sentence_indexes, surface_forms)
    VALUES (@article_id, @entity_id, @count, @sentence_indexes, @surface_forms)`);
  const insertQuote = db.prepare(`
    INSERT INTO quotes (id, article_id, text, speaker_id, sentence_index, start_offset, end_offset, sentence)
    VALUES (@id, @article_id, @text, @speaker_id, @sentence_index, @start_offset, @end_offset, @sentence)`);
  const insertQuoteAbout = db.prepare('INSERT OR IGNORE INTO quote_about (quote_id, entity_id, position) VALUES (?, ?, ?)');
  const insertRole = db.prepare(`
    INSERT INTO roles (id, article_id, person_id, title, organization_id, sentence_index, start_offset, end_offset, sentence)
    VALUES (@id, @article_id, @person_id, @title, @organization_id, @sentence_index, @start_offset, @end_offset, @sentence)`);
  const insertEvent = db.prepare(`
    INSERT INTO events (id, article_id, type, trigger, date, place_id, sentence_index, start_offset, end_offset, sentence)
    VALUES (@id, @article_id, @type, @trigger, @date, @place_id, @sentence_index, @start_offset, @end_offset, @sentence)`);
  const insertParticipant = db.prepare(
    'INSERT OR IGNORE INTO event_participants (event_id, entity_id, position) VALUES (?, ?, ?)');
  const insertMerge = db.prepare(`
    INSERT INTO merge_records (into_id, from_id, name, article_id, reason, at, written_by)
    VALUES (@into_id, @from_id, @name, @article_id, @reason, @at, @written_by)`);

  return function insertFacts(graph: ArticleGraph): void {
    const articleId = graph.article.id;
    for (const entity of graph.entities) {
      upsertEntity.run({ id: entity.id, type: entity.type, name: entity.name, name_key: foldNameKey(entity.name) });
      for (const alias of entity.aliases) {
        insertAlias.run({ entity_id: entity.id, alias, alias_key: foldNameKey(alias), article_id: articleId });
      }
    }
    for (const mention of graph.mentions) {
      insertMention.run({
        article_id: mention.articleId, entity_id: mention.entityId, count: mention.count,
        sentence_indexes: JSON.stringify(mention.sentenceIndexes), surface_forms: JSON.stringify(mention.surfaceForms),
      });
    }
    for (const quote of graph.quotes) {
      insertQuote.run({ id: quote.id, text: quote.text, speaker_id: quote.speakerId, ...provenanceColumns(quote.provenance) });
      quote.aboutIds.forEach((entityId, position) => insertQuoteAbout.run(quote.id, entityId, position));
    }
    for (const role of graph.roles) {
      insertRole.run({
        id: role.id, person_id: role.personId, title: role.title, organization_id: role.organizationId,
        ...provenanceColumns(role.provenance),
      });
    }
    for (const event of graph.events) {
      insertEvent.run({
        id: event.id, type: event.type, trigger: event.trigger, date: event.date, place_id: event.placeId,
        ...provenanceColumns(event.provenance),
      });
      event.participantIds.forEach((entityId, position) => insertParticipant.run(event.id, entityId, position));
    }
    for (const merge of graph.merges) {
      insertMerge.run({
        into_id: merge.intoId, from_id: merge.fromId, name: merge.name, article_id: merge.articleId,
        reason: merge.reason, at: merge.at, written_by: articleId,
      });
    }
  };
}
