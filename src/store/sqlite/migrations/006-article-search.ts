// Full-text index over article titles and texts, kept in step by triggers like the entity index,
// so `articles(search:)` matches words ("aid" is not in "said"). Articles have no INTEGER PRIMARY
// KEY, and VACUUM may renumber an implicit rowid, so the index rows are keyed by their own seq.
export const articleSearch = `
CREATE TABLE article_search_keys (
  seq INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL UNIQUE
);
CREATE VIRTUAL TABLE article_search USING fts5 (title, text, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO article_search_keys (article_id) SELECT id FROM articles;
INSERT INTO article_search (rowid, title, text)
SELECT k.seq, ifnull(a.title, ''), a.text FROM article_search_keys k JOIN articles a ON a.id = k.article_id;

CREATE TRIGGER article_search_on_insert AFTER INSERT ON articles BEGIN
  INSERT INTO article_search_keys (article_id) VALUES (new.id);
  INSERT INTO article_search (rowid, title, text)
  VALUES ((SELECT seq FROM article_search_keys WHERE article_id = new.id), ifnull(new.title, ''), new.text);
END;
CREATE TRIGGER article_search_on_update AFTER UPDATE OF title, text ON articles BEGIN
  UPDATE article_search SET title = ifnull(new.title, ''), text = new.text
  WHERE rowid = (SELECT seq FROM article_search_keys WHERE article_id = new.id);
END;
CREATE TRIGGER article_search_on_delete AFTER DELETE ON articles BEGIN
  DELETE FROM article_search WHERE rowid = (SELECT seq FROM article_search_keys WHERE article_id = old.id);
  DELETE FROM article_search_keys WHERE article_id = old.id;
END;
`;
