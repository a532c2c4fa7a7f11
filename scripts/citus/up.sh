#!/usr/bin/env bash
# A throwaway 3-node Citus cluster on loopback for tests: a coordinator and two workers, each its own initdb on a
# free port under one temporary folder (fsync off, like CI's throwaway PostgreSQL; wal_level logical, so shards
# move online). scripts/citus/add-worker.sh starts a further worker in the same folder. Needs PostgreSQL 15's server
# programs with Citus installed into them (`bash ../shared/citus/install-citus.sh` as root, or Citus's own packages).
#
# Usage:  scripts/citus/up.sh [WORKERS]        (default 2 workers)
# Prints the folder on stderr and the coordinator's URL as the last line on stdout; the folder's `env` file holds
# CITUS_DIR, CITUS_URL and the ports. Stop and remove it with scripts/citus/down.sh <folder>.
# Env: CITUS_DIR (folder to use; default a new mktemp folder), PG_BIN (default the newest /usr/lib/postgresql/*/bin),
#      CITUS_SHARD_COUNT (shards per distributed table; default 4 — enough to spread over the workers in tests).
set -Eeuo pipefail
WORKERS=${1:-2}
[ -n "${PG_BIN:-}" ] || PG_BIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1 || command -v initdb)")
SHARDS=${CITUS_SHARD_COUNT:-4}
# shellcheck source=scripts/citus/lib.sh
. "$(dirname "$0")/lib.sh"
[ -x "$PG_BIN/initdb" ] || die "no PostgreSQL server programs (initdb) found; set PG_BIN"
PG_LIB=$("$PG_BIN/pg_config" --pkglibdir 2>/dev/null || echo "$PG_BIN/../lib")
[ -e "$PG_LIB/citus.so" ] || die "Citus is not installed into $PG_LIB (run ../shared/citus/install-citus.sh as root)"

DIR=${CITUS_DIR:-$(mktemp -d /tmp/qinqing-citus.XXXXXX)}
mkdir -p "$DIR"
[ "$(id -u)" = 0 ] && chown postgres "$DIR"

PORTS=()
for i in $(seq 0 "$WORKERS"); do
  port=$(free_port)
  PORTS+=("$port")
  start_node "node$i" "$port"
done
psql_on "${PORTS[0]}" -c "SELECT citus_set_coordinator_host('127.0.0.1', ${PORTS[0]})" >/dev/null
for port in "${PORTS[@]:1}"; do psql_on "${PORTS[0]}" -c "SELECT citus_add_node('127.0.0.1', $port)" >/dev/null; done

URL="postgres://postgres@127.0.0.1:${PORTS[0]}/postgres"
{
  echo "CITUS_DIR=$DIR"
  echo "CITUS_URL=$URL"
  echo "CITUS_PORTS='${PORTS[*]}'"
  echo "PG_BIN=$PG_BIN"
  echo "SHARDS=$SHARDS"
} >"$DIR/env"
echo "citus/up: $(psql_on "${PORTS[0]}" -c 'SELECT citus_version()' | cut -d, -f1); coordinator :${PORTS[0]}, workers :${PORTS[*]:1} in $DIR" >&2
echo "$URL"
