// Every fact row names the article that wrote it (ON DELETE CASCADE), so replacing or deleting an
// article is one DELETE of its rows. References to entities have no cascade: an entity is only
// removed once nothing points at it, and a dangling id is a write error, not a silent orphan.
export const graphTables = `
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  title TEXT,
  url TEXT,
  source TEXT,
  published_at TEXT,
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL
);
CREATE INDEX articles_by_date ON articles (published_at DESC, id);
CREATE INDEX articles_by_source ON articles (source);

-- seq is a stable integer key for the full-text index rows. name_key (and alias_key below) is
-- foldNameKey of the text (src/domain/name-key.ts), the key the resolver looks names up by.
-- mention_count is kept equal to the sum of the entity's mentions by triggers (002), so lists
-- can page it through an index.
CREATE TABLE entities (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  mention_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_by_name_key ON entities (name_key);
CREATE INDEX entities_by_mentions ON entities (mention_count DESC, name, id);
CREATE INDEX entities_by_type_and_mentions ON entities (type, mention_count DESC, name, id);

-- Who gave an entity which alias: an article (replaced and deleted with it) or, with article_id
-- NULL, a person merging entities (which keeps the entity alive). Many articles give the same alias.
CREATE TABLE alias_sources (
  entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  alias TEXT NOT NULL,
  alias_key TEXT NOT NULL,
  article_id TEXT REFERENCES articles (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX alias_sources_once ON alias_sources (entity_id, alias, ifnull(article_id, ''));
CREATE INDEX alias_sources_by_article ON alias_sources (article_id);

-- Each alias of an entity once, whoever gave it: kept by triggers (002) so reads and the search
-- index need not collapse thousands of alias_sources rows for a much-reported entity.
CREATE TABLE entity_aliases (
  entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  alias TEXT NOT NULL,
  alias_key TEXT NOT NULL,
  PRIMARY KEY (entity_id, alias)
);
CREATE INDEX entity_aliases_by_key ON entity_aliases (alias_key);

CREATE TABLE mentions (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL REFERENCES entities (id),
  count INTEGER NOT NULL,
  sentence_indexes TEXT NOT NULL,
  surface_forms TEXT NOT NULL,
  PRIMARY KEY (article_id, entity_id)
);
-- Covers the mention-count sum, which runs on every mention written.
CREATE INDEX mentions_by_entity ON mentions (entity_id, count);

CREATE TABLE quotes (
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  speaker_id TEXT REFERENCES entities (id),
  sentence_index INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  sentence TEXT NOT NULL
);
CREATE INDEX quotes_by_article ON quotes (article_id, start_offset);
CREATE INDEX quotes_by_speaker ON quotes (speaker_id);

CREATE TABLE quote_about (
  quote_id TEXT NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL REFERENCES entities (id),
  position INTEGER NOT NULL,
  PRIMARY KEY (quote_id, entity_id)
);
CREATE INDEX quote_about_by_entity ON quote_about (entity_id);

CREATE TABLE roles (
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  person_id TEXT NOT NULL REFERENCES entities (id),
  title TEXT NOT NULL,
  organization_id TEXT REFERENCES entities (id),
  sentence_index INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  sentence TEXT NOT NULL
);
CREATE INDEX roles_by_article ON roles (article_id, start_offset);
CREATE INDEX roles_by_person ON roles (person_id);
CREATE INDEX roles_by_organization ON roles (organization_id);

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  type TEXT NOT NULL,
  trigger TEXT NOT NULL,
  date TEXT,
  place_id TEXT REFERENCES entities (id),
  sentence_index INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  sentence TEXT NOT NULL
);
CREATE INDEX events_by_article ON events (article_id, start_offset);
CREATE INDEX events_by_place ON events (place_id);

CREATE TABLE event_participants (
  event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL REFERENCES entities (id),
  position INTEGER NOT NULL,
  PRIMARY KEY (event_id, entity_id)
);
CREATE INDEX event_participants_by_entity ON event_participants (entity_id);

-- written_by: the article whose write stored the record (replaced with it); NULL for mergeEntities.
-- article_id is the domain field and may name an article that is not stored.
CREATE TABLE merge_records (
  seq INTEGER PRIMARY KEY,
  into_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  from_id TEXT,
  name TEXT NOT NULL,
  article_id TEXT,
  reason TEXT NOT NULL,
  at TEXT NOT NULL,
  written_by TEXT REFERENCES articles (id) ON DELETE CASCADE
);
CREATE INDEX merge_records_by_into ON merge_records (into_id);
CREATE INDEX merge_records_by_writer ON merge_records (written_by);
`;
