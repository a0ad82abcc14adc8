import type { Database } from 'better-sqlite3';
import type { ArticleGraph } from '../../domain/article-graph';
import { foldNameKey } from '../../domain/name-key';
import { contentHashOf } from '../content-hash';
import { refuseForeignFacts } from '../foreign-article-id';
import type { WriteOutcome } from '../port';
import type { createEntityPruner } from './prune-entities';
import { provenanceColumns } from './rows';

type EntityPruner = ReturnType<typeof createEntityPruner>;

/** writeArticle: delete what the article wrote before, then insert the graph, all in one transaction. */
export function createArticleWriter(db: Database, pruner: EntityPruner) {
  const storedHash = db.prepare<[string], string>('SELECT content_hash FROM articles WHERE id = ?').pluck();
  const upsertArticle = db.prepare(`
    INSERT INTO articles (id, title, url, source, published_at, text, content_hash)
    VALUES (@id, @title, @url, @source, @published_at, @text, @content_hash)
    ON CONFLICT (id) DO UPDATE SET title = excluded.title, url = excluded.url, source = excluded.source,
      published_at = excluded.published_at, text = excluded.text, content_hash = excluded.content_hash`);
  const deletePrevious = [
    'DELETE FROM mentions WHERE article_id = ?',
    'DELETE FROM quotes WHERE article_id = ?',
    'DELETE FROM roles WHERE article_id = ?',
    'DELETE FROM events WHERE article_id = ?',
    'DELETE FROM alias_sources WHERE article_id = ?',
    'DELETE FROM merge_records WHERE written_by = ?',
  ].map((sql) => db.prepare<[string]>(sql));
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

  function insertFacts(graph: ArticleGraph): void {
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
  }

  const writeInTransaction = db.transaction((graph: ArticleGraph, contentHash: string): boolean => {
    const { article } = graph;
    const previousHash = storedHash.get(article.id);
    if (previousHash === contentHash) return false;
    const touchedBefore = previousHash === undefined ? [] : pruner.entitiesTouchedBy(article.id);
    upsertArticle.run({
      id: article.id, title: article.title, url: article.url, source: article.source,
      published_at: article.publishedAt, text: article.text, content_hash: contentHash,
    });
    for (const statement of deletePrevious) statement.run(article.id);
    insertFacts(graph);
    const stillListed = new Set<string>(graph.entities.map((entity) => entity.id));
    pruner.pruneUnsupported(touchedBefore.filter((id) => !stillListed.has(id)));
    return true;
  });

  return async function writeArticle(graph: ArticleGraph): Promise<WriteOutcome> {
    refuseForeignFacts(graph);
    try {
      return { articleId: graph.article.id, changed: writeInTransaction(graph, contentHashOf(graph)) };
    } catch (cause) {
      const detail = cause instanceof Error ? cause.message : String(cause);
      throw new Error(`Article ${graph.article.id} was not written (nothing of it changed): ${detail}`, { cause });
    }
  };
}
