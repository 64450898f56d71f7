#!/usr/bin/env bash
# Players through nginx (deploy/nginx.conf as shipped, addresses changed) to two Sajag instances on one PostgreSQL
# and one Redis, with the load generator's phones leaving from 64 loopback networks so that nginx's ip_hash spreads
# them over both instances, as phones on different networks would be.
#
#   SAJAG_TEST_POSTGRES="Host=127.0.0.1;Port=P;Username=U" SAJAG_TEST_REDIS=127.0.0.1:R bench/nginx-load.sh --players 5000 --sessions 50
#
# Start PostgreSQL and Redis on loopback first (test.sh shows how). Arguments after the script's name go to the load
# generator (bench/Sajag.Load). Prints which instance took how many hub connections, then the generator's JSON line.
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/nginx-loopback.sh
: "${SAJAG_TEST_POSTGRES:?start PostgreSQL on loopback and set SAJAG_TEST_POSTGRES}"
: "${SAJAG_TEST_REDIS:?start Redis on loopback and set SAJAG_TEST_REDIS}"
log() { printf '[nginx-load] %s\n' "$*" >&2; }
work=$(mktemp -d /tmp/sajag-nginx-load.XXXXXX)
pids=()
cleanup() {
  [ -f "$work/nginx/nginx.pid" ] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT INT TERM
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

log "building the app and the generator (Release)"
dotnet build -c Release src/Sajag.Web -v q -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
dotnet build -c Release bench/Sajag.Load -v q -nologo >>"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
pg="$SAJAG_TEST_POSTGRES;Database=sajag_nginx_load_$$"
ports=(); mports=()
for i in 1 2; do
  port=$(free_port); ports+=("$port"); mports+=("$(free_port)")
  (cd src/Sajag.Web && exec env ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres "Database__ConnectionString=$pg" \
     Redis__Connection="$SAJAG_TEST_REDIS" Proxy__KnownProxies__0=127.0.0.1 Live__JoinsPerAddressPerMinute=1000000 \
     Live__JoinsPerSecond=100000 Metrics__Enabled=true Metrics__Port="${mports[$((i-1))]}" \
     dotnet bin/Release/net10.0/Sajag.Web.dll --urls "http://127.0.0.1:$port" >"$work/instance$i.log" 2>&1) &
  pids+=($!)
  wait_healthy "http://127.0.0.1:$port" "$work/instance$i.log"
done
front=$(free_port)
ulimit -n 65536 2>/dev/null || true
nginx_loopback "$work" "$front" "${ports[0]}" "${ports[1]}" 30000
base="http://127.0.0.1:$front"
[ "$(curl -fsS "$base/health")" = "Healthy" ] || { log "nginx does not reach the app"; exit 1; }
email="load@nginx.example"; password="a long load-test password 7Q"
printf '%s\n' "$password" | env Database__Provider=Postgres "Database__ConnectionString=$pg" \
  dotnet run -c Release --project src/Sajag.Cli -- admin create --email "$email" --organisation "Load test NGO" >"$work/admin.log" 2>&1 \
  || { cat "$work/admin.log"; exit 1; }
log "two instances on ${ports[*]}, nginx on $front; running the generator"
dotnet bench/Sajag.Load/bin/Release/net10.0/Sajag.Load.dll --url "$base" --email "$email" --password "$password" --networks 64 "$@"
# Where the phones went (nginx's ip_hash by network): the answers each instance stored, from its own metrics.
for i in 1 2; do
  stored=$(curl -fsS "http://127.0.0.1:${mports[$((i-1))]}/metrics" | awk '/^sajag_live_answers_total\{.*outcome="stored"/ {s+=$NF} END {print s+0}')
  log "instance $i stored $stored answers"
done
