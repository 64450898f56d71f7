#!/usr/bin/env bash
# Runs every Sajag test. As root it installs what is missing (Chromium for browser tests and the
# printed deck, the Noto fonts so Bangla shapes in the PDF, poppler-utils to read the PDF back,
# PostgreSQL for the database tests, Redis for the scale-out test) from Debian, starts PostgreSQL on loopback in a throwaway
# folder, runs `dotnet test` for the whole solution, then tests/published.sh (the school-laptop build
# and nginx in front of two instances), and stops what it started.
set -euo pipefail
cd "$(dirname "$0")"

log() { printf '[test.sh] %s\n' "$*"; }

# --- what the tests need -------------------------------------------------------------------
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -f /usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf ] || missing+=(fonts-noto-core)
command -v pdfinfo >/dev/null || missing+=(poppler-utils)
command -v redis-server >/dev/null || missing+=(redis-server)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v curl >/dev/null || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    log "missing: ${missing[*]}; run as root to install them, or install them with apt-get"; exit 1
  fi
  log "installing ${missing[*]} from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v dotnet >/dev/null || { log "the .NET 10 SDK is required (dotnet not on PATH)"; exit 1; }

# --- services on loopback, stopped on exit -------------------------------------------------
work=$(mktemp -d /tmp/sajag-test.XXXXXX)
chmod 755 "$work"
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_pg() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$work"
  as_pg() { runuser -u postgres -- "$@"; }
fi
pg_started=""
redis_pid=""
cleanup() {
  if [ -n "$pg_started" ]; then as_pg "$pgbin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null 2>&1 || true; fi
  if [ -n "$redis_pid" ]; then kill "$redis_pid" 2>/dev/null || true; wait "$redis_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

as_pg "$pgbin/initdb" -D "$work/pg" -U sajag --auth=trust -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log"; exit 1; }
for port in $(seq 55432 55462); do
  if as_pg "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -t 30 \
       -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null 2>&1; then
    pg_started=1; break
  fi
done
[ -n "$pg_started" ] || { log "PostgreSQL did not start:"; cat "$work/pg.log"; exit 1; }
log "PostgreSQL on 127.0.0.1:$port"
export SAJAG_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=sajag"

for redis_port in $(seq 56379 56399); do
  redis-server --bind 127.0.0.1 --port "$redis_port" --save "" --appendonly no --dir "$work" --protected-mode yes >"$work/redis.log" 2>&1 &
  redis_pid=$!
  for _ in $(seq 1 50); do
    if grep -q "Ready to accept connections" "$work/redis.log" 2>/dev/null; then break 2; fi
    kill -0 "$redis_pid" 2>/dev/null || break
    sleep 0.1
  done
  kill "$redis_pid" 2>/dev/null || true; wait "$redis_pid" 2>/dev/null || true; redis_pid=""
done
[ -n "$redis_pid" ] || { log "Redis did not start:"; cat "$work/redis.log"; exit 1; }
log "Redis on 127.0.0.1:$redis_port"
export SAJAG_TEST_REDIS="127.0.0.1:$redis_port"
export SAJAG_CHROMIUM=/usr/bin/chromium
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# --- the tests -----------------------------------------------------------------------------
status=0
dotnet test Sajag.slnx 2>&1 | tee "$work/test.log" || status=$?
passed=$(grep -oE 'Passed: +[0-9]+' "$work/test.log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$work/test.log" | awk '{s+=$2} END {print s+0}')
echo "$passed passed, $failed failed"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then log "no test ran"; exit 1; fi
# The school-laptop build and nginx in front of two instances, from outside (tests/published.sh).
if ! tests/published.sh; then echo "tests/published.sh failed"; status=1; fi
exit "$status"
