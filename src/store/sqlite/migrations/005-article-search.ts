// Full-text index over article titles and texts (rowid = articles.rowid), kept in step by triggers
// like the entity index, so `articles(search:)` matches words ("aid" is not in "said").
export const articleSearch = `
CREATE VIRTUAL TABLE article_search USING fts5 (title, text, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO article_search (rowid, title, text) SELECT rowid, ifnull(title, ''), text FROM articles;

CREATE TRIGGER article_search_on_insert AFTER INSERT ON articles BEGIN
  INSERT INTO article_search (rowid, title, text) VALUES (new.rowid, ifnull(new.title, ''), new.text);
END;
CREATE TRIGGER article_search_on_update AFTER UPDATE OF title, text ON articles BEGIN
  UPDATE article_search SET title = ifnull(new.title, ''), text = new.text WHERE rowid = new.rowid;
END;
CREATE TRIGGER article_search_on_delete AFTER DELETE ON articles BEGIN
  DELETE FROM article_search WHERE rowid = old.rowid;
END;
`;
