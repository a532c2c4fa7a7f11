#!/usr/bin/env bash
# Stops and removes a cluster made by scripts/citus/up.sh: scripts/citus/down.sh <folder> (or CITUS_DIR set).
set -Eeuo pipefail
DIR=${1:-${CITUS_DIR:-}}
[ -n "$DIR" ] && [ -f "$DIR/env" ] || { echo "citus/down: give the folder up.sh printed" >&2; exit 1; }
# shellcheck disable=SC1091
. "$DIR/env"
for node_dir in "$DIR"/node*/; do
  [ -f "$node_dir/postmaster.pid" ] || continue
  if [ "$(id -u)" = 0 ]; then su postgres -c "$PG_BIN/pg_ctl -D $node_dir -m immediate stop" >/dev/null 2>&1 || true
  else "$PG_BIN/pg_ctl" -D "$node_dir" -m immediate stop >/dev/null 2>&1 || true; fi
done
rm -rf "$DIR"
echo "citus/down: stopped and removed $DIR" >&2
