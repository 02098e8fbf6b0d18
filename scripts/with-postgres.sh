#!/usr/bin/env bash
# with-postgres.sh CMD...: run CMD against a throwaway PostgreSQL 15 cluster.
# Starts initdb + pg_ctl as the `postgres` user (we may be root) in a temp dir, listening
# on a unix socket only, exports DATABASE_URL, runs CMD, then stops and removes the cluster.
set -euo pipefail
if [ "$#" -eq 0 ]; then
  echo "用法：scripts/with-postgres.sh 命令 [参数...]" >&2
  exit 2
fi
BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
if [ ! -x "$BIN/initdb" ]; then
  echo "找不到 PostgreSQL 15（$BIN/initdb）：请先运行 scripts/system-deps.sh。" >&2
  exit 2
fi
DIR="$(mktemp -d /tmp/nianbao-pg.XXXXXX)"
chmod 755 "$DIR"
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "$(id -u)" -eq 0 ]; then chown postgres: "$DIR"; fi
cleanup() {
  as_pg "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT
as_pg "$BIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w \
  -o "-c listen_addresses='' -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null
as_pg "$BIN/createdb" -h "$DIR" -U postgres nianbao
export DATABASE_URL="postgres://postgres@/nianbao?host=$DIR"
set +e
"$@"
status=$?
set -e
exit $status
