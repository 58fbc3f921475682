#!/usr/bin/env bash
# Load test: 60 s of wrk at 256 connections against a mix of pages on the
# real seed, on loopback only. Reports errors, non-2xx answers and memory
# (RSS) before, during and after, and appends them to bench/RESULTS.md.
#
#   bash bench/load.sh
#   DURATION=20 CONNECTIONS=128 bash bench/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-60}"
CONNECTIONS="${CONNECTIONS:-256}"
THREADS="${THREADS:-2}"
OUT="${OUT:-bench/RESULTS.md}"

if ! command -v wrk >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
cargo build --release --locked
WORK=$(mktemp -d)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
target/release/careerguide --port "$PORT" --database "$WORK/load.sqlite3" >"$WORK/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
until curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null; do sleep 0.02; done

# Pages in rotation, including filtered and sorted views, a redirect, a
# search and a 404, so both the cache and the error paths are loaded.
cat >"$WORK/mix.lua" <<'LUA'
local paths = {
  "/", "/careers/medical-coder", "/careers/medical-coder/training",
  "/careers/medical-coder/training?town=Bridgeport", "/careers/medical-coder/salary",
  "/careers/medical-coder/salary?sort=rise", "/careers/medical-coder/outlook",
  "/careers/medical-coder/sheet", "/search?q=coder", "/search?q=medical+billing",
  "/schools", "/schools?state=CT&town=Enfield", "/sitemap.xml", "/static/css/site.css",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], { ["Accept-Encoding"] = "br, gzip" })
end
LUA

rss() { awk '/VmRSS/ {print $2}' "/proc/$PID/status"; }
RSS_START=$(rss)
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$WORK/mix.lua" \
  "http://127.0.0.1:$PORT" >"$WORK/wrk.txt" 2>&1 &
WRK=$!
SAMPLES=()
while kill -0 "$WRK" 2>/dev/null; do SAMPLES+=("$(rss)"); sleep 5; done
wait "$WRK"
RSS_END=$(rss)
HWM=$(awk '/VmHWM/ {print $2}' "/proc/$PID/status")
cat "$WORK/wrk.txt"
REQS=$(awk '/requests in/ {print $1}' "$WORK/wrk.txt")
RPS=$(awk '/^Requests\/sec/ {print $2}' "$WORK/wrk.txt")
P99=$(awk '$1=="99%" {print $2}' "$WORK/wrk.txt")
NON2XX=$(awk '/Non-2xx or 3xx/ {print $NF}' "$WORK/wrk.txt"); NON2XX=${NON2XX:-0}
SOCKET=$(awk '/Socket errors/ {sub(/.*Socket errors: /, ""); print}' "$WORK/wrk.txt"); SOCKET=${SOCKET:-none}
ALIVE=$(kill -0 "$PID" 2>/dev/null && echo yes || echo no)
FIVEXX=$(grep -c 'status=5' "$WORK/server.log" || true)

{
  echo
  echo "## Load: ${DURATION} s at ${CONNECTIONS} connections, mixed pages ($(date -u '+%Y-%m-%d %H:%M UTC'))"
  echo
  echo "Written by \`bash bench/load.sh\`: fourteen addresses in rotation (pages, filtered and sorted"
  echo "views, searches, the schools list, the sitemap, the stylesheet), brotli or gzip accepted."
  echo
  echo "| measure | value |"
  echo "| --- | --- |"
  echo "| requests | $REQS ($RPS/s), p99 $P99 |"
  echo "| socket errors | $SOCKET |"
  echo "| non-2xx/3xx answers (wrk) | $NON2XX |"
  echo "| 5xx in the server's access log | $FIVEXX |"
  echo "| RSS at start, end, peak | $((RSS_START / 1024)) MB, $((RSS_END / 1024)) MB, $((HWM / 1024)) MB |"
  echo "| RSS every 5 s (kB) | ${SAMPLES[*]} |"
  echo "| server still up afterwards | $ALIVE |"
} >>"$OUT"
echo "appended the results to $OUT"
