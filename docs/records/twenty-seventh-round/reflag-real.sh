#!/bin/bash
# real-file check of the shipped re-flag: jar of 1bab4aab (before) vs faa05cd0 (after), default detectors
D=/work/shared/data
W=/tmp/r27/real; rm -rf $W; mkdir -p $W; cd $W
for v in head cand; do
  J=/tmp/r27-$v.jar
  nice java -jar $J ingest icews-daily --db i-$v.duckdb $D/icews-tkg-sea/icews14s_sea_events_2014-01-01_2014-09-30.csv $D/icews-tkg-sea/icews18_sea_events_2018-08-29_2018-10-31.csv > i-$v.ingest.log 2>&1
  nice java -jar $J ingest acled --db a-$v.duckdb $D/acled/acled_indonesia_2019-2020.csv $D/acled/acled_asia2015_sea_legacy.csv > a-$v.ingest.log 2>&1
  nice java -jar $J ingest piracy --db p-$v.duckdb $D/piracy/imb_pirate_attacks_1993-2017.csv $D/piracy/nga_asam_1978-2019.csv > p-$v.ingest.log 2>&1
  nice java -jar $J ingest series --db s-$v.duckdb $D/icews-scs-dyad-month/icews_scs_dyad_month_1991-2012.csv > s-$v.ingest.log 2>&1
  for st in i a p s; do
    nice java -jar $J watch --db $st-$v.duckdb --full > $st-$v.watch.log 2>&1
    nice java -jar $J alerts --db $st-$v.duckdb --status all --json > $st-$v-alerts.json 2> $st-$v-alerts.err
  done
done
echo REALDONE
