# shellcheck shell=bash
# What scripts/citus/up.sh and add-worker.sh share: running as the postgres user when root, a free port, and one
# node (initdb, Citus preloaded, started) under the cluster's folder. Sourced; expects DIR, PG_BIN and SHARDS set.
die() { echo "citus: $*" >&2; exit 1; }
as_pg() {
  if [ "$(id -u)" = 0 ]; then
    local quoted; quoted=$(printf '%q ' "$@"); su postgres -c "$quoted"
  else "$@"; fi
}
free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
psql_on() { local port=$1; shift; "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres -At "$@"; }

# start_node NAME PORT: a new node in $DIR/NAME listening on 127.0.0.1:PORT, with the citus extension created in
# its postgres database. wal_level = logical lets citus_rebalance_start move shards while writes continue.
start_node() {
  local name=$1 port=$2 node_dir="$DIR/$1"
  as_pg "$PG_BIN/initdb" -D "$node_dir" -A trust -U postgres --no-sync >/dev/null
  cat >>"$node_dir/postgresql.conf" <<CONF
shared_preload_libraries = 'citus'
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$DIR'
# Each coordinator backend may hold connections to every worker (cached, and up to 16 per worker for a multi-shard
# query); the coordinator's pool of worker connections (citus.max_shared_pool_size) follows its max_connections.
max_connections = 1000
fsync = off
synchronous_commit = off
full_page_writes = off
wal_level = logical
citus.shard_count = $SHARDS
citus.enable_create_database_propagation = off
CONF
  as_pg "$PG_BIN/pg_ctl" -D "$node_dir" -w -l "$DIR/$name.log" start >/dev/null || { cat "$DIR/$name.log" >&2; die "$name did not start"; }
  psql_on "$port" -c 'CREATE EXTENSION IF NOT EXISTS citus' >/dev/null
}
