import { defineConfig } from 'vitest/config';

// Every test file that writes to the shared Neo4j test database is named *neo4j.test.ts. Those files
// form a project that runs one file at a time, so no two of them wipe or write the database at once;
// all other files keep running in parallel.
const neo4jFiles = ['test/**/*neo4j.test.ts'];

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS (`main`) and ESM (`module`) builds. Node loads the CommonJS one
    // for Pothos and yoga; without this, Vite would hand our files the ESM one, and graphql
    // refuses types "from another module or realm".
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: neo4jFiles } },
      { extends: true, test: { name: 'neo4j', include: neo4jFiles, fileParallelism: false } },
    ],
  },
});
