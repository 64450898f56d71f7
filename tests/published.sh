#!/usr/bin/env bash
# The school-laptop build and the reference deployment, tested from outside as an operator uses them
# (called by test.sh, which has started PostgreSQL and Redis on loopback):
#  1. ./publish.sh builds linux-x64 and win-x64 (sizes and durations reported);
#  2. the linux-x64 executable runs from a temporary folder with no .NET on PATH and DOTNET_ROOT unset:
#     it listens on every address, makes data/ beside itself, answers /health, /play, /join and the join API,
#     and runs a real session made from its setup link (admin, school, session) that a phone joins;
#  3. nginx (deploy/nginx.conf) on loopback in front of two instances on PostgreSQL and Redis: pages, the
#     SignalR negotiation and a WebSocket upgrade through nginx; one instance stopped, the other still serves.
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/nginx-loopback.sh
log() { printf '[published.sh] %s\n' "$*"; }
fail() { log "FAILED: $*"; exit 1; }
# Fetches a page whole into a file, then searches it: `curl | grep -q` fails under pipefail
# when grep stops reading early (curl: (23) Failed writing body), as it did in CI.
page_has() { curl -fsS "$1" -o "$work/page.html" && grep -q -- "$2" "$work/page.html"; }
: "${SAJAG_TEST_POSTGRES:?run from test.sh}" "${SAJAG_TEST_REDIS:?run from test.sh}"

