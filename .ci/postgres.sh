#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the tests, as the postgres user
# (the server refuses to run as root), in a temporary folder, on a free port
# of the loopback interface, without fsync (it holds nothing worth keeping
# through a power cut; the tests kill clients, not the server). Source it: it
# exports NERGRAPH_POSTGRES_URL and defines pg_stop, which stops the server
# and removes the folder.
#
#   source .ci/postgres.sh && trap pg_stop EXIT
# initdb's shell commands write to /dev/null: a test elsewhere on a shared
# machine that replaced it with a regular file (a rename onto it, as root)
# would make initdb fail with "cannot create /dev/null".
if [ ! -c /dev/null ] && [ "$(id -u)" = 0 ]; then
  rm -f /dev/null && mknod -m 666 /dev/null c 1 3
fi
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pg_bin" ]; then
  echo "postgres.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2
  return 1 2>/dev/null || exit 1
fi
pg_dir=$(mktemp -d /tmp/nergraph-pg.XXXXXX)
chown postgres: "$pg_dir"
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
runuser -u postgres -- "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log"
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=100 -c shared_buffers=128MB -c fsync=off -c synchronous_commit=off" start >/dev/null
export NERGRAPH_POSTGRES_URL="postgres://postgres@127.0.0.1:$pg_port/postgres?sslmode=disable"
export NERGRAPH_PG_DIR="$pg_dir" NERGRAPH_PG_BIN="$pg_bin"
pg_stop() {
  runuser -u postgres -- "$NERGRAPH_PG_BIN/pg_ctl" -D "$NERGRAPH_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$NERGRAPH_PG_DIR"
}
