#!/usr/bin/env bash
# Benchmark: our server against nginx serving the same bytes from disk, as
# nginx's own users set it up for speed (no access log, sendfile,
# precompressed files with gzip_static), then the cases a cache does not
# help: cold pages, searches over every title, a crawl of every page.
#
#   bash bench/run.sh             # full run, rewrites bench/RESULTS.md
#   DURATION=3 ROUNDS=1 bash bench/run.sh   # quicker, noisier
#
# Runs, in order:
#  1. shared: wrk (2 threads, 64 connections) and the server under test
#     share both cores; ours (2 workers) and nginx (2 workers) alternate.
#  2. pinned: the server under test on core 0 (one worker; nginx one
#     worker process), wrk (1 thread, 16 connections) on core 1; pages
#     alternate between ours and nginx, ROUNDS rounds, medians reported,
#     with each server's CPU time per request read from /proc, which does
#     not depend on how fast wrk is.
#  3. cold: ours pinned with the page cache off (--page-cache-mb 0), so
#     every request renders: each page type, and a search for every
#     career title in turn at 16 connections.
#  4. crawl: every section page of every career and its salary page in
#     every state, once, with the normal page cache; peak RSS, time, and
#     the cache's hits and bytes from the server's log.
#  5. a perf profile of the pinned server under the overview page, when
#     perf can record; 6. a synthetic seed of SCALE_CAREERS careers.
# Only loopback addresses are used and every load is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-5}"      # seconds per wrk run
ROUNDS="${ROUNDS:-5}"          # rounds of the pinned run (the issue asks for at least five)
CONNECTIONS="${CONNECTIONS:-64}"
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
need taskset util-linux
need python3 python3

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
HZ=$(getconf CLK_TCK)

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# start_site NAME [taskset core|-] ARGS...: starts the site, waits for
# /healthz; sets PORT, PID and STARTUP_MS (launch to first 200).
start_site() {
  local name=$1 core=$2; shift 2
  PORT=$(free_port)
  local pin=()
  [ "$core" != "-" ] && pin=(taskset -c "$core")
  local t0; t0=$(date +%s%N)
  RUST_LOG="${RUST_LOG:-info}" "${pin[@]}" "$BIN" --port "$PORT" --database "$WORK/$name.sqlite3" "$@" \
    >"$WORK/$name.log" 2>&1 &
  PID=$!
  PIDS+=("$PID")
  until curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null; do
    kill -0 "$PID" 2>/dev/null || { cat "$WORK/$name.log"; exit 1; }
    sleep 0.005
  done
  STARTUP_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# run_wrk URL ENCODING [pin-core] [threads] [connections] [script]:
# prints "requests req/s p50 p99 errors".
run_wrk() {
  local url=$1 enc=$2 core=${3:--} threads=${4:-2} conns=${5:-$CONNECTIONS} script=${6:-}
  local pin=() hdr=() lua=()
  [ "$core" != "-" ] && pin=(taskset -c "$core")
  [ "$enc" != "identity" ] && hdr=(-H "Accept-Encoding: $enc")
  [ -n "$script" ] && lua=(-s "$script")
  "${pin[@]}" wrk -t"$threads" -c"$conns" -d"${DURATION}s" --latency "${hdr[@]}" "${lua[@]}" "$url" >"$WORK/wrk.txt" 2>&1
  local n rps p50 p99 errors
  n=$(awk '/requests in/ {print $1}' "$WORK/wrk.txt")
  rps=$(awk '/^Requests\/sec/ {printf "%.0f", $2}' "$WORK/wrk.txt")
  p50=$(to_ms "$(awk '$1=="50%" {print $2}' "$WORK/wrk.txt")")
  p99=$(to_ms "$(awk '$1=="99%" {print $2}' "$WORK/wrk.txt")")
  errors=$(awk '/Non-2xx or 3xx/ {printf "non-2xx:%s ", $NF} /Socket errors/ {printf "socket "}' "$WORK/wrk.txt")
  echo "$n $rps $p50 $p99 ${errors:-none}"
}

to_ms() { # wrk latency (812.00us, 1.20ms, 2.00s) in ms
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v/1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v*1000 }
    else print v }'
}

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

