// Triggers keep the derived data equal to its source on every path that writes (write, delete,
// merge, cascades), so no code path can forget it. mention_count is re-summed, never incremented,
// so writing an article twice cannot count it twice.
export const derivedUpkeep = `
CREATE TRIGGER mention_count_on_insert AFTER INSERT ON mentions BEGIN
  UPDATE entities SET mention_count = (SELECT coalesce(sum(count), 0) FROM mentions WHERE entity_id = new.entity_id)
  WHERE id = new.entity_id;
END;
CREATE TRIGGER mention_count_on_delete AFTER DELETE ON mentions BEGIN
  UPDATE entities SET mention_count = (SELECT coalesce(sum(count), 0) FROM mentions WHERE entity_id = old.entity_id)
  WHERE id = old.entity_id;
END;
CREATE TRIGGER mention_count_on_update AFTER UPDATE OF entity_id, count ON mentions BEGIN
  UPDATE entities SET mention_count = (SELECT coalesce(sum(m.count), 0) FROM mentions m WHERE m.entity_id = entities.id)
  WHERE id IN (old.entity_id, new.entity_id);
END;

CREATE TRIGGER entity_alias_on_source_insert AFTER INSERT ON alias_sources BEGIN
  INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key) VALUES (new.entity_id, new.alias, new.alias_key);
END;
CREATE TRIGGER entity_alias_on_last_source_delete AFTER DELETE ON alias_sources
WHEN NOT EXISTS (SELECT 1 FROM alias_sources WHERE entity_id = old.entity_id AND alias = old.alias) BEGIN
  DELETE FROM entity_aliases WHERE entity_id = old.entity_id AND alias = old.alias;
END;
`;
