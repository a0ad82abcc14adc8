import type { CopyOutcome } from '../store/copy-graph';

// Paragraphs without line breaks: commander wraps them to the terminal's width.
export const COPY_DESCRIPTION = [
  'Copies the whole graph from one store into another, e.g. from the embedded SQLite default into Neo4j once '
  + 'the data outgrows it: every article with its entities, aliases, mentions, quotes, roles, events and merge '
  + 'records, as they stand after any merges. Copying again changes nothing. Stop the server writing to the source while it runs.',
  'Aliases and merges made by hand (addAlias, mergeEntities) are recorded again on the target with their '
  + 'reason, dated at the copy; merges made before the copy cannot be undone on the target.',
  '"sqlite" is $DATA_DIR/graph.db (DATA_DIR defaults to ./data; --from-data-dir and --to-data-dir pick others); '
  + '"neo4j" is the database NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE name.',
].join('\n\n');

export const COPY_EXAMPLES = `
Examples:
  npm run copy-store -- --from sqlite --to neo4j
  npm run copy-store -- --from sqlite --from-data-dir ./old-data --to sqlite --to-data-dir ./new-data`;

export function describeCopyOutcome(outcome: CopyOutcome, from: string, to: string, elapsedMs: number): string {
  const leftBehind = outcome.handAliasesLeftBehind === 0 ? ''
    : `; ${outcome.handAliasesLeftBehind} hand-given alias(es) of entities no article names were not copied`;
  return `copied ${outcome.articles} articles (${outcome.changedArticles} new or changed) and ${outcome.handAliases} `
    + `hand-given alias(es) from ${from} to ${to} in ${Math.round(elapsedMs)} ms${leftBehind}.`;
}
