/* The layout is the architecture (see README "Layout"): these rules keep each folder to what it may import. */
const ours = '^(src|schema|ingest)/';
module.exports = {
  forbidden: [
    { name: 'domain-imports-nothing-of-ours', severity: 'error',
      from: { path: '^src/domain/' }, to: { path: ours, pathNot: '^src/domain/' } },
    { name: 'port-imports-only-domain', severity: 'error',
      from: { path: '^src/store/(port|align-by-key)\\.ts$' }, to: { path: ours, pathNot: '^src/(domain/|store/(port|align-by-key)\\.ts$)' } },
    // The files directly in src/store/ are the port and what every adapter shares (its typed errors,
    // content hash, article-graph reads); only open-store.ts, which picks an adapter, is off limits.
    { name: 'sqlite-adapter-stays-alone', severity: 'error',
      from: { path: '^src/store/sqlite/' }, to: { path: ours, pathNot: '^src/(domain/|store/(?!open-store\\.ts$)[^/]+\\.ts$|store/sqlite/)' } },
    { name: 'neo4j-adapter-stays-alone', severity: 'error',
      from: { path: '^src/store/neo4j/' }, to: { path: ours, pathNot: '^src/(domain/|store/(?!open-store\\.ts$)[^/]+\\.ts$|store/neo4j/)' } },
    { name: 'shared-store-files-know-no-adapter', severity: 'error',
      from: { path: '^src/store/[^/]+\\.ts$', pathNot: '^src/store/open-store\\.ts$' }, to: { path: '^src/store/(sqlite|neo4j)/' } },
    { name: 'loaders-see-only-the-port', severity: 'error',
      from: { path: '^src/loaders/' }, to: { path: ours, pathNot: '^src/(domain/|store/port\\.ts$|loaders/)' } },
    { name: 'schema-does-not-know-adapters-or-ingest', severity: 'error',
      from: { path: '^schema/' }, to: { path: '^(ingest/|src/store/(sqlite|neo4j)/|src/server/|src/cli/|src/main)' } },
    { name: 'stages-are-pure', severity: 'error',
      from: { path: '^ingest/stages/' }, to: { path: ours, pathNot: '^(src/domain/|ingest/doc\\.ts$|ingest/stages/)' } },
    { name: 'readers-see-only-domain', severity: 'error',
      from: { path: '^ingest/readers/' }, to: { path: ours, pathNot: '^(src/domain/|ingest/readers/)' } },
    { name: 'ingest-does-not-know-adapters-or-api', severity: 'error',
      from: { path: '^ingest/' }, to: { path: '^(schema/|src/server/|src/cli/|src/store/(sqlite|neo4j)/)' } },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
