#!/usr/bin/env bash
# The live core's benchmark matrix (issue 11), one run each: 2,000 players in 1 session, 5,000/1, 10,000/100 and
# 10,000/1, 5 cards, on SQLite and on PostgreSQL (a throwaway server on a free loopback port, as test.sh starts
# one), with the load generator (bench/Sajag.Load) starting the Release app itself, generator and app pinned to a
# core each (--pin), after a warm-up game. Writes a markdown table (and every run's full output) to the output
# folder and prints the table.
#
#   bench/live-matrix.sh [--out DIR] [--client wire|hub] [--only sqlite|postgres] [--warmup N] [--runs "2000/1 5000/1 ..."]
#
# Run it on a quiet machine, as root or not (root: runs get nice -n -5 and PostgreSQL runs as the postgres user).
# Takes about 15-20 minutes on 2 cores. A run that fails is tried once more (PostgreSQL started again if something
# stopped it); a run that fails twice is reported in the table (its output, with the path of the app's log the
# generator kept, is named there) and the matrix goes on; the exit code is 1 when any run failed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

out="" client="wire" only="" warmup=1000 runs="2000/1 5000/1 10000/100 10000/1"
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --client) client="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "live-matrix.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$client" in wire|hub) ;; *) echo "live-matrix.sh: --client is wire or hub" >&2; exit 2 ;; esac
case "$only" in ""|sqlite|postgres) ;; *) echo "live-matrix.sh: --only is sqlite or postgres" >&2; exit 2 ;; esac
out=${out:-$root/bench/results/live-matrix-$(date -u +%Y%m%d-%H%M%S)}
mkdir -p "$out"
log() { printf '[live-matrix] %s\n' "$*" | tee -a "$out/matrix.log"; }
started=$(date +%s)

nice_run=()
[ "$(id -u)" -eq 0 ] && nice_run=(nice -n -5)

# --- builds (a no-op when up to date) -----------------------------------------------------
log "building the app and the load generator (Release)"
nice -n 19 dotnet build -c Release src/Sajag.Web -nologo -v q >"$out/build.log" 2>&1 || { cat "$out/build.log"; log "the app did not build"; exit 2; }
nice -n 19 dotnet build -c Release bench/Sajag.Load -nologo -v q >>"$out/build.log" 2>&1 || { cat "$out/build.log"; log "the generator did not build"; exit 2; }
app=$root/src/Sajag.Web/bin/Release/net10.0/Sajag.Web.dll
gen=$root/bench/Sajag.Load/bin/Release/net10.0/Sajag.Load

# --- a throwaway PostgreSQL on loopback ----------------------------------------------------
work=$(mktemp -d /tmp/sajag-matrix.XXXXXX)
chmod 755 "$work"
pg_started=""
as_pg() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$work"
  as_pg() { runuser -u postgres -- "$@"; }
