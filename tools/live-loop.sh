#!/usr/bin/env bash
# The live loop, measured (not a test): a running service with a landing folder is given one
# 15-minute GDELT 2.0 file; how long until it is ingested, watched and answered by /api/v1/alerts?
#   tools/live-loop.sh            # store in $LOOP_DIR (default /tmp/amity-live-loop)
# Needs: JDK 17, curl, python3, the shared GDELT files (AMITY_TESTDATA or ../shared/data).
# The store is seeded with the GDELT 1.0 day and watched first, so the watch after the drop is
# the incremental one a live service runs. Record the figures in docs/benchmarks.md.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
LOOP_DIR="${LOOP_DIR:-/tmp/amity-live-loop}"
DATA="${AMITY_TESTDATA:-$ROOT/../shared/data}"
SEED="$DATA/gdelt/events/20130401.export.CSV.gz"
DROP="$DATA/gdelt/events/20161013151500.export.CSV"
JAVA=(java ${AMITY_JAVA_OPTS:--Xmx2g} -jar "$ROOT/amity-app/target/amity.jar")
[ -f "$SEED" ] && [ -f "$DROP" ] || { echo "no GDELT files under $DATA: set AMITY_TESTDATA" >&2; exit 2; }
(cd "$ROOT" && ./mvnw -q -B -DskipTests -Dspotless.check.skip=true package)
rm -rf "$LOOP_DIR" && mkdir -p "$LOOP_DIR/landing"
DB="$LOOP_DIR/amity.duckdb"
"${JAVA[@]}" ingest gdelt --db "$DB" -q "$SEED"
"${JAVA[@]}" watch --db "$DB"
PASSWORD="loop-password-$(date +%s)"
echo "$PASSWORD" | "${JAVA[@]}" user add looper --role viewer --db "$DB"

"${JAVA[@]}" serve --db "$DB" --port 0 --landing "$LOOP_DIR/landing" > "$LOOP_DIR/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do grep -q "Amity dashboard" "$LOOP_DIR/serve.log" && break; sleep 0.1; done
URL=$(grep -o 'http://127.0.0.1:[0-9]*' "$LOOP_DIR/serve.log" | head -1)
JAR="$LOOP_DIR/cookies"
curl -s -c "$JAR" -H 'Content-Type: application/json' \
  -d "{\"user\":\"looper\",\"password\":\"$PASSWORD\"}" "$URL/api/v1/session" > /dev/null
curl -s -b "$JAR" "$URL/api/v1/alerts" > "$LOOP_DIR/alerts-before.json"

cp "$DROP" "$LOOP_DIR/landing/$(basename "$DROP").part"
START=$(date +%s%N)
mv "$LOOP_DIR/landing/$(basename "$DROP").part" "$LOOP_DIR/landing/$(basename "$DROP")"
python3 - "$URL" "$JAR" "$START" "$(basename "$DROP")" "$LOOP_DIR" <<'PY'
import http.cookiejar, json, sys, time, urllib.request
url, jar_file, start, name, loop_dir = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
jar = http.cookiejar.MozillaCookieJar(jar_file); jar.load(ignore_discard=True, ignore_expires=True)
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
def get(path): return json.load(opener.open(url + path))
ingested = watched = None
while time.time_ns() - start < 60e9:
    h = get("/api/v1/health")
    jobs = {j["name"]: j for j in h["jobs"]}
    now = (time.time_ns() - start) / 1e9
    if ingested is None and "1 file(s) ingested" in (jobs["landing"]["lastOutcome"] or ""):
        ingested = now
    w = jobs["watch"]
    if ingested is not None and w["runs"] >= 1 and not w["running"] and w["lastSuccess"] and w["lastOutcome"].startswith("1 new ingest"):
        watched = now
        break
    time.sleep(0.05)
alerts = get("/api/v1/alerts")
done = (time.time_ns() - start) / 1e9
log = get("/api/v1/ingest-log?limit=1")[0]
print(f"file {name}: {log['accepted']} events accepted of {log['lines']} lines")
print(f"ingested after {ingested:.2f} s, watched after {watched:.2f} s, /api/v1/alerts answered ({len(alerts)} alerts) after {done:.2f} s")
print("watch:", w["lastOutcome"])
PY
