#!/usr/bin/env bash
# Load test: wrk at 256 connections for 60 s over a mix of addresses drawn
# from the whole catalogue (every career's pages, pay in random states,
# filtered lists, comparisons, searches for every title, CSV downloads,
# the API, redirects and errors), on loopback only. Each address carries
# the status it must answer with; the script counts answers by status and
# fails on any status the mix did not ask for, and samples the server's
# memory (RSS) every 5 s. Appends the results to bench/RESULTS.md.
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
target/release/careerguide build --database "$WORK/load.sqlite3" >"$WORK/build.log" 2>&1
target/release/careerguide --no-build --port "$PORT" --database "$WORK/load.sqlite3" >"$WORK/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
until curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null; do sleep 0.02; done

# The mix: about 20,000 addresses, each with the status it must get.
python3 - "$WORK/load.sqlite3" "$WORK/mix.lua" <<'PY'
import random, sqlite3, sys, urllib.parse
random.seed(2026)
db = sqlite3.connect(sys.argv[1])
slugs = [r[0] for r in db.execute("SELECT slug FROM career ORDER BY slug")]
titles = [r[0] for r in db.execute("SELECT title FROM career ORDER BY slug")]
states = [r[0] for r in db.execute("SELECT code FROM us_state")]
groups = [r[0] for r in db.execute("SELECT slug FROM occupation_group")]
units = [r[0] for r in db.execute("SELECT unitid FROM institution WHERE state IS NOT NULL")]
socs = [r[0] for r in db.execute("SELECT soc FROM occupation LIMIT 200")]
q = urllib.parse.quote_plus
mix = []
for s, t in zip(slugs, titles):
    c = "/careers/" + s
    mix += [(c, 200), (c + "/salary", 200), (c + "/outlook", 200), (c + "/sheet", 200),
            (c + "/training", 200), (c + "?state=" + random.choice(states), 200),
            (c + "/salary?state=" + random.choice(states), 200),
            (c + "/training?state=" + random.choice(states), 200),
            (c + "/pay.csv", 200), ("/api/v1/careers/" + s, 200),
            ("/search?q=" + q(t), 200),
            ("/compare?c=%s&c=%s" % (s, random.choice([o for o in slugs[:50] if o != s])), 200)]
for g in groups:
    for sort in ("pay", "growth", "openings", "name"):
        mix.append(("/careers?group=%s&sort=%s" % (g, sort), 200))
    mix.append(("/careers.csv?group=" + g, 200))
letters = "RIASEC"
for a in letters:
    for b in letters:
        if a != b:
            for z in ("", "&zone=2", "&zone=4"):
                mix.append(("/interests?first=%s&second=%s%s" % (a, b, z), 200))
    mix.append(("/interests.csv?first=" + a, 200))
for u in random.sample(units, 300):
    mix.append(("/institutions/" + u, 200))
for soc in socs:
    mix.append(("/careers/" + soc, 301))
mix += [("/careers/no-such-career", 404), ("/careers/medical-coder/salary?sort=3y", 400),
        ("/careers?pay=-5", 400), ("/compare?c=nope&c=medical-coder", 404),
        ("/api/v1/careers/nope", 404), ("/schools?page=zero", 400),
        ("/compare?c=medical-coder&add=registered+nurses", 303), ("/", 200),
        ("/interests?first=C&second=C", 400), ("/interests", 200),
        ("/a-z", 200), ("/about/data", 200), ("/sitemap.xml", 200)] * 20
