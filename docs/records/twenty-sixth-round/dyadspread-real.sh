#!/bin/bash
# real-file check, as in docs/records/twenty-fifth-round/weak-humanitarian-real.md
set -x
J=/tmp/r26std-cand.jar
D=/work/shared/data
W=/tmp/r26/real; rm -rf $W; mkdir -p $W; cd $W
cp /work/wt/r26std/amity-core/src/main/resources/org/amity/signal/detectors.properties shipped.properties
cp /work/wt/r26std/docs/records/twenty-sixth-round/dyadspread.properties cand.properties
nice java -jar $J ingest icews-daily --db i14.duckdb $D/icews-tkg-sea/icews14s_sea_events_2014-01-01_2014-09-30.csv $D/icews-tkg-sea/icews18_sea_events_2018-08-29_2018-10-31.csv
nice java -jar $J ingest acled --db a.duckdb $D/acled/acled_indonesia_2019-2020.csv $D/acled/acled_asia2015_sea_legacy.csv
for st in i14 a; do for c in shipped cand; do
  cp $st.duckdb $st-$c.duckdb
  nice java -jar $J watch --db $st-$c.duckdb --full --config $c.properties
  nice java -jar $J alerts --db $st-$c.duckdb --status all --json > $st-$c-alerts.json
done; done
echo REALDONE >> /tmp/r26/log.txt