size() { curl -s -H "Accept-Encoding: $2" -o /dev/null -w '%{size_download}' "$1"; }

# ---------------------------------------------------------------- set-up
echo "== building the real seed"
BUILD_T0=$(date +%s%N)
"$BIN" build --database "$WORK/real.sqlite3" >"$WORK/build.log" 2>&1
BUILD_MS=$(( ($(date +%s%N) - BUILD_T0) / 1000000 ))
DB_MB=$(( $(stat -c %s "$WORK/real.sqlite3") / 1024 / 1024 ))
start_site real - --workers 2
REAL_PID=$PID REAL_STARTUP=$STARTUP_MS
BASE="http://127.0.0.1:$PORT"
CSS=$(curl -s "$BASE/" | grep -o '/static/css/site\.[0-9a-f]*\.css' | awk 'NR == 1')
PAGES=(
  "home|/"
  "overview|/careers/medical-coder"
  "overview-bls|/careers/registered-nurses"
  "training|/careers/medical-coder/training?state=CT"
  "salary|/careers/medical-coder/salary"
  "salary-state|/careers/medical-coder/salary?state=CT"
  "outlook|/careers/medical-coder/outlook"
  "sheet|/careers/medical-coder/sheet"
  "list|/careers?group=healthcare-practitioners-and-technical&sort=pay"
  "compare|/compare?c=medical-coder&c=registered-nurses&state=CT"
  "search|/search?q=coder"
  "css|$CSS"
)
PINNED=(overview overview-bls training salary-state outlook sheet)

