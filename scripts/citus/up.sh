#!/usr/bin/env bash
# A throwaway 3-node Citus cluster on loopback for tests: a coordinator and two workers, each its own initdb on a
# free port under one temporary folder (fsync off, like CI's throwaway PostgreSQL). Needs PostgreSQL 15's server
# programs with Citus installed into them (`bash ../shared/citus/install-citus.sh` as root, or Citus's own packages).
#
# Usage:  scripts/citus/up.sh [WORKERS]        (default 2 workers)
# Prints the folder on stderr and the coordinator's URL as the last line on stdout; the folder's `env` file holds
# CITUS_DIR, CITUS_URL and the ports. Stop and remove it with scripts/citus/down.sh <folder>.
# Env: CITUS_DIR (folder to use; default a new mktemp folder), PG_BIN (default the newest /usr/lib/postgresql/*/bin),
#      CITUS_SHARD_COUNT (shards per distributed table; default 4 — enough to spread over the workers in tests).
set -Eeuo pipefail
WORKERS=${1:-2}
die() { echo "citus/up: $*" >&2; exit 1; }
PG_BIN=${PG_BIN:-$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1 || command -v initdb)")}
[ -x "$PG_BIN/initdb" ] || die "no PostgreSQL server programs (initdb) found; set PG_BIN"
PG_LIB=$("$PG_BIN/pg_config" --pkglibdir 2>/dev/null || echo "$PG_BIN/../lib")
[ -e "$PG_LIB/citus.so" ] || die "Citus is not installed into $PG_LIB (run ../shared/citus/install-citus.sh as root)"
SHARDS=${CITUS_SHARD_COUNT:-4}

DIR=${CITUS_DIR:-$(mktemp -d /tmp/qinqing-citus.XXXXXX)}
mkdir -p "$DIR"
as_pg() {
  if [ "$(id -u)" = 0 ]; then
    local quoted; quoted=$(printf '%q ' "$@"); su postgres -c "$quoted"
  else "$@"; fi
}
[ "$(id -u)" = 0 ] && chown postgres "$DIR"
free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

PORTS=()
for i in $(seq 0 "$WORKERS"); do
  node_dir="$DIR/node$i"
  port=$(free_port)
  PORTS+=("$port")
  as_pg "$PG_BIN/initdb" -D "$node_dir" -A trust -U postgres --no-sync >/dev/null
  cat >>"$node_dir/postgresql.conf" <<CONF
shared_preload_libraries = 'citus'
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$DIR'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
citus.shard_count = $SHARDS
citus.enable_create_database_propagation = off
CONF
  as_pg "$PG_BIN/pg_ctl" -D "$node_dir" -w -l "$DIR/node$i.log" start >/dev/null || { cat "$DIR/node$i.log" >&2; die "node $i did not start"; }
done
psql_on() { local port=$1; shift; "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres -At "$@"; }
for port in "${PORTS[@]}"; do psql_on "$port" -c 'CREATE EXTENSION IF NOT EXISTS citus' >/dev/null; done
psql_on "${PORTS[0]}" -c "SELECT citus_set_coordinator_host('127.0.0.1', ${PORTS[0]})" >/dev/null
for port in "${PORTS[@]:1}"; do psql_on "${PORTS[0]}" -c "SELECT citus_add_node('127.0.0.1', $port)" >/dev/null; done

URL="postgres://postgres@127.0.0.1:${PORTS[0]}/postgres"
{
  echo "CITUS_DIR=$DIR"
  echo "CITUS_URL=$URL"
  echo "CITUS_PORTS='${PORTS[*]}'"
  echo "PG_BIN=$PG_BIN"
} >"$DIR/env"
echo "citus/up: $(psql_on "${PORTS[0]}" -c 'SELECT citus_version()' | cut -d, -f1); coordinator :${PORTS[0]}, workers :${PORTS[*]:1} in $DIR" >&2
echo "$URL"
