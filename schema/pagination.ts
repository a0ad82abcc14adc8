import { cursorToOffset, offsetToCursor } from '@pothos/plugin-relay';
import type { Page, PageRequest } from '../src/store/port';
import { badUserInput, invalidCursor } from './errors';

/** The most items one page may hold; asking for more is an error rather than a silent cut. */
const MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 20;

export interface ConnectionArgs {
  readonly first?: number | null | undefined;
  readonly after?: string | null | undefined;
  readonly last?: number | null | undefined;
  readonly before?: string | null | undefined;
}

/** The shape the relay plugin's connection types resolve from. */
export interface ConnectionResult<T> {
  readonly edges: { readonly cursor: string; readonly node: T }[];
  readonly pageInfo: {
    readonly hasNextPage: boolean;
    readonly hasPreviousPage: boolean;
    readonly startCursor: string | null;
    readonly endCursor: string | null;
  };
  readonly totalCount: number;
}

function checkedSize(argumentName: 'first' | 'last', size: number): number {
  if (size < 0) throw badUserInput(argumentName, `must not be negative; got ${size}.`);
  if (size > MAX_PAGE_SIZE) {
    throw badUserInput(argumentName, `may be at most ${MAX_PAGE_SIZE}; got ${size}. Page through the list with "after".`);
  }
  return size;
}

/** For list fields that take a plain `first` rather than connection arguments. */
export function checkedFirst(first: number): number {
  return checkedSize('first', first);
}

function offsetOf(argumentName: 'after' | 'before', cursor: string): number {
  let offset: number;
  try {
    offset = cursorToOffset(cursor);
  } catch {
    throw invalidCursor(argumentName, cursor);
  }
  if (!Number.isSafeInteger(offset) || offset < 0) throw invalidCursor(argumentName, cursor);
  return offset;
}

/**
 * Turns connection arguments into an offset and limit, fetches that slice, and builds the
 * connection. Cursors are offsets into the store's stable order; `last` without `before` costs
 * one extra call to learn the list's size.
 */
export async function resolveOffsetConnection<T>(
  args: ConnectionArgs,
  fetchPage: (page: PageRequest) => Promise<Page<T>> | Page<T>,
): Promise<ConnectionResult<T>> {
  if (args.first != null && args.last != null) {
    throw badUserInput('last', 'cannot be combined with "first"; page forwards with first/after or backwards with last/before.');
  }
  const start = args.after != null ? offsetOf('after', args.after) + 1 : 0;
  const end = args.before != null ? offsetOf('before', args.before) : null;
  let offset = start;
  let limit: number;
  if (args.last != null) {
    const last = checkedSize('last', args.last);
    // limit 1, not 0: a store may read the total off the first row it returns.
    const stop = end ?? (await fetchPage({ offset: 0, limit: 1 })).totalCount;
    offset = Math.max(start, stop - last);
    limit = Math.max(0, stop - offset);
  } else {
    const first = checkedSize('first', args.first ?? DEFAULT_PAGE_SIZE);
    limit = end === null ? first : Math.max(0, Math.min(first, end - start));
  }
  const page = await fetchPage({ offset, limit });
  const edges = page.items.map((node, index) => ({ cursor: offsetToCursor(offset + index), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: offset + page.items.length < page.totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: page.totalCount,
  };
}

/** The same over a list already in memory, e.g. one a DataLoader fetched for many parents at once. */
export function connectionFromList<T>(args: ConnectionArgs, list: readonly T[]): Promise<ConnectionResult<T>> {
  return resolveOffsetConnection(args, ({ offset, limit }) => ({
    items: list.slice(offset, offset + limit),
    totalCount: list.length,
  }));
}

/** Query cost of a connection field: its items times what each costs. */
export function connectionComplexity(args: ConnectionArgs) {
  return { field: 1, multiplier: Math.min(args.first ?? args.last ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE) };
}
