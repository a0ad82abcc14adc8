import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, loadConfig } from '../../src/config';

// Validates docker-compose.yml with Debian's docker-compose (its `config` checks the file against the
// Compose spec and needs no engine). .ci/run installs it; without it the file fails in CI, skips locally.
const composeFile = fileURLToPath(new URL('../../docker-compose.yml', import.meta.url));
const hasDockerCompose = spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0;
if (!hasDockerCompose && process.env.CI === 'true') throw new Error('CI needs docker-compose (apt-get install docker-compose).');
if (!hasDockerCompose) console.warn('docker-compose.yml checks skipped: docker-compose is not installed.');

interface ComposeService {
  image?: string;
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  volumes?: string[];
}

/** `docker-compose config` with only the given variables set (and PATH): its exit status, output and errors. */
function composeConfig(variables: Record<string, string>) {
  const run = spawnSync('docker-compose', ['--file', composeFile, 'config'], {
    encoding: 'utf8', env: { PATH: process.env.PATH, ...variables },
  });
  return { status: run.status, stderr: run.stderr, services: run.status === 0
    ? (parse(run.stdout) as { services: Record<string, ComposeService> }).services : {} };
}

describe.skipIf(!hasDockerCompose)('docker-compose.yml', () => {
  const password = 'only-for-this-test';

  it('is a valid Compose file: Neo4j 5.26 with a health check and a volume, the server waiting for it', () => {
    const { status, stderr, services } = composeConfig({ NEO4J_PASSWORD: password });
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(services.neo4j?.image).toBe('neo4j:5.26-community');
    expect(services.neo4j?.healthcheck?.test[0]).toBe('CMD-SHELL');
    expect(services.neo4j?.volumes).toEqual(['neo4j-data:/data:rw']);
    expect(services.server?.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
  });

  it('gives the server only variables its config reads, and a config that selects the neo4j service', () => {
    const environment = composeConfig({ NEO4J_PASSWORD: password }).services.server?.environment ?? {};
    const known: readonly string[] = CONFIG_VARIABLES;
    expect(Object.keys(environment).filter((name) => !known.includes(name))).toEqual([]);
    expect(loadConfig(environment)).toMatchObject({
      PORT: 4000, GRAPH_STORE: 'neo4j', NEO4J_URI: 'bolt://neo4j:7687', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: password,
      API_TOKEN: undefined,
    });
  });

  it('takes the Neo4j password only from the environment, and refuses to start without one', () => {
    const { services } = composeConfig({ NEO4J_PASSWORD: password });
    expect(services.neo4j?.environment?.NEO4J_AUTH).toBe(`neo4j/${password}`);
    const missing = composeConfig({});
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('set NEO4J_PASSWORD');
  });
});
