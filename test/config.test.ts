import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../src/config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((problem) => problem.variable);
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('defaults to SQLite on port 4000 under ./data with mutations off', () => {
    expect(loadConfig({})).toEqual({
      PORT: 4000,
      DATA_DIR: './data',
      GRAPH_STORE: 'sqlite',
      API_TOKEN: undefined,
      LOG_LEVEL: 'info',
    });
  });

  it('treats an empty variable (as docker-compose writes `VAR=`) as unset', () => {
    expect(loadConfig({ PORT: '', API_TOKEN: '', GRAPH_STORE: '' }).PORT).toBe(4000);
  });

  it('returns a frozen object, so nothing can change the settings after start', () => {
    expect(Object.isFrozen(loadConfig({ PORT: '8080' }))).toBe(true);
  });

  it('names every bad variable at once', () => {
    expect(problemsOf({ PORT: 'eighty', API_TOKEN: 'short', LOG_LEVEL: 'loud', GRAPH_STORE: 'mysql' })).toEqual([
      'PORT',
      'GRAPH_STORE',
      'API_TOKEN',
      'LOG_LEVEL',
    ]);
  });

  it('requires every Neo4j setting when GRAPH_STORE=neo4j, alongside other problems', () => {
    // The whole message, not a string: toThrow('…') would pass on any message containing it.
    expect(() => loadConfig({ GRAPH_STORE: 'neo4j', NEO4J_USER: 'neo4j', PORT: '0' })).toThrow(expect.objectContaining({ name: 'ConfigError', message: [
      'Invalid configuration:',
      '  PORT must be a port number from 1 to 65535',
      '  NEO4J_URI is required when GRAPH_STORE=neo4j',
      '  NEO4J_PASSWORD is required when GRAPH_STORE=neo4j',
      '  NEO4J_DATABASE is required when GRAPH_STORE=neo4j',
    ].join('\n') }));
  });

  it('accepts a complete Neo4j configuration and rejects a non-Bolt URI', () => {
    const neo4j = { GRAPH_STORE: 'neo4j', NEO4J_URI: 'bolt://127.0.0.1:7687', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'secret', NEO4J_DATABASE: 'neo4j' };
    expect(loadConfig(neo4j)).toMatchObject({ GRAPH_STORE: 'neo4j', NEO4J_URI: 'bolt://127.0.0.1:7687', NEO4J_DATABASE: 'neo4j' });
    expect(problemsOf({ ...neo4j, NEO4J_URI: 'http://127.0.0.1:7474' })).toEqual(['NEO4J_URI']);
  });

  it('keeps a token of 16+ characters and ignores variables it does not list', () => {
    const config = loadConfig({ API_TOKEN: 'a-token-of-24-characters', HOME: '/root' });
    expect(config.API_TOKEN).toBe('a-token-of-24-characters');
    expect(Object.keys(config).every((key) => (CONFIG_VARIABLES as readonly string[]).includes(key))).toBe(true);
  });
});
