import { z } from 'zod';

/** Every environment variable the server reads; deployment files are checked against this list. */
export const CONFIG_VARIABLES = [
  'PORT',
  'DATA_DIR',
  'GRAPH_STORE',
  'API_TOKEN',
  'NEO4J_URI',
  'NEO4J_USER',
  'NEO4J_PASSWORD',
  'NEO4J_DATABASE',
  'LOG_LEVEL',
] as const;
type ConfigVariable = (typeof CONFIG_VARIABLES)[number];

const NEO4J_VARIABLES = ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'] as const;

// docker-compose and shells set `VAR=` for "unset"; an empty string must mean "use the default",
// not "an invalid value".
const unsetWhenEmpty = <Schema extends z.ZodType>(schema: Schema) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema);
const optionalText = unsetWhenEmpty(z.string().trim().min(1).optional());
const PORT_RANGE = { error: 'must be a port number from 1 to 65535' };

const Env = z.object({
  PORT: unsetWhenEmpty(z.coerce.number(PORT_RANGE).int(PORT_RANGE).min(1, PORT_RANGE).max(65_535, PORT_RANGE).default(4000)),
  DATA_DIR: optionalText.transform((dir) => dir ?? './data'),
  GRAPH_STORE: unsetWhenEmpty(z.enum(['sqlite', 'neo4j'], { error: 'must be "sqlite" or "neo4j"' }).default('sqlite')),
  // No token means mutations are switched off, never open to everyone.
  API_TOKEN: unsetWhenEmpty(
    z.string().min(16, { error: 'must be at least 16 characters, or unset to switch mutations off' }).optional(),
  ),
  NEO4J_URI: unsetWhenEmpty(
    z.url({ protocol: /^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc)$/, error: 'must be a neo4j:// or bolt:// URL' }).optional(),
  ),
  NEO4J_USER: optionalText,
  NEO4J_PASSWORD: optionalText,
  NEO4J_DATABASE: optionalText,
  LOG_LEVEL: unsetWhenEmpty(z.enum(['debug', 'info', 'warn', 'error'], { error: 'must be debug, info, warn or error' }).default('info')),
});

type ParsedEnv = z.infer<typeof Env>;
interface CommonConfig {
  readonly PORT: number;
  readonly DATA_DIR: string;
  /** undefined: mutations are disabled. */
  readonly API_TOKEN: string | undefined;
  readonly LOG_LEVEL: ParsedEnv['LOG_LEVEL'];
}
interface SqliteConfig extends CommonConfig {
  readonly GRAPH_STORE: 'sqlite';
}
interface Neo4jConfig extends CommonConfig {
  readonly GRAPH_STORE: 'neo4j';
  readonly NEO4J_URI: string;
  readonly NEO4J_USER: string;
  readonly NEO4J_PASSWORD: string;
  readonly NEO4J_DATABASE: string;
}
/** The server's settings, parsed once at start; the Neo4j settings exist exactly when that store is chosen. */
export type Config = SqliteConfig | Neo4jConfig;

/** Names every bad variable at once, so one restart fixes them all. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly { readonly variable: ConfigVariable; readonly message: string }[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p.variable} ${p.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads only the variables in CONFIG_VARIABLES; throws ConfigError listing every problem. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const read = Object.fromEntries(CONFIG_VARIABLES.map((name) => [name, env[name]]));
  const parsed = Env.safeParse(read);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ variable: issue.path[0] as ConfigVariable, message: issue.message }));
  // Checked on the raw values so a missing Neo4j setting is reported together with any other bad variable.
  if (read.GRAPH_STORE === 'neo4j') {
    for (const name of NEO4J_VARIABLES) {
      if (!read[name]?.trim()) problems.push({ variable: name, message: 'is required when GRAPH_STORE=neo4j' });
    }
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const { PORT, DATA_DIR, API_TOKEN, LOG_LEVEL, GRAPH_STORE, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE } = parsed.data;
  const common: CommonConfig = { PORT, DATA_DIR, API_TOKEN, LOG_LEVEL };
  if (GRAPH_STORE === 'sqlite') return Object.freeze({ ...common, GRAPH_STORE });
  // The check above guarantees all four are present; this narrows their types.
  if (!NEO4J_URI || !NEO4J_USER || !NEO4J_PASSWORD || !NEO4J_DATABASE) throw new ConfigError(problems);
  return Object.freeze({ ...common, GRAPH_STORE, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE });
}
