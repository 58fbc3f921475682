#!/usr/bin/env bash
# Benchmark: our server against nginx serving the same HTML bytes from disk.
#
#   bash bench/run.sh            # full run, writes bench/RESULTS.md
#   DURATION=5 bash bench/run.sh # shorter runs
#
# Installs nginx and wrk (Debian packages) if missing, builds the release
# binary, starts the site on the real seed, saves each page to a folder
# that nginx serves on another loopback port, and runs wrk against both,
# alternating, page by page. Then a second run on a synthetic seed of
# 10,000 careers and 100,000 schools. Only loopback addresses are used and
# every load is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-10}"    # seconds per wrk run
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
SCALE_CAREERS="${SCALE_CAREERS:-10000}"
SCALE_SCHOOLS="${SCALE_SCHOOLS:-100000}"
OUT="${OUT:-bench/RESULTS.md}"

need() {
  if ! command -v "$1" >/dev/null; then
    echo "installing $2"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq "$2" >/dev/null
  fi
}
need nginx nginx-light
need wrk wrk
need curl curl

cargo build --release --locked
BIN=target/release/careerguide
WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  if [ -f "$WORK/nginx.pid" ]; then kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# start_site NAME ARGS...: starts the site, waits for /healthz, sets PORT,
# PID and STARTUP_MS (from launch to the first 200, seed build included).
start_site() {
  local name=$1; shift
  PORT=$(free_port)
  local t0; t0=$(date +%s%N)
  RUST_LOG="${RUST_LOG:-info}" "$BIN" --port "$PORT" --database "$WORK/$name.sqlite3" "$@" \
    >"$WORK/$name.log" 2>&1 &
  PID=$!
  PIDS+=("$PID")
  until curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null; do
    kill -0 "$PID" 2>/dev/null || { cat "$WORK/$name.log"; exit 1; }
    sleep 0.005
  done
  STARTUP_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}

# bench URL: prints "requests/s p50 p99" from one wrk run.
bench() {
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$1" >"$WORK/wrk.txt" 2>&1
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec/ {print $2}' "$WORK/wrk.txt")
  p50=$(awk '$1=="50%" {print $2}' "$WORK/wrk.txt")
  p99=$(awk '$1=="99%" {print $2}' "$WORK/wrk.txt")
  errors=$(awk '/Non-2xx or 3xx/ {print $NF} /Socket errors/ {print "socket:" $0}' "$WORK/wrk.txt" | tr '\n' ' ')
  echo "$rps $p50 $p99 ${errors:-none}"
}

to_ms() { # wrk latency (e.g. 812.00us, 1.20ms, 2.00s) in ms
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v/1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v*1000 }
    else print v }'
}

size() { # transferred bytes of URL with the given Accept-Encoding
  curl -s -H "Accept-Encoding: $2" -o /dev/null -w '%{size_download}' "$1"
}

echo "== real seed"
start_site real
REAL_PORT=$PORT REAL_PID=$PID REAL_STARTUP=$STARTUP_MS
BASE="http://127.0.0.1:$REAL_PORT"
CSS=$(curl -s "$BASE/" | grep -o '/static/css/site\.[0-9a-f]*\.css' | head -n1)
PAGES=(
  "home|/"
  "overview|/careers/medical-coder"
  "training|/careers/medical-coder/training"
  "salary|/careers/medical-coder/salary"
  "outlook|/careers/medical-coder/outlook"
  "sheet|/careers/medical-coder/sheet"
  "search|/search?q=coder"
  "css|$CSS"
)

# nginx serves the same bytes from disk on its own loopback port.
mkdir -p "$WORK/www" "$WORK/nginx-tmp"
NGINX_PORT=$(free_port)
for entry in "${PAGES[@]}"; do
  name=${entry%%|*}; path=${entry#*|}
  curl -fs "$BASE$path" -o "$WORK/www/$name"
done
cat >"$WORK/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log $WORK/nginx-access.log;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path $WORK/nginx-tmp;
  proxy_temp_path $WORK/nginx-tmp;
  fastcgi_temp_path $WORK/nginx-tmp;
  uwsgi_temp_path $WORK/nginx-tmp;
  scgi_temp_path $WORK/nginx-tmp;
  default_type text/html;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
  }
}
CONF
# nginx's workers run as an unprivileged user: let them read the pages.
chmod 755 "$WORK"
chmod -R a+rX "$WORK/www"
nginx -c "$WORK/nginx.conf"
for _ in $(seq 100); do
  curl -fs "http://127.0.0.1:$NGINX_PORT/home" >/dev/null && break
  sleep 0.05
done
curl -fs "http://127.0.0.1:$NGINX_PORT/home" >/dev/null || { cat "$WORK/nginx-error.log"; exit 1; }