random.shuffle(mix)
with open(sys.argv[2], "w") as f:
    f.write("local mix = {\n")
    for path, status in mix:
        f.write('  {"%s", %d},\n' % (path.replace('"', "%22"), status))
    f.write("""}
local threads = {}
function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end
function init(args)
  i = id * 7919
  sent, got = {}, {}
end
function request()
  i = i + 1
  local m = mix[(i % #mix) + 1]
  sent[m[2]] = (sent[m[2]] or 0) + 1
  return wrk.format("GET", m[1], { ["Accept-Encoding"] = "br, gzip" })
end
function response(status, headers, body)
  got[status] = (got[status] or 0) + 1
end
function done(summary, latency, requests)
  local s, g = {}, {}
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("sent")) do s[k] = (s[k] or 0) + v end
    for k, v in pairs(t:get("got")) do g[k] = (g[k] or 0) + v end
  end
  local unexpected = 0
  for k, v in pairs(g) do
    if not s[k] then unexpected = unexpected + v end
    io.write(string.format("STATUS %d sent %d answered %d\\n", k, s[k] or 0, v))
  end
  io.write(string.format("UNEXPECTED %d\\n", unexpected))
end
""")
print(len(mix))
PY
ADDRESSES=$(grep -c '^  {"' "$WORK/mix.lua")

rss() { awk '/VmRSS/ {print $2}' "/proc/$PID/status"; }
RSS_START=$(rss)
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$WORK/mix.lua" \
  "http://127.0.0.1:$PORT" >"$WORK/wrk.txt" 2>&1 &
WRK=$!
SAMPLES=()
while kill -0 "$WRK" 2>/dev/null; do SAMPLES+=("$(( $(rss) / 1024 ))"); sleep 5; done
wait "$WRK"
RSS_END=$(rss)
HWM=$(awk '/VmHWM/ {print $2}' "/proc/$PID/status")
cat "$WORK/wrk.txt"
REQS=$(awk '/requests in/ {print $1}' "$WORK/wrk.txt")
RPS=$(awk '/^Requests\/sec/ {print $2}' "$WORK/wrk.txt")
P99=$(awk '$1=="99%" {print $2}' "$WORK/wrk.txt")
SOCKET=$(awk '/Socket errors/ {sub(/.*Socket errors: /, ""); print}' "$WORK/wrk.txt"); SOCKET=${SOCKET:-none}
UNEXPECTED=$(awk '/^UNEXPECTED/ {print $2}' "$WORK/wrk.txt")
STATUSES=$(awk '/^STATUS/ {printf "%s: %s sent, %s answered; ", $2, $4, $6}' "$WORK/wrk.txt")
ALIVE=$(kill -0 "$PID" 2>/dev/null && echo yes || echo no)
FIVEXX=$(grep -c 'status=5' "$WORK/server.log" || true)

{
  echo
  echo "## Load: ${DURATION} s at ${CONNECTIONS} connections over the whole catalogue ($(date -u '+%Y-%m-%d %H:%M UTC'))"
  echo
  echo "Written by \`bash bench/load.sh\`: $ADDRESSES addresses in random order (every career's five"
  echo "pages, its pay and training in a random state, its CSV and API record, a search for its title,"
  echo "a comparison with a random career; every group's list in four orders and as CSV; 300"
  echo "institutions; SOC-code redirects; errors), each with the status it must answer, brotli or gzip"
  echo "accepted, wrk on the same 2 cores."
  echo
  echo "| measure | value |"
  echo "| --- | --- |"
  echo "| requests | $REQS ($RPS/s), p99 $P99 |"
  echo "| answers by status | ${STATUSES%; } (requests still in flight at the end have no answer) |"
  echo "| answers with a status the mix did not ask for | **$UNEXPECTED** |"
  echo "| socket errors | $SOCKET |"
  echo "| 5xx in the server's access log | $FIVEXX |"
  echo "| RSS at start, end, peak | $((RSS_START / 1024)) MB, $((RSS_END / 1024)) MB, $((HWM / 1024)) MB |"
  echo "| RSS every 5 s (MB) | ${SAMPLES[*]} |"
  echo "| server still up afterwards | $ALIVE |"
} >>"$OUT"
echo "appended the results to $OUT"
[ "$UNEXPECTED" = "0" ] && [ "$FIVEXX" = "0" ] && [ "$ALIVE" = "yes" ]
