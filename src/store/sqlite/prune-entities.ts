import type { Database } from 'better-sqlite3';

/**
 * An entity lives while some article's fact refers to it or it has a manual alias; an alias that an
 * article contributed is not support on its own. Writers collect the entities an article touched
 * before replacing its facts, then prune those that nothing holds any more.
 */
export function createEntityPruner(db: Database) {
  const touchedBy = db.prepare<[{ article: string }], string>(`
    SELECT entity_id FROM mentions WHERE article_id = @article
    UNION SELECT speaker_id FROM quotes WHERE article_id = @article AND speaker_id IS NOT NULL
    UNION SELECT qa.entity_id FROM quote_about qa JOIN quotes q ON q.id = qa.quote_id WHERE q.article_id = @article
    UNION SELECT person_id FROM roles WHERE article_id = @article
    UNION SELECT organization_id FROM roles WHERE article_id = @article AND organization_id IS NOT NULL
    UNION SELECT place_id FROM events WHERE article_id = @article AND place_id IS NOT NULL
    UNION SELECT p.entity_id FROM event_participants p JOIN events e ON e.id = p.event_id WHERE e.article_id = @article
    UNION SELECT entity_id FROM alias_sources WHERE article_id = @article`).pluck();
  const pruneUnsupported = db.prepare<[string]>(`
    DELETE FROM entities WHERE id IN (SELECT value FROM json_each(?))
      AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = entities.id)
      AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_id = entities.id)
      AND NOT EXISTS (SELECT 1 FROM quote_about WHERE entity_id = entities.id)
      AND NOT EXISTS (SELECT 1 FROM roles WHERE person_id = entities.id OR organization_id = entities.id)
      AND NOT EXISTS (SELECT 1 FROM events WHERE place_id = entities.id)
      AND NOT EXISTS (SELECT 1 FROM event_participants WHERE entity_id = entities.id)
      AND NOT EXISTS (SELECT 1 FROM alias_sources WHERE entity_id = entities.id AND article_id IS NULL)`);

  return {
    entitiesTouchedBy: (articleId: string): string[] => touchedBy.all({ article: articleId }),
    pruneUnsupported: (entityIds: readonly string[]): void => {
      if (entityIds.length > 0) pruneUnsupported.run(JSON.stringify(entityIds));
    },
  };
}
