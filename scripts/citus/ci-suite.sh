#!/usr/bin/env bash
# CI's Citus step: API tests on a throwaway 3-node loopback Citus cluster (a coordinator and two workers).
# Installs Citus into PostgreSQL 15 from the shared build when it is missing (as root), brings the cluster up with
# scripts/citus/up.sh, runs Vitest with TEST_DATABASE_URL naming the coordinator (each test file makes its database
# on every node, and the migrations distribute it) and CITUS_DIR the cluster's folder (test/citus/scale-out.test.ts
# starts a third worker there with scripts/citus/add-worker.sh), then stops and removes the cluster — the added
# worker with it — whatever happened.
#
# Usage:  scripts/citus/ci-suite.sh [FILE…]      (default: the whole API suite, test/api and test/citus)
# Env: CITUS_DIR     the cluster's folder (default a new mktemp folder; .ci/run names it so its own trap removes it too)
#      CITUS_SHARED  the shared Citus build (default ../shared/citus beside the repository)
#      PG_BIN        PostgreSQL 15's server programs (default /usr/lib/postgresql/15/bin: the build is for 15)
#      NODE          the node binary to run Vitest with (default node)
#
# The whole API suite and test/citus (the layout, router plans, and the online scale-out: a third worker added and
# shards rebalanced onto it while codes are issued and penalties filed, every acknowledged write counted afterwards):
# 47 files, 276 tests, 286 s for the whole step on this 2-core machine when quiet (282 s of Vitest; three workers
# instead of two gain nothing: the machine is busy). The hostile-probe files pass there too when run by hand
# (`scripts/citus/ci-suite.sh test/security`: 12 files, 74 s) but are left to the PGlite and PostgreSQL runs for
# CI's time, with the unit tests, test/lint and test/chaos.
set -Eeuo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
# (`all`, as before, is the default.)
if [ $# -eq 0 ] || [ "$1" = all ]; then set -- test/api test/citus; fi
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
SHARED=${CITUS_SHARED:-$ROOT/../shared/citus}
NODE=${NODE:-node}
export PG_BIN

lib=$("$PG_BIN/pg_config" --pkglibdir 2>/dev/null || echo "$PG_BIN/../lib")
if [ ! -e "$lib/citus.so" ]; then
  [ "$(id -u)" = 0 ] || { echo "citus/ci-suite: Citus is not installed into $lib and this is not root" >&2; exit 1; }
  [ -f "$SHARED/install-citus.sh" ] || { echo "citus/ci-suite: no Citus build at $SHARED" >&2; exit 1; }
  # --no-verify: the cluster below is the proof.
  bash "$SHARED/install-citus.sh" --no-verify
fi

DIR=${CITUS_DIR:-$(mktemp -d /tmp/qinqing-citus.XXXXXX)}
stop() { [ -f "$DIR/env" ] && bash "$ROOT/scripts/citus/down.sh" "$DIR" || rm -rf "$DIR"; }
trap stop EXIT
URL=$(CITUS_DIR=$DIR bash scripts/citus/up.sh 2 | tail -1)
started=$(date +%s)
status=0
# A file's database is made and dropped on three nodes: its hooks get longer than the default minute.
CITUS_DIR=$DIR TEST_DATABASE_URL=$URL "$NODE" node_modules/vitest/vitest.mjs run --hookTimeout=300000 "$@" || status=$?
echo "citus/ci-suite: $* on the 3-node cluster: $(($(date +%s) - started)) s, exit $status" >&2
if [ "$status" != 0 ]; then
  # What the nodes said (a connection refused, a worker out of slots …): the logs go with the cluster's folder.
  for log in "$DIR"/*.log; do
    [ -f "$log" ] || continue
    echo "---- $(basename "$log"): errors, warnings (not the terminations of dropped test databases)" >&2
    grep -E 'ERROR|FATAL|PANIC|WARNING' "$log" | grep -v 'terminating connection due to administrator command' | tail -40 >&2 || true
  done
fi
exit "$status"