# nginx serves the same bytes, each page beside its gzip -9 form.
mkdir -p "$WORK/www" "$WORK/nginx-tmp"
for entry in "${PAGES[@]}"; do
  name=${entry%%|*}; path=${entry#*|}
  curl -fs "$BASE$path" -o "$WORK/www/$name"
  gzip -9 -k "$WORK/www/$name"
done
NGINX_PORT=$(free_port)
nginx_conf() { # WORKERS
  cat >"$WORK/nginx.conf" <<CONF
worker_processes $1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_requests 1000000;
  open_file_cache max=100;
  gzip_static on;
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
}
start_nginx() { # WORKERS CORE|-
  nginx_conf "$1"
  if [ "$2" = "-" ]; then nginx -c "$WORK/nginx.conf"; else taskset -c "$2" nginx -c "$WORK/nginx.conf"; fi
  for _ in $(seq 100); do
    curl -fs "http://127.0.0.1:$NGINX_PORT/home" >/dev/null && break
    sleep 0.05
  done
  curl -fs "http://127.0.0.1:$NGINX_PORT/home" >/dev/null || { cat "$WORK/nginx-error.log"; exit 1; }
  NGINX_WORKER=$(pgrep -P "$(cat "$WORK/nginx.pid")" | awk 'NR == 1')
}
stop_nginx() { kill "$(cat "$WORK/nginx.pid")"; rm -f "$WORK/nginx.pid"; sleep 0.3; }
chmod 755 "$WORK"
chmod -R a+rX "$WORK/www"

# ------------------------------------------------------------ 1. shared
echo "== shared: 2 cores for wrk and the server"
start_nginx 2 -
SHARED=()
for entry in "${PAGES[@]}"; do
  name=${entry%%|*}; path=${entry#*|}
  for enc in identity gzip; do
    read -r _ o_rps _ o_p99 o_err < <(run_wrk "$BASE$path" "$enc")
    read -r _ n_rps _ n_p99 _ < <(run_wrk "http://127.0.0.1:$NGINX_PORT/$name" "$enc")
    ratio=$(awk -v a="$o_rps" -v b="$n_rps" 'BEGIN { printf "%.2f", a/b }')
    SHARED+=("| $name | $enc | $o_rps | $n_rps | **$ratio** | $o_p99 | $n_p99 | $o_err |")
    echo "   $name $enc: ours $o_rps, nginx $n_rps ($ratio)"
  done
done
stop_nginx
SIZES=()
for entry in "${PAGES[@]}"; do
  name=${entry%%|*}; path=${entry#*|}
  SIZES+=("| $name | \`$path\` | $(size "$BASE$path" identity) | $(size "$BASE$path" gzip) | $(size "$BASE$path" br) |")
done
CSS_BR=$(size "$BASE$CSS" br)
kill "$REAL_PID"; sleep 0.3

# ------------------------------------------------------------ 2. pinned
echo "== pinned: server on core 0, wrk on core 1"
cp "$WORK/real.sqlite3" "$WORK/pinned.sqlite3"
start_site pinned 0 --no-build --workers 1
PIN_PID=$PID PIN_BASE="http://127.0.0.1:$PORT"
start_nginx 1 0
PINNED_ROWS=()
path_of() { for e in "${PAGES[@]}"; do [ "${e%%|*}" = "$1" ] && echo "${e#*|}"; done; return 0; }
for name in "${PINNED[@]}"; do
  path=$(path_of "$name")
  for enc in identity gzip; do
    o_r=(); n_r=(); o_l=(); n_l=(); o_c=(); n_c=()
    for _ in $(seq "$ROUNDS"); do
      t0=$(cpu_ticks "$PIN_PID")
      read -r n rps _ p99 _ < <(run_wrk "$PIN_BASE$path" "$enc" 1 1 16)
      t1=$(cpu_ticks "$PIN_PID")
      o_r+=("$rps"); o_l+=("$p99"); o_c+=("$(awk -v a="$t0" -v b="$t1" -v n="$n" -v hz="$HZ" 'BEGIN {printf "%.1f", (b-a)/hz*1e6/n}')")
      t0=$(cpu_ticks "$NGINX_WORKER")
      read -r n rps _ p99 _ < <(run_wrk "http://127.0.0.1:$NGINX_PORT/$name" "$enc" 1 1 16)
      t1=$(cpu_ticks "$NGINX_WORKER")
      n_r+=("$rps"); n_l+=("$p99"); n_c+=("$(awk -v a="$t0" -v b="$t1" -v n="$n" -v hz="$HZ" 'BEGIN {printf "%.1f", (b-a)/hz*1e6/n}')")
    done
    o_rps=$(printf '%s\n' "${o_r[@]}" | median); n_rps=$(printf '%s\n' "${n_r[@]}" | median)
    o_p99=$(printf '%s\n' "${o_l[@]}" | median); n_p99=$(printf '%s\n' "${n_l[@]}" | median)
    o_cpu=$(printf '%s\n' "${o_c[@]}" | median); n_cpu=$(printf '%s\n' "${n_c[@]}" | median)
    ratio=$(awk -v a="$o_rps" -v b="$n_rps" 'BEGIN { printf "%.2f", a/b }')
    PINNED_ROWS+=("| $name | $enc | $o_rps | $n_rps | **$ratio** | $o_p99 | $n_p99 | $o_cpu | $n_cpu |")
    echo "   $name $enc: ours $o_rps (p99 $o_p99, $o_cpu us/req), nginx $n_rps (p99 $n_p99, $n_cpu us/req): $ratio"
  done
done
TINY=$(printf 'ok\n' >"$WORK/www/tiny"; chmod a+r "$WORK/www/tiny"; run_wrk "http://127.0.0.1:$NGINX_PORT/tiny" identity 1 1 16 | awk '{print $2}')

# ----------------------------------------------------------- 5. profile
PROFILE=""
if command -v perf >/dev/null && perf record -o "$WORK/probe.data" -- true >/dev/null 2>&1; then
  echo "== profile of the pinned server under the overview page"
  ( taskset -c 1 wrk -t1 -c16 -d"$((DURATION + 2))s" "$PIN_BASE/careers/medical-coder" >/dev/null 2>&1 & )
  sleep 1
  perf record -F 999 -g -p "$PIN_PID" -o "$WORK/perf.data" -- sleep "$DURATION" >/dev/null 2>&1 || true
  sleep 2
  PROFILE=$(
    perf report -i "$WORK/perf.data" --no-children --sort dso --stdio -g none 2>/dev/null |
      awk '/%/ {$1=$1; print "| " $2 " | " $1 " |"}' | awk 'NR <= 5'
  )
  PROFILE_TOP=$(
    perf report -i "$WORK/perf.data" --no-children --sort symbol --stdio -g none --dsos careerguide 2>/dev/null |
      awk '/%/ {pct=$1; $1=""; $2=""; sub(/^ +/, ""); sub(/ +- +-$/, ""); print "| " substr($0, 1, 90) " | " pct " |"}' | awk 'NR <= 12'
  )
fi
stop_nginx
kill "$PIN_PID"; sleep 0.3

# -------------------------------------------------------------- 3. cold
echo "== cold: page cache off, server on core 0"
cp "$WORK/real.sqlite3" "$WORK/cold.sqlite3"
start_site cold 0 --no-build --workers 1 --page-cache-mb 0
COLD_PID=$PID COLD_BASE="http://127.0.0.1:$PORT"
COLD_ROWS=()
for entry in \
  "overview|/careers/medical-coder" \
  "overview (from the datasets)|/careers/registered-nurses" \
  "salary in a state|/careers/medical-coder/salary?state=CT" \
  "outlook|/careers/medical-coder/outlook" \
  "training with programs|/careers/medical-coder/training?state=CT" \
  "sheet|/careers/medical-coder/sheet" \
  "filtered list|/careers?group=healthcare-practitioners-and-technical&sort=pay" \
  "comparison|/compare?c=medical-coder&c=registered-nurses&state=CT" \
  "careers by interest|/interests?first=C&second=I" \
  "institution|/institutions/129367" \
  "search|/search?q=medical+records"; do
  name=${entry%%|*}; path=${entry#*|}
  read -r _ rps p50 p99 err < <(run_wrk "$COLD_BASE$path" identity 1 1 16)
  COLD_ROWS+=("| $name | \`$path\` | $rps | $p50 | $p99 | $err |")
  echo "   $name: $rps req/s (p50 $p50, p99 $p99)"
done
# A search for every career title in turn.
python3 - "$WORK/cold.sqlite3" "$WORK/titles.lua" <<'PY'
import sqlite3, sys, urllib.parse
titles = [r[0] for r in sqlite3.connect(sys.argv[1]).execute("SELECT title FROM career ORDER BY id")]
with open(sys.argv[2], "w") as f:
    f.write("local paths = {\n")
    for t in titles:
        f.write('  "/search?q=%s",\n' % urllib.parse.quote_plus(t).replace('"', '%22'))
    f.write("}\nlocal i = 0\nrequest = function()\n  i = i + 1\n"
            "  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n")
PY
TITLES=$(grep -c '/search' "$WORK/titles.lua")
read -r SEARCH_N SEARCH_RPS SEARCH_P50 SEARCH_P99 SEARCH_ERR < <(run_wrk "$COLD_BASE" identity 1 1 16 "$WORK/titles.lua")
echo "   every title: $SEARCH_RPS req/s, p99 $SEARCH_P99"
# The queries people type, from the search test's table, in turn.
python3 - tests/app/search/queries.rs "$WORK/queries.lua" <<'PY'
import re, sys, urllib.parse
table = open(sys.argv[1]).read().split("const QUERIES", 1)[1].split("];", 1)[0]
queries = re.findall(r'\(\s*"([^"]*)",\s*(?:Career|Uses|School)\(', table)
with open(sys.argv[2], "w") as f:
    f.write("local paths = {\n")
    for q in queries:
        f.write('  "/search?q=%s",\n' % urllib.parse.quote_plus(q))
    f.write("}\nlocal i = 0\nrequest = function()\n  i = i + 1\n"
            "  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n")
PY
QUERIES=$(grep -c '/search' "$WORK/queries.lua")
read -r _ QUERY_RPS QUERY_P50 QUERY_P99 QUERY_ERR < <(run_wrk "$COLD_BASE" identity 1 1 16 "$WORK/queries.lua")
echo "   the test's queries: $QUERY_RPS req/s, p99 $QUERY_P99"
kill "$COLD_PID"; sleep 0.3

# ------------------------------------------------------------- 4. crawl
echo "== crawl: every page of every career once"
cp "$WORK/real.sqlite3" "$WORK/crawl.sqlite3"
start_site crawl - --no-build --workers 2
CRAWL_PID=$PID CRAWL_BASE="http://127.0.0.1:$PORT"
CRAWL=$(python3 - "$WORK/crawl.sqlite3" "$PORT" <<'PY'
import http.client, sqlite3, sys, threading, time
db = sqlite3.connect(sys.argv[1])
slugs = [r[0] for r in db.execute("SELECT slug FROM career ORDER BY slug")]
states = [r[0] for r in db.execute("SELECT code FROM us_state ORDER BY code")]
paths = []
for s in slugs:
    base = "/careers/" + s
    paths += [base, base + "/training", base + "/salary", base + "/outlook", base + "/sheet"]
    paths += [base + "/salary?state=" + st for st in states]
bad = []
def work(part):
    c = http.client.HTTPConnection("127.0.0.1", int(sys.argv[2]))
    for p in part:
        c.request("GET", p, headers={"Accept-Encoding": "br, gzip"})
        r = c.getresponse(); r.read()
        if r.status != 200:
            bad.append((p, r.status))
t0 = time.time()
threads = [threading.Thread(target=work, args=(paths[i::4],)) for i in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(len(paths), round(time.time() - t0, 1), len(bad))
PY
)
read -r CRAWL_PAGES CRAWL_S CRAWL_BAD <<<"$CRAWL"
CRAWL_HWM=$(awk '/VmHWM/ {print $2}' "/proc/$CRAWL_PID/status")
kill "$CRAWL_PID"; sleep 1
CACHE_LINE=$(grep 'page cache' "$WORK/crawl.log" | tail -n1 | sed 's/.*page cache //')
echo "   $CRAWL_PAGES pages in $CRAWL_S s, $CRAWL_BAD not 200, peak RSS $((CRAWL_HWM / 1024)) MB; $CACHE_LINE"

# ---------------------------------------------------- start-up, unchanged
cp "$WORK/real.sqlite3" "$WORK/again.sqlite3"
start_site again - --workers 2 # builds only if the seed changed: it has not
AGAIN_STARTUP=$STARTUP_MS
grep -q 'not rebuilding' "$WORK/again.log" || AGAIN_STARTUP="$AGAIN_STARTUP (rebuilt!)"
kill "$PID"; sleep 0.3

# -------------------------------------------------------------- 6. scale
echo "== scale: $SCALE_CAREERS careers, $SCALE_SCHOOLS schools"
"$BIN" generate --careers "$SCALE_CAREERS" --schools "$SCALE_SCHOOLS" --out "$WORK/synthetic" >/dev/null
start_site scale - --seed-dir "$WORK/synthetic" --workers 2
SCALE_BASE="http://127.0.0.1:$PORT" SCALE_PID=$PID SCALE_STARTUP=$STARTUP_MS
SCALE_ROWS=()
MIDDLE=$(printf 'synthetic-career-%05d' $((SCALE_CAREERS / 2)))
for entry in \
  "career page|/careers/$MIDDLE" \
  "school filter|/schools?state=CT&town=Synthtown+0042" \
  "search|/search?q=quarry+planner"; do
  name=${entry%%|*}; path=${entry#*|}
  read -r _ rps _ p99 err < <(run_wrk "$SCALE_BASE$path" identity)
  SCALE_ROWS+=("| $name | \`$path\` | $rps | $p99 | $err |")
done
SCALE_RSS=$(awk '/VmHWM/ {print $2}' "/proc/$SCALE_PID/status")
kill "$SCALE_PID"

# ------------------------------------------------------------- report
{
  echo "# Benchmark results"
  echo
  echo "Written by \`bash bench/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'): $(nproc) cores, nginx"
  echo "$(nginx -v 2>&1 | sed 's/.*nginx\///') with \`access_log off\`, \`sendfile\`, \`tcp_nopush\` and \`gzip_static\` serving"
  echo "the same bytes (each page beside its \`gzip -9\` form), wrk for ${DURATION} s a run. Ours keeps its"
  echo "access log, as deployed. Latencies in ms. nginx's Debian packages have no brotli module,"
  echo "so the compressed comparison is gzip; our brotli sizes are below."
  echo
  echo "## Pinned: server on core 0, wrk on core 1 (median of $ROUNDS rounds)"
  echo
  echo "One worker each (nginx: one worker process), wrk 1 thread and 16 connections. CPU µs/req"
  echo "is the server's own CPU time (from /proc) per answered request."
  echo
  echo "| page | encoding | ours req/s | nginx req/s | ours/nginx | ours p99 | nginx p99 | ours CPU µs/req | nginx CPU µs/req |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  printf '%s\n' "${PINNED_ROWS[@]}"
  echo
  echo "- wrk alone on core 1 reaches **$TINY req/s** against nginx serving a 3-byte file: the"
  echo "  ceiling of this set-up. Where both servers come near it, the CPU columns compare them."
  echo
  echo "## Shared: wrk and the server on the same 2 cores"
  echo
  echo "Two workers each, wrk 2 threads and $CONNECTIONS connections."
  echo
  echo "| page | encoding | ours req/s | nginx req/s | ours/nginx | ours p99 | nginx p99 | errors |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |"
  printf '%s\n' "${SHARED[@]}"
  echo
  echo "## Cold: every request renders (page cache off), server on core 0"
  echo
  echo "| page | address | req/s | p50 | p99 | errors |"
  echo "| --- | --- | ---: | ---: | ---: | --- |"
  printf '%s\n' "${COLD_ROWS[@]}"
  echo
  echo "- A search for each of the **$TITLES career titles** in turn, 16 connections, cold:"
  echo "  **$SEARCH_RPS req/s, p50 $SEARCH_P50 ms, p99 $SEARCH_P99 ms** ($SEARCH_ERR)."
  echo "- The **$QUERIES queries** of the search test's table in turn, 16 connections, cold:"
  echo "  **$QUERY_RPS req/s, p50 $QUERY_P50 ms, p99 $QUERY_P99 ms** ($QUERY_ERR)."
  echo
  echo "## Crawl: every page of every career once"
  echo
  echo "- **$CRAWL_PAGES pages** (five section pages of every career and its salary page in every state)"
  echo "  in **$CRAWL_S s** by 4 clients with brotli, $CRAWL_BAD answers other than 200."
  echo "- Peak RSS **$((CRAWL_HWM / 1024)) MB**; page cache at the end (16 MB budget): $CACHE_LINE."
  echo
  echo "## Sizes (bytes transferred)"
  echo
  echo "| page | address | identity | gzip | brotli |"
  echo "| --- | --- | ---: | ---: | ---: |"
  printf '%s\n' "${SIZES[@]}"
  echo
  echo "- The stylesheet adds **${CSS_BR} bytes** (brotli) to the first page a visitor loads."
  echo
  echo "## Start-up and build"
  echo
  echo "- Full build of the real seed: **${BUILD_MS} ms**, database **${DB_MB} MB**."
  echo "- Start-up to the first 200 on /healthz, unchanged seed (no build): **${AGAIN_STARTUP} ms**;"
  echo "  just after a build: ${REAL_STARTUP} ms."
  if [ -n "$PROFILE" ]; then
    echo
    echo "## Profile: the pinned server under the overview page"
    echo
    echo "\`perf record -g\`, ${DURATION} s. Where the samples fall:"
    echo
    echo "| code | share |"
    echo "| --- | ---: |"
    echo "$PROFILE"
    echo
    echo "The largest symbols in our binary:"
    echo
    echo "| symbol | share |"
    echo "| --- | ---: |"
    echo "$PROFILE_TOP"
  fi
  echo
  echo "## Scale: $SCALE_CAREERS careers, $SCALE_SCHOOLS schools (synthetic), shared cores"
  echo
  echo "| page | address | req/s | p99 | errors |"
  echo "| --- | --- | ---: | ---: | --- |"
  printf '%s\n' "${SCALE_ROWS[@]}"
  echo
  echo "- Start-up with the seed build: **${SCALE_STARTUP} ms**; peak RSS **$((SCALE_RSS / 1024)) MB**"
} >"$OUT.new"

if [ -f "$OUT" ] && grep -q '^## What we learned' "$OUT"; then
  { echo; sed -n '/^## What we learned/,$p' "$OUT"; } >>"$OUT.new"
fi
mv "$OUT.new" "$OUT"
echo "wrote $OUT"
