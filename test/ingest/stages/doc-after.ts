// Test input made by the real upstream stages, so a fact stage is tested on what it will get. Names are
// typed by the rules alone, so these tests do not change with each retraining of the learned typer.
import type { ArticleInput } from '../../../src/domain/article';
import type { QuotedDoc, ResolvedDoc, RoledDoc } from '../../../ingest/doc';
import { resolveCoreferences } from '../../../ingest/stages/coreference';
import { findMentions } from '../../../ingest/stages/mentions';
import { rulesOnlyTyper } from '../../../ingest/stages/names/name-typer';
import { findQuotes } from '../../../ingest/stages/quotes';
import { findRoles } from '../../../ingest/stages/roles';
import { splitSentences } from '../../../ingest/stages/sentences';

interface DocAfter { coreference: ResolvedDoc; quotes: QuotedDoc; roles: RoledDoc }

export function docAfter<S extends keyof DocAfter>(stage: S, text: string, publishedAt: string | null = null): DocAfter[S] {
  const article: ArticleInput = { text, title: null, url: null, source: null, publishedAt };
  const resolved = resolveCoreferences(findMentions(splitSentences(article), rulesOnlyTyper()));
  const quoted = findQuotes(resolved);
  const stages: { [K in keyof DocAfter]: () => DocAfter[K] } = {
    coreference: () => resolved,
    quotes: () => quoted,
    roles: () => findRoles(quoted),
  };
  return stages[stage]();
}

/** The name of the entity `key` refers to in `doc`, for readable expectations. */
export function nameOf(doc: ResolvedDoc, key: string | null): string | null {
  return key === null ? null : doc.entities.find((entity) => entity.key === key)?.name ?? `?${key}`;
}