work=$(mktemp -d /tmp/sajag-published.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx/nginx.pid" ] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# --- 1. publish --------------------------------------------------------------------------------
for rid in linux-x64 win-x64; do
  start=$(date +%s)
  ./publish.sh --web-only --out "$work/publish" "$rid" >"$work/publish-$rid.log" 2>&1 || { cat "$work/publish-$rid.log"; fail "publish $rid"; }
  log "$rid published in $(( $(date +%s) - start )) s (a loaded 2-core machine): $(tail -n 1 "$work/publish-$rid.log")"
done
[ -f "$work/publish/win-x64/sajag-web.exe" ] || fail "no win-x64 sajag-web.exe"
log "win-x64 sajag-web.exe: $(du -m "$work/publish/win-x64/sajag-web.exe" | cut -f1) MB; folder: $(du -sm "$work/publish/win-x64" | cut -f1) MB"

# --- 2. the laptop build, with no .NET anywhere on its path -----------------------------------
laptop="$work/laptop"
cp -R "$work/publish/linux-x64" "$laptop"
mkdir -p "$work/bin"; for tool in cat sleep; do ln -s "$(command -v $tool)" "$work/bin/$tool"; done
# exec: the recorded pid is the server itself, so cleanup stops it (a subshell pid left it running).
(cd /tmp && exec env -i HOME="$work" PATH="$work/bin" "$laptop/sajag-web" --urls "http://0.0.0.0:0" >"$work/laptop.log" 2>&1) &
pids+=($!)
url=""
for _ in $(seq 1 300); do
  url=$(grep -oE 'Now listening on: http://0\.0\.0\.0:[0-9]+' "$work/laptop.log" | head -n 1 | sed 's/.*0\.0\.0\.0/http:\/\/127.0.0.1/') || true
  [ -n "$url" ] && break; sleep 0.2
done
[ -n "$url" ] || { cat "$work/laptop.log"; fail "the laptop build did not start"; }
log "laptop build listening on every address; reached at $url"
[ "$(curl -fsS "$url/health")" = "Healthy" ] || fail "/health"
page_has "$url/play" '<html' || fail "/play"
page_has "$url/join" 'join-form' || fail "/join"
status=$(curl -sS -o "$work/join.json" -w '%{http_code}' -H 'Content-Type: application/json' -d '{"code":"000000"}' "$url/api/live/join")
[ "$status" = 404 ] && grep -q '"status":404' "$work/join.json" || fail "join API: $status $(cat "$work/join.json")"
[ -f "$laptop/data/sajag.db" ] || fail "no data/sajag.db beside the executable"
grep -q 'setup?token=' "$work/laptop.log" || fail "no setup link printed"

# A real session on the laptop build, as a new programme officer makes one: the printed setup link makes the admin,
# the admin page a school, the facilitator page a session; a phone then joins it with the code the session page shows.
jar="$work/cookies"
form_token() { curl -fsS -b "$jar" -c "$jar" "$url$1" | grep -oE 'name="__RequestVerificationToken"[^>]*value="[^"]+"' | head -n 1 | sed -E 's/.*value="([^"]+)"/\1/'; }
setup_token=$(grep -oE 'setup\?token=[^ ]+' "$work/laptop.log" | head -n 1 | sed 's/setup?token=//')
setup="/setup?token=$setup_token"
status=$(curl -sS -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" --data-urlencode "__RequestVerificationToken=$(form_token "$setup")" \
  --data-urlencode "Token=$setup_token" --data-urlencode "Organisation=Published test NGO" --data-urlencode "Name=Programme officer" \
  --data-urlencode "Email=officer@ngo.example" --data-urlencode "Password=a long enough password" "$url$setup")
[ "$status" = 302 ] && grep -q sajag-auth "$jar" || fail "the setup link did not make the admin ($status)"
status=$(curl -sS -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" --data-urlencode "__RequestVerificationToken=$(form_token /admin)" \
  --data-urlencode "SchoolName=Published test school" --data-urlencode "District=Dhaka" --data-urlencode "Setting=Urban" "$url/admin?handler=School")
[ "${status:0:1}" != 5 ] && [ "${status:0:1}" != 4 ] || fail "the admin page did not add a school ($status)"
school=$(curl -fsS -b "$jar" "$url/facilitator" | tr '\n' ' ' | grep -oE 'name="SchoolId"[^>]*>[^<]*<option value="[0-9]+"' | grep -oE '[0-9]+"$' | tr -d '"')
[ -n "$school" ] || fail "the facilitator page offers no school"
location=$(curl -sS -o /dev/null -w '%{redirect_url}' -b "$jar" -c "$jar" --data-urlencode "__RequestVerificationToken=$(form_token /facilitator)" \
  --data-urlencode "SchoolId=$school" --data-urlencode "Cards=3" --data-urlencode "Mode=PhoneEach" --data-urlencode "Timer=" --data-urlencode "Language=bn" "$url/facilitator")
case "$location" in */facilitator/sessions/*) ;; *) fail "no session was made (went to '$location')";; esac
joined=""
for code in $(curl -fsS -b "$jar" "$location" | grep -oE '\b[0-9]{6}\b' | sort -u); do
  status=$(curl -sS -o "$work/joined.json" -w '%{http_code}' -H 'Content-Type: application/json' -d "{\"code\":\"$code\"}" "$url/api/live/join")
  if [ "$status" = 200 ] && grep -q '"token"' "$work/joined.json"; then joined=$code; break; fi
done
[ -n "$joined" ] || fail "no phone could join the session with a code from its page"
grep -q '"language":"bn"' "$work/joined.json" || fail "the joined phone was not told the session's language: $(cat "$work/joined.json")"
log "laptop build: the setup link made the admin, a school and a session were made, a phone joined it with code $joined"
kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true; pids=()
log "laptop build: /health, /play, /join and the join API answered; data/ made beside it; stopped"

# --- 3. nginx in front of two instances on PostgreSQL and Redis --------------------------------
db="sajag_nginx_$$"
pg="$SAJAG_TEST_POSTGRES;Database=$db"
ports=()
for i in 1 2; do
  port=$(free_port); ports+=("$port")
  (cd /tmp && exec env -i HOME="$work" PATH="$work/bin" Database__Provider=Postgres "Database__ConnectionString=$pg" \
     Redis__Connection="$SAJAG_TEST_REDIS" Proxy__KnownProxies__0=127.0.0.1 \
     "$laptop/sajag-web" --urls "http://127.0.0.1:$port" >"$work/instance$i.log" 2>&1) &
  pids+=($!)
  # The first instance migrates; the second starts once it answers.
  wait_healthy "http://127.0.0.1:$port" "$work/instance$i.log" || fail "instance $i"
done
front=$(free_port)
nginx_loopback "$work" "$front" "${ports[0]}" "${ports[1]}" || fail "nginx did not start"
base="http://127.0.0.1:$front"
[ "$(curl -fsS "$base/health")" = "Healthy" ] || fail "/health through nginx"
page_has "$base/play" '<html' || fail "/play through nginx"
negotiate=$(curl -fsS -X POST "$base/hubs/live/negotiate?negotiateVersion=1")
for transport in WebSockets LongPolling; do echo "$negotiate" | grep -q "\"$transport\"" || fail "negotiate lacks $transport: $negotiate"; done
token=$(echo "$negotiate" | python3 -c 'import json,sys; print(json.load(sys.stdin)["connectionToken"])')
# A long-polling request with the token reaches the instance that negotiated it (sticky upstream).
status=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 5 "$base/hubs/live?id=$token" || true)
[ "$status" = 200 ] || fail "long polling through nginx: $status"
ws=$(curl -s -o /dev/null -w '%{http_code}' --http1.1 --max-time 3 -H 'Connection: Upgrade' -H 'Upgrade: websocket' \
     -H 'Sec-WebSocket-Version: 13' -H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==' "$base/hubs/live" || true)
[ "$ws" = 101 ] || fail "WebSocket upgrade through nginx: $ws"
log "through nginx: pages, negotiation (WebSockets, long polling), a long poll and a WebSocket upgrade"
kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true
for _ in 1 2 3 4 5; do [ "$(curl -fsS "$base/health")" = "Healthy" ] || fail "/health after one instance stopped"; done
page_has "$base/join" 'join-form' || fail "/join after one instance stopped"
log "one instance stopped: nginx serves every request from the other"
log "passed"
