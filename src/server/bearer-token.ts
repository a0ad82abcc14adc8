import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * True when the request carries `Authorization: Bearer <token>` for the configured token.
 * Compares digests in constant time, so response timing does not reveal how much of a guess matched.
 */
export function hasBearerToken(request: Request, token: string | undefined): boolean {
  if (token === undefined) return false;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  if (!match) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(match[1]!), digest(token));
}
