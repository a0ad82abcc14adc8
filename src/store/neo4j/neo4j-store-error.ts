import { Neo4jError } from 'neo4j-driver';

export type Neo4jStoreErrorKind = 'unreachable' | 'unauthorized' | 'unknown-database';

/** Why the store could not be opened, with a message that says what to do; the driver's error is the cause. */
export class Neo4jStoreError extends Error {
  override readonly name = 'Neo4jStoreError';
  constructor(
    readonly kind: Neo4jStoreErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Turns the driver's failures at start into a typed error; anything unforeseen is returned unchanged. */
export function describeOpenFailure(error: unknown, target: { uri: string; user: string; database: string }): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const kind = openFailureKind(error.code);
  if (kind === null) return error;
  return new Neo4jStoreError(kind, openFailureMessage(kind, target), { cause: error });
}

function openFailureKind(code: string): Neo4jStoreErrorKind | null {
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') return 'unreachable';
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return 'unauthorized';
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') return 'unknown-database';
  return null;
}

function openFailureMessage(kind: Neo4jStoreErrorKind, target: { uri: string; user: string; database: string }): string {
  switch (kind) {
    case 'unreachable':
      return `No Neo4j answers at ${target.uri}: start it, or set NEO4J_URI to where it runs.`;
    case 'unauthorized':
      return `Neo4j at ${target.uri} refused user "${target.user}": check NEO4J_USER and NEO4J_PASSWORD.`;
    case 'unknown-database':
      return `Neo4j at ${target.uri} has no database "${target.database}": create it or set NEO4J_DATABASE.`;
  }
}