fi
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
cleanup() {
  if [ -n "$pg_started" ]; then as_pg "$pgbin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

postgres=""
# Starts the throwaway server (again, when something stopped it: a shared machine's cleanup, say).
start_pg() {
  if [ ! -d "$work/pg" ]; then
    as_pg "$pgbin/initdb" -D "$work/pg" -U sajag --auth=trust -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 \
      || { cat "$work/initdb.log"; return 1; }
  fi
  pg_started=""
  for port in $(shuf -i 20000-60000 -n 30); do
    if as_pg "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -t 30 \
         -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null 2>&1; then
      pg_started=1; break
    fi
  done
  [ -n "$pg_started" ] || { log "PostgreSQL did not start:"; tail -n 20 "$work/pg.log"; return 1; }
  postgres="Host=127.0.0.1;Port=$port;Username=sajag"
  log "PostgreSQL on 127.0.0.1:$port (throwaway, in $work)"
}
pg_alive() { [ -n "$pg_started" ] && as_pg "$pgbin/pg_ctl" -D "$work/pg" status >/dev/null 2>&1; }
if [ "$only" != "sqlite" ]; then
  [ -n "$pgbin" ] || { log "PostgreSQL is not installed (/usr/lib/postgresql/*/bin); use --only sqlite"; exit 2; }
  start_pg || exit 2
fi

# --- the runs ---------------------------------------------------------------------------------
dbs=()
[ "$only" != "postgres" ] && dbs+=(sqlite)
[ "$only" != "sqlite" ] && dbs+=(postgres)
table="$out/matrix.md"
{
  echo "Live matrix, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown), players' client: $client, warm-up $warmup players, 5 cards, --pin"
  echo
  echo "| database | players/sessions | ack p95 | ack p99 | reveal p95 | lost/dup | server CPU per answer in game | with joins | per join | generator CPU (game) | load avg (1 min, at end) | run wall time | exit |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
} >"$table"
failed=0
for db in "${dbs[@]}"; do
  for run in $runs; do
    players=${run%/*}; sessions=${run#*/}
    name="$db-$players-$sessions"
    report="" code=0 secs=0
    for attempt in 1 2; do
      if [ "$db" = postgres ] && ! pg_alive; then
        log "PostgreSQL is not running any more (stopped from outside?): starting it again"
        start_pg || break
      fi
      args=(--players "$players" --sessions "$sessions" --cards 5 --start --pin --warmup "$warmup" --client "$client" --app "$app")
      [ "$db" = postgres ] && args+=(--postgres "$postgres")
      log "$name (try $attempt): $gen ${args[*]} (load average $(cut -d' ' -f1-3 /proc/loadavg))"
      t0=$(date +%s)
      code=0
      "${nice_run[@]}" "$gen" "${args[@]}" >"$out/$name.txt" 2>&1 || code=$?
      secs=$(( $(date +%s) - t0 ))
      report=$(grep '^{"players"' "$out/$name.txt" | tail -n 1 || true)
      [ -n "$report" ] && break
      failed=1
      log "$name FAILED (exit $code; 137/143: killed from outside) after ${secs} s; its output is $out/$name.txt; last lines:"
      tail -n 15 "$out/$name.txt" | tee -a "$out/matrix.log"
      [ "$attempt" -eq 1 ] && cp "$out/$name.txt" "$out/$name.try1.txt" && log "$name: trying once more"
    done
    if [ -z "$report" ]; then
      echo "| $db | $players/$sessions | FAILED (exit $code), see $name.txt | | | | | | | | $(cut -d' ' -f1 /proc/loadavg) | ${secs} s | $code |" >>"$table"
      continue
    fi
    [ "$code" -eq 0 ] || failed=1
    echo "$report" | jq -r --arg db "$db" --arg secs "$secs" --arg code "$code" \
      '"| \($db) | \(.players)/\(.sessions) | \(.ack_p95_ms) ms | \(.ack_p99_ms) ms | \(.reveal_p95_ms) ms | \(.lost)/\(.duplicated) | \(.server_cpu_ms_per_answer) ms | \(.server_cpu_ms_per_answer_with_joins) ms | \(.server_cpu_ms_per_join) ms | \(.load_cpu_play_s) s (server \(.server_cpu_s) s, generator \(.load_cpu_s) s with joins) | \(.load_average) | \($secs) s | \($code) |"' >>"$table"
    log "$name: exit $code in ${secs} s: $(tail -n 1 "$table")"
  done
done

total=$(( $(date +%s) - started ))
{
  echo
  echo "Total $((total / 60)) min $((total % 60)) s. Each run: \`$gen --players P --sessions S --cards 5 --start --pin --warmup $warmup --client $client --app $app [--postgres ...]\`; full outputs beside this file."
  echo "CPU per answer: the server's process CPU during the game / answers acknowledged (reveals, commands, staff views included); with joins: (joins + game) / answers; per join: the joins' CPU / players."
} >>"$table"
cat "$table"
log "table in $table (total $((total / 60)) min $((total % 60)) s)"
exit "$failed"
