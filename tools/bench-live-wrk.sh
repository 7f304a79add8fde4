#!/usr/bin/env bash
# Heavy reads beside cheap ones, measured with wrk (a benchmark, not a test): 20 connections page
# /api/v1/events at random offsets while 50 connections read /api/v1/alerts, 60 s, against a
# running `amity serve` on loopback. wrk costs the shared cores far less than tools/bench-live.py,
# whose 50 Python threads are themselves the bottleneck on a 2-core machine.
#   tools/bench-live-wrk.sh URL USER PASSWORD [SECONDS]
# Needs wrk (Debian: apt-get install wrk) and curl. Record figures in docs/benchmarks.md.
set -euo pipefail
URL="${1:?URL}"; USER_NAME="${2:?USER}"; PASSWORD="${3:?PASSWORD}"; SECONDS_RUN="${4:-60}"
case "$URL" in http://127.0.0.1:*|http://localhost:*) ;; *) echo "loopback only: $URL" >&2; exit 2 ;; esac
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
curl -sf -c "$WORK/jar" -H 'Content-Type: application/json' \
  -d "{\"user\":\"$USER_NAME\",\"password\":\"$PASSWORD\"}" "$URL/api/v1/session" > /dev/null
COOKIE="amity_session=$(awk '$6 == "amity_session" {print $7}' "$WORK/jar")"
cat > "$WORK/events.lua" <<'LUA'
math.randomseed(os.time())
request = function()
  return wrk.format("GET", "/api/v1/events?limit=100&offset=" .. (math.random(0, 999) * 100))
end
LUA
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t1 -c20 -d"${SECONDS_RUN}s" --timeout 5s -s "$WORK/events.lua" -H "Cookie: $COOKIE" "$URL" > "$WORK/events.txt" 2>&1 &
PAGERS=$!
wrk -t1 -c50 -d"${SECONDS_RUN}s" --latency --timeout 2s -H "Cookie: $COOKIE" "$URL/api/v1/alerts"
wait "$PAGERS"
echo "--- events (20 connections, random offsets; non-2xx are 503 answers past the time limit)"
cat "$WORK/events.txt"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
