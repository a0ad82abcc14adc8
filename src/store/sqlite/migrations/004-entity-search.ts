// One full-text row per entity (rowid = entities.seq) holding its name and all its aliases.
// Triggers keep it in step with entities and their distinct aliases on every path that changes
// them (write, delete, merge), so no code path can forget to re-index.
export const entitySearch = `
CREATE VIRTUAL TABLE entity_search USING fts5 (name, aliases, tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER entity_search_on_insert AFTER INSERT ON entities BEGIN
  INSERT INTO entity_search (rowid, name, aliases) VALUES (new.seq, new.name, '');
END;
CREATE TRIGGER entity_search_on_rename AFTER UPDATE OF name ON entities BEGIN
  UPDATE entity_search SET name = new.name WHERE rowid = new.seq;
END;
CREATE TRIGGER entity_search_on_delete AFTER DELETE ON entities BEGIN
  DELETE FROM entity_search WHERE rowid = old.seq;
END;

CREATE TRIGGER entity_search_on_alias_insert AFTER INSERT ON entity_aliases BEGIN
  UPDATE entity_search
  SET aliases = (SELECT ifnull(group_concat(alias, ' '), '') FROM entity_aliases WHERE entity_id = new.entity_id)
  WHERE rowid = (SELECT seq FROM entities WHERE id = new.entity_id);
END;
CREATE TRIGGER entity_search_on_alias_delete AFTER DELETE ON entity_aliases BEGIN
  UPDATE entity_search
  SET aliases = (SELECT ifnull(group_concat(alias, ' '), '') FROM entity_aliases WHERE entity_id = old.entity_id)
  WHERE rowid = (SELECT seq FROM entities WHERE id = old.entity_id);
END;
`;
