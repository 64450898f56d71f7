#!/usr/bin/env bash
# Ten chat checks of 10 MB sent at once to one instance (its default limits): each answer's status and time, the
# process's peak resident memory above idle, its CPU time, and its memory 30 s after the burst.
#
#     bench/check-burst/run.sh            # Release build; CONFIGURATION=Debug to measure the Debug build
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
config=${CONFIGURATION:-Release}
count=${COUNT:-10}
megabytes=${MEGABYTES:-10}
dotnet build "$root/src/Sajag.Web" -c "$config" -v q -nologo > /dev/null
work=$(mktemp -d)
python3 "$root/bench/check-burst/make-chat.py" "$megabytes" 500 > "$work/chat.txt"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cd "$root/src/Sajag.Web"
dotnet "bin/$config/net10.0/Sajag.Web.dll" --urls "http://127.0.0.1:$port" \
  "--Database:ConnectionString=Data Source=$work/sajag.db" "$@" > "$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2> /dev/null || true; rm -rf "$work"' EXIT
until curl -sf "http://127.0.0.1:$port/health" > /dev/null; do sleep 0.5; done
sleep 5
rss() { awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$app/status"; }
cpu() { awk '{ print ($14 + $15) / 100 }' "/proc/$app/stat"; }
idle=$(rss)
cpu0=$(cpu)
echo 0 > "$work/peak"
( peak=0; while kill -0 "$app" 2> /dev/null; do r=$(rss); if [ "$r" -gt "$peak" ]; then peak=$r; echo "$peak" > "$work/peak"; fi; sleep 0.05; done ) &
sampler=$!
start=$(date +%s.%N)
curls=()
for i in $(seq "$count"); do
  curl -s -o "$work/answer-$i" -w "check $i: %{http_code} in %{time_total} s\n" --data-binary @"$work/chat.txt" \
    -H 'Content-Type: text/plain' "http://127.0.0.1:$port/api/check?me=Rafi" &
  curls+=($!)
done
wait "${curls[@]}"
end=$(date +%s.%N)
cpu1=$(cpu)
sleep 30
after=$(rss)
kill "$sampler" 2> /dev/null || true
peak=$(cat "$work/peak")
echo "chat: $(stat -c %s "$work/chat.txt") bytes, $(wc -l < "$work/chat.txt") messages; $count at once; build $config; $(nproc) cores"
echo "idle: $idle MB; peak: $peak MB (+$((peak - idle)) MB above idle); 30 s after: $after MB (+$((after - idle)) MB)"
echo "burst: $(echo "$end - $start" | bc) s wall, $(echo "$cpu1 - $cpu0" | bc) s CPU of the app"
grep -A1 "Gave back memory" "$work/app.log" || echo "no memory given back (app log has no trim line)"
for f in "$work"/answer-*; do head -c 160 "$f"; echo; done | sort | uniq -c
