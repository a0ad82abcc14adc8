import type { Token } from './tokenize';

/** A word lower-cased without an abbreviation's period ("Gov." → "gov"). */
export const lower = (token: Token): string => token.text.toLowerCase().replace(/\.$/, '');
/** The word, or its singular, is one of `heads` ("Ministries" → ministry). */
export const isHead = (token: Token | undefined, heads: ReadonlySet<string>): boolean =>
  token !== undefined && (heads.has(lower(token)) || heads.has(lower(token).replace(/s$/, '')));

