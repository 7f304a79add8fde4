#!/usr/bin/env bash
# Web load benchmark (not a test): the alerts list and a situation page of the API, at 200
# concurrent connections with wrk, against a store of 10M events.
#   tools/bench-web.sh                 # builds the store in $BENCH_DIR (default /tmp/amity-bench-web)
#   EVENTS=1000000 tools/bench-web.sh  # a smaller store
# Needs: JDK 17, wrk (apt-get install wrk), curl, the shared GDELT file (AMITY_TESTDATA or ../shared).
# Prints wrk's latency distribution for each route; record the figures in docs/benchmarks.md.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
EVENTS="${EVENTS:-10000000}"
BENCH_DIR="${BENCH_DIR:-/tmp/amity-bench-web}"
PORT="${PORT:-18080}"
CONNECTIONS="${CONNECTIONS:-200}"
DURATION="${DURATION:-30s}"
WARMUP="${WARMUP:-10s}"
THREADS="${THREADS:-2}"
# Browsers ask for gzip; set ACCEPT_ENCODING=identity to measure uncompressed answers.
ACCEPT_ENCODING="${ACCEPT_ENCODING:-gzip}"
DATA="${AMITY_TESTDATA:-$ROOT/../shared/data}"
SEED="$DATA/gdelt/events/20161013151500.export.CSV"
DB="$BENCH_DIR/bench-$EVENTS.duckdb"
PASSWORD="bench-password-$(date +%s)"
JAVA=(java ${AMITY_JAVA_OPTS:--Xmx4g} -jar "$ROOT/amity-app/target/amity.jar")

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[ -f "$SEED" ] || { echo "no seed file $SEED: set AMITY_TESTDATA" >&2; exit 2; }
(cd "$ROOT" && ./mvnw -q -B -DskipTests -Dspotless.check.skip=true package)
mkdir -p "$BENCH_DIR"

if [ ! -f "$DB" ]; then
  echo "== building the store ($EVENTS events) in $DB"
  "${JAVA[@]}" bench web-store --db "$DB" --events "$EVENTS" --seed-file "$SEED"
fi
USER_NAME="bench$(date +%s)"
echo "$PASSWORD" | "${JAVA[@]}" user add "$USER_NAME" --role viewer --db "$DB"

echo "== starting the server on 127.0.0.1:$PORT"
"${JAVA[@]}" serve --db "$DB" --port "$PORT" ${SERVE_OPTS:-} > "$BENCH_DIR/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/api/v1/health" >/dev/null && break
  sleep 0.5
done

COOKIE=$(curl -fs -c - -H 'Content-Type: application/json' \
  -d "{\"user\":\"$USER_NAME\",\"password\":\"$PASSWORD\"}" \
  "http://127.0.0.1:$PORT/api/v1/session" | awk '$6 == "amity_session" {print $7}')
[ -n "$COOKIE" ] || { echo "sign-in failed" >&2; exit 1; }
SITUATION=$(curl -fs -H "Cookie: amity_session=$COOKIE" "http://127.0.0.1:$PORT/api/v1/situations?limit=1" \
  | sed -n 's/^\[{"id":\([0-9]*\).*/\1/p')
[ -n "$SITUATION" ] || { echo "the store has no situation: delete $DB and rerun" >&2; exit 1; }
echo "events: $EVENTS; situation used: $SITUATION; connections: $CONNECTIONS; duration: $DURATION;" \
  "Accept-Encoding: $ACCEPT_ENCODING; $(nproc) cores"

for path in "/api/v1/alerts" "/api/v1/situations/$SITUATION"; do
  echo "== $path"
  # one request first (the first answer fills the cache), then an unrecorded warm-up run so the
  # JIT has compiled the request path: the recorded run measures the steady state
  curl -fs -o /dev/null -H "Cookie: amity_session=$COOKIE" "http://127.0.0.1:$PORT$path"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 5s \
    -H "Accept-Encoding: $ACCEPT_ENCODING" -H "Cookie: amity_session=$COOKIE" \
    "http://127.0.0.1:$PORT$path" > /dev/null
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency --timeout 5s \
    -H "Accept-Encoding: $ACCEPT_ENCODING" -H "Cookie: amity_session=$COOKIE" \
    "http://127.0.0.1:$PORT$path"
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
done
