/**
 * The environment variables the server's config reads. A stand-in until src/config.ts (branch api)
 * is merged: then compose.test.ts imports its CONFIG_VARIABLES instead and this file goes.
 */
export const SERVER_ENV_VARIABLES: readonly string[] = [
  'PORT', 'DATA_DIR', 'GRAPH_STORE', 'API_TOKEN', 'NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'LOG_LEVEL',
];
