import { createHash } from 'node:crypto';

/** A string id that the compiler will not confuse with another kind of id. */
type Brand<Name extends string> = string & { readonly __brand: Name };

export type ArticleId = Brand<'ArticleId'>;
export type EntityId = Brand<'EntityId'>;
export type QuoteId = Brand<'QuoteId'>;
export type RoleId = Brand<'RoleId'>;
export type EventId = Brand<'EventId'>;

// Ids are content hashes, not counters, so that ingesting the same thing twice
// (on any store, on any machine) yields the same id and re-ingest is idempotent.
function hashId(prefix: string, parts: readonly (string | number)[]): string {
  const digest = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `${prefix}_${digest.slice(0, 20)}`;
}

/** Collapses whitespace and case so that the same text scraped twice hashes the same. */
export function normaliseForIdentity(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** From the URL when there is one, otherwise from the normalised text. */
export function articleIdFor(input: { url: string | null; text: string }): ArticleId {
  return (input.url ? hashId('art', ['url', input.url.trim()]) : hashId('art', ['text', normaliseForIdentity(input.text)])) as ArticleId;
}

export function entityIdFor(type: string, canonicalName: string): EntityId {
  return hashId('ent', [type, normaliseForIdentity(canonicalName)]) as EntityId;
}

export function quoteIdFor(articleId: ArticleId, start: number, end: number): QuoteId {
  return hashId('quo', [articleId, start, end]) as QuoteId;
}

export function roleIdFor(articleId: ArticleId, personId: EntityId, title: string): RoleId {
  return hashId('rol', [articleId, personId, normaliseForIdentity(title)]) as RoleId;
}

export function eventIdFor(articleId: ArticleId, type: string, start: number): EventId {
  return hashId('evt', [articleId, type, start]) as EventId;
}