ROWS=()
for entry in "${PAGES[@]}"; do
  name=${entry%%|*}; path=${entry#*|}
  echo "-- $name ($path)"
  read -r our_rps our_p50 our_p99 our_err < <(bench "$BASE$path")
  read -r ngx_rps ngx_p50 ngx_p99 _ < <(bench "http://127.0.0.1:$NGINX_PORT/$name")
  ratio=$(awk -v a="$our_rps" -v b="$ngx_rps" 'BEGIN { printf "%.2f", a/b }')
  plain=$(size "$BASE$path" identity)
  br=$(size "$BASE$path" br)
  gz=$(size "$BASE$path" gzip)
  ROWS+=("| $name | \`$path\` | $our_rps | $ngx_rps | $ratio | $(to_ms "$our_p50") | $(to_ms "$our_p99") | $(to_ms "$ngx_p50") | $(to_ms "$ngx_p99") | $plain | $gz | $br | $our_err |")
  echo "   ours $our_rps req/s (p50 $our_p50, p99 $our_p99), nginx $ngx_rps req/s, ratio $ratio"
done
REAL_RSS=$(awk '/VmHWM/ {print $2}' "/proc/$REAL_PID/status")
CSS_BR=$(size "$BASE$CSS" br)
CAREER_P99=$(printf '%s\n' "${ROWS[@]}" | awk -F'|' '$2 ~ /overview/ {gsub(/ /, "", $8); print $8}')
kill "$(cat "$WORK/nginx.pid")"; rm -f "$WORK/nginx.pid"
kill "$REAL_PID"

echo "== scale: $SCALE_CAREERS careers, $SCALE_SCHOOLS schools"
"$BIN" generate --careers "$SCALE_CAREERS" --schools "$SCALE_SCHOOLS" --out "$WORK/synthetic" >/dev/null
start_site scale --seed-dir "$WORK/synthetic"
SCALE_BASE="http://127.0.0.1:$PORT" SCALE_PID=$PID SCALE_STARTUP=$STARTUP_MS
SCALE_ROWS=()
MIDDLE=$(printf 'synthetic-career-%05d' $((SCALE_CAREERS / 2)))
for entry in \
  "career page|/careers/$MIDDLE" \
  "school filter|/schools?state=CT&town=Synthtown+0042" \
  "search|/search?q=quarry+planner"; do
  name=${entry%%|*}; path=${entry#*|}
  echo "-- $name ($path)"
  read -r rps p50 p99 err < <(bench "$SCALE_BASE$path")
  SCALE_ROWS+=("| $name | \`$path\` | $rps | $(to_ms "$p50") | $(to_ms "$p99") | $err |")
  echo "   $rps req/s (p50 $p50, p99 $p99)"
done
SCALE_RSS=$(awk '/VmHWM/ {print $2}' "/proc/$SCALE_PID/status")
kill "$SCALE_PID"

{
  echo "# Benchmark results"
  echo
  echo "Written by \`bash bench/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores,"
  echo "wrk with $THREADS threads and $CONNECTIONS connections for ${DURATION} s per run, ours and"
  echo "nginx $(nginx -v 2>&1 | sed 's/.*nginx\///') alternating page by page on the same machine (wrk"
  echo "shares the cores with the server). Both write an access log. Latencies in ms; sizes in bytes"
  echo "transferred (identity, gzip, brotli)."
  echo
  echo "## Real seed"
  echo
  echo "| page | address | ours req/s | nginx req/s | ours/nginx | ours p50 | ours p99 | nginx p50 | nginx p99 | size | gzip | br | errors |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "- Start-up, launch to first 200 on /healthz, seed build included: **${REAL_STARTUP} ms**"
  echo "- Peak RSS (VmHWM) after the load: **$((REAL_RSS / 1024)) MB** (${REAL_RSS} kB)"
  echo "- The stylesheet adds **${CSS_BR} bytes** (brotli) to the first page a visitor loads."
  echo
  echo "## Scale: $SCALE_CAREERS careers, $SCALE_SCHOOLS schools (synthetic)"
  echo
  echo "| page | address | req/s | p50 | p99 | errors |"
  echo "| --- | --- | ---: | ---: | ---: | --- |"
  printf '%s\n' "${SCALE_ROWS[@]}"
  echo
  echo "- Start-up with the seed build: **${SCALE_STARTUP} ms**; peak RSS **$((SCALE_RSS / 1024)) MB**"
  echo "- Career page p99 on the real seed: ${CAREER_P99} ms"
} >"$OUT.new"

if [ -f "$OUT" ] && grep -q '^## What we learned' "$OUT"; then
  sed -n '/^## What we learned/,$p' "$OUT" >>"$OUT.new.tail"
  { echo; cat "$OUT.new.tail"; } >>"$OUT.new"
  rm -f "$OUT.new.tail"
fi
mv "$OUT.new" "$OUT"
echo "wrote $OUT"
