#!/bin/bash
# real-file check of C1 and C3 (twenty-seventh round, helper r27small), the pattern of
# docs/records/twenty-sixth-round/dyadspread-real.sh; one java process at a time
set -x
J=/tmp/r27small/cand.jar
D=/work/shared/data
W=/tmp/r27small/real; rm -rf $W; mkdir -p $W; cd $W
cp /tmp/r27small/shipped.properties shipped.properties
cp /tmp/r27small/c1-full.properties c1.properties
cp /tmp/r27small/c3-full.properties c3.properties
JJ="nice java -Djava.io.tmpdir=/tmp/r27small/tmp -jar $J"
$JJ ingest icews-daily --db i14.duckdb $D/icews-tkg-sea/icews14s_sea_events_2014-01-01_2014-09-30.csv $D/icews-tkg-sea/icews18_sea_events_2018-08-29_2018-10-31.csv
$JJ ingest acled --db a.duckdb $D/acled/acled_indonesia_2019-2020.csv $D/acled/acled_asia2015_sea_legacy.csv
for st in i14 a; do for c in shipped c1 c3; do
  cp $st.duckdb $st-$c.duckdb
  $JJ watch --db $st-$c.duckdb --full --config $c.properties
  $JJ alerts --db $st-$c.duckdb --status all --json > $st-$c-alerts.json
done; done
echo REALDONE
