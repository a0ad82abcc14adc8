import type { PageRequest } from './port';

/**
 * Refuses a page that is not a whole offset and limit of 0 or more, the same way in every store.
 * SQLite reads a negative LIMIT as "no limit", and Cypher refuses fractions with a driver error;
 * either way a bad page must fail here, plainly, rather than turn into the whole list or a stack trace.
 */
export function checkPageRequest(page: PageRequest): void {
  if (![page.offset, page.limit].every((n) => Number.isSafeInteger(n) && n >= 0)) {
    throw new RangeError(`A page needs a whole offset and limit of 0 or more, not offset ${page.offset}, limit ${page.limit}.`);
  }
}
