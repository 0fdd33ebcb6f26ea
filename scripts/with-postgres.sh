#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster on a free loopback port, exporting
# PARLEY_TEST_DATABASE_URL (an empty database the command may create more databases beside);
# the cluster and its files are removed afterwards. Installs PostgreSQL from apt when missing.
set -euo pipefail
log() { printf '\033[2m[postgres]\033[0m %s\n' "$*" >&2; }

bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
if [ -z "$bin" ]; then
  log "installing PostgreSQL from apt"
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
fi

dir="$(mktemp -d /tmp/parley-pg.XXXXXX)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
# initdb refuses to run as root; the cluster belongs to the postgres system user when we are root.
as_owner=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$dir"
  as_owner=(runuser -u postgres --)
fi
cleanup() {
  "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT
"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U parley --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off" start >/dev/null
"$bin/createdb" -h 127.0.0.1 -p "$port" -U parley parley
log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
export PARLEY_TEST_DATABASE_URL="postgresql://parley@127.0.0.1:$port/parley"
export PATH="$bin:$PATH" # psql and createdb, for tests that need a database of their own
"$@"
