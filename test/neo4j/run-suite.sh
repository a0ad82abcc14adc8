#!/usr/bin/env bash
# npm run test:neo4j: the Neo4j store suite against the Neo4j in NEO4J_URI if set, else against the
# test server, started here when none runs (and then stopped again).
set -euo pipefail
cd "$(dirname "$0")/../.."

started_here=0
if [[ -z ${NEO4J_URI:-} ]] && ! test/neo4j/server.sh status >/dev/null; then
  test/neo4j/server.sh start
  started_here=1
fi
stop_if_started_here() { if [[ $started_here == 1 ]]; then test/neo4j/server.sh stop; fi; }
trap stop_if_started_here EXIT

npx vitest run --project neo4j "$@"
