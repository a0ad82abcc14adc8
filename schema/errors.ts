import { GraphQLError } from 'graphql';

// Errors a client can act on. Each is a GraphQLError with a code, so yoga passes it through;
// anything else thrown in a resolver is masked as "Unexpected error." and logged once.

/** Codes a client can branch on, in `errors[].extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'INVALID_CURSOR'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'MUTATIONS_DISABLED'
  | 'PATH_SEARCH_TOO_LARGE';

function codedError(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export const badUserInput = (argumentName: string, problem: string) =>
  codedError(`Argument "${argumentName}" ${problem}`, 'BAD_USER_INPUT', { argumentName });

export const invalidGlobalId = (argumentName: string, value: string) =>
  badUserInput(argumentName, `is not an id of this API: "${value}". Use an \`id\` returned by a query.`);

export const invalidCursor = (argumentName: string, cursor: string) =>
  codedError(
    `"${cursor}" in "${argumentName}" is not a cursor of this list; start again without "${argumentName}".`,
    'INVALID_CURSOR',
    { argumentName },
  );

export const notFound = (kind: string, id: string) =>
  codedError(`No ${kind} has id "${id}"; it may have been deleted or merged into another.`, 'NOT_FOUND', { id });

export const unauthenticated = () =>
  codedError('Changing the graph needs the header `Authorization: Bearer <API_TOKEN>`.', 'UNAUTHENTICATED');

export const mutationsDisabled = () =>
  codedError(
    'Mutations are disabled: the server was started without API_TOKEN. Restart it with API_TOKEN set (16+ characters) to enable them.',
    'MUTATIONS_DISABLED',
  );

export const pathSearchTooLarge = (visited: number, maxHops: number) =>
  codedError(
    `The path search reached ${visited} entities within ${maxHops} hops and stopped; ask again with a smaller "maxHops".`,
    'PATH_SEARCH_TOO_LARGE',
  );
