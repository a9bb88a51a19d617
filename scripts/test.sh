#!/usr/bin/env bash
# The test command: installs what the tests need (Python packages, Debian's PostgreSQL server and
# Chromium), starts a throwaway PostgreSQL so the store tests run on both databases, runs pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
if [ ${#need_apt[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  apt-get update -qq >/dev/null 2>&1 || true
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null 2>&1 \
    || echo "warning: could not install ${need_apt[*]}; those tests will skip"
fi

pg_dir=""
cleanup() {
  if [ -n "$pg_dir" ]; then
    su postgres -s /bin/sh -c "$(ls -d /usr/lib/postgresql/*/bin | tail -1)/pg_ctl -D $pg_dir/data -m immediate stop" >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
trap cleanup EXIT
initdb=$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | tail -1 || true)
if [ -z "${LAGEBILD_TEST_PG:-}" ] && [ -n "$initdb" ] && id postgres >/dev/null 2>&1; then
  pg_dir=$(mktemp -d /tmp/lagebild-pg.XXXXXX)
  chown postgres "$pg_dir"
  bin=$(dirname "$initdb")
  port=$((20000 + RANDOM % 20000))
  su postgres -s /bin/sh -c "$bin/initdb -D $pg_dir/data -A trust -U postgres >/dev/null && \
    $bin/pg_ctl -D $pg_dir/data -o '-p $port -k $pg_dir -c listen_addresses=127.0.0.1' -l $pg_dir/log -w start >/dev/null"
  su postgres -s /bin/sh -c "$bin/createdb -h 127.0.0.1 -p $port -U postgres lagebild_test"
  export LAGEBILD_TEST_PG="postgresql://postgres@127.0.0.1:$port/lagebild_test"
fi

.venv/bin/python -m pytest -q "$@"
