#!/usr/bin/env bash
# Starts one more worker node in a cluster made by scripts/citus/up.sh (for scale-out: a test, or by hand), and
# prints its port. It is not registered anywhere: Citus's node list is per database, so whoever scales out runs, in
# the application's database on the coordinator, `SELECT citus_add_node('127.0.0.1', <port>)` (after creating the
# database and `CREATE EXTENSION citus` on the new node), then `SELECT citus_rebalance_start()`.
# scripts/citus/down.sh stops it with the rest.
#
# Usage:  scripts/citus/add-worker.sh <folder>      (or CITUS_DIR set)
set -Eeuo pipefail
DIR=${1:-${CITUS_DIR:-}}
[ -n "$DIR" ] && [ -f "$DIR/env" ] || { echo "citus/add-worker: give the folder up.sh printed" >&2; exit 1; }
# shellcheck disable=SC1091
. "$DIR/env"
SHARDS=${SHARDS:-4}
# shellcheck source=scripts/citus/lib.sh
. "$(dirname "$0")/lib.sh"
exec 9>"$DIR/add-worker.lock"
flock 9
n=0
while [ -e "$DIR/node$n" ]; do n=$((n + 1)); done
port=$(free_port)
# Without the lock's descriptor: the server would inherit it and hold the lock for its whole life (the next
# add-worker.sh then waited forever).
start_node "node$n" "$port" 9>&-
sed -i "s/^CITUS_PORTS='\(.*\)'$/CITUS_PORTS='\1 $port'/" "$DIR/env"
echo "citus/add-worker: node$n on :$port in $DIR" >&2
echo "$port"
