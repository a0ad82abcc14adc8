import type { SourceOutcome } from '../../ingest/ingest-source';
import type { ReadError } from '../../ingest/readers/read-result';
import type { GraphCounts } from '../store/port';

// Commander wraps each line of a description at 80 columns but keeps our line breaks, so every line
// here stays under 80 characters; a longer one would break in the middle of the list.
export const INGEST_DESCRIPTION = `Reads news articles from files or folders and adds them to the graph.
Folders are walked recursively. Supported files:
  .txt             a plain article, or a scraped page (split into its articles)
  .html            a web page
  .json            one article object, or an array of them
  .ndjson/.jsonl   one article per line
  .xml/.rss/.atom  an RSS or Atom feed
An article in JSON has "text" and optional "title", "url", "source",
"publishedAt". Re-ingesting an unchanged article changes nothing.

The graph is the one npm start serves: GRAPH_STORE picks the store (default
sqlite, kept in $DATA_DIR/graph.db; DATA_DIR defaults to ./data).`;

function describeReadError(error: ReadError): string {
  const detail = error.detail ? ` (${error.detail})` : '';
  switch (error.kind) {
    case 'empty': return `${error.source} is empty${detail}: nothing to ingest.`;
    case 'binary': return `${error.source} is not text${detail}; give a .txt, .html, .json, .ndjson or RSS file.`;
    case 'unreadable': return `${error.source} could not be read${detail}; check the path and permissions.`;
    case 'too-large': return `${error.source} is too large${detail}; split it into smaller files.`;
    case 'unsupported': return `${error.source} is not a supported kind of file${detail}.`;
    case 'malformed': return `${error.source}${error.line === undefined ? '' : `:${error.line}`} could not be parsed: ${error.detail}`;
  }
}

/** One line for a file that went in whole, or the file's line followed by one line per problem. */
export function describeSourceOutcome(outcome: SourceOutcome): string {
  const sum = (pick: (article: SourceOutcome['ingested'][number]) => number): number =>
    outcome.ingested.reduce((total, article) => total + pick(article), 0);
  const unchanged = outcome.ingested.filter((article) => !article.changed).length;
  const head = `${outcome.source}: ${outcome.ingested.length} articles, ${sum((a) => a.entities)} entities, ${sum((a) => a.quotes)} quotes`
    + (unchanged > 0 ? ` (${unchanged} unchanged)` : '');
  const problems = [
    ...outcome.readErrors.map((error) => `  error: ${describeReadError(error)}`),
    ...outcome.failures.map((failure) => `  error: article "${failure.title ?? 'untitled'}" in ${outcome.source} was not stored: ${failure.message}`),
  ];
  return [head, ...problems].join('\n');
}

export function describeRunSummary(files: number, failedFiles: number, articles: number): string {
  // Re-ingesting changes nothing that is already stored, so running again after a fix is safe.
  const failed = failedFiles === 0 ? ''
    : `; ${failedFiles} file(s) had errors (see above): fix them and run again, nothing stored is duplicated`;
  return `ingested ${articles} articles from ${files} file(s)${failed}.`;
}

export function describeGraphCounts(counts: GraphCounts): string {
  const { articles, entities, quotes } = counts;
  return `graph: ${articles} articles, ${entities.PERSON} people, ${entities.ORGANIZATION} organisations, `
    + `${entities.PLACE} places, ${quotes} quotes`;
}
