// Constraints and indexes by name. Each statement is idempotent (IF NOT EXISTS); ensureSchema runs
// only those whose name SHOW INDEXES lacks (a uniqueness constraint's index carries its name), so an
// ordinary start costs one read. Uniqueness constraints double as the lookup indexes for ids.
export const schemaStatements: readonly string[] = [
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT quote_id IF NOT EXISTS FOR (q:Quote) REQUIRE q.id IS UNIQUE',
  'CREATE CONSTRAINT event_id IF NOT EXISTS FOR (v:Event) REQUIRE v.id IS UNIQUE',
  'CREATE CONSTRAINT role_id IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() REQUIRE r.id IS UNIQUE',
  'CREATE CONSTRAINT publisher_name IF NOT EXISTS FOR (p:Publisher) REQUIRE p.name IS UNIQUE',
  'CREATE CONSTRAINT sequence_name IF NOT EXISTS FOR (s:Sequence) REQUIRE s.name IS UNIQUE',
  'CREATE INDEX article_published_at IF NOT EXISTS FOR (a:Article) ON (a.publishedAt)',
  'CREATE INDEX article_source IF NOT EXISTS FOR (a:Article) ON (a.source)',
  'CREATE INDEX entity_mention_count IF NOT EXISTS FOR (e:Entity) ON (e.mentionCount)',
  'CREATE INDEX role_article IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() ON (r.articleId)',
  'CREATE INDEX merge_record_writer IF NOT EXISTS FOR (m:MergeRecord) ON (m.writtenBy)',
  // standard-folding drops diacritics, so "Zelenskyy" also finds a "Zelenskyý" spelling.
  `CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding' } }`,
  `CREATE FULLTEXT INDEX article_words IF NOT EXISTS FOR (a:Article) ON EACH [a.title, a.text]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding' } }`,
];

/** The name each schema statement creates, as SHOW INDEXES lists it. */
export const schemaNameOf = (statement: string): string => /^CREATE (?:FULLTEXT )?(?:CONSTRAINT|INDEX) (\w+)/.exec(statement)?.[1] ?? statement;

export const existingIndexNames = 'SHOW INDEXES YIELD name RETURN collect(name) AS names';
