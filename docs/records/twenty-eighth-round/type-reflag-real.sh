#!/bin/bash
# Real-file check of the office holders (twenty-eighth round): jar of 9eb46a21 (head, before) vs
# the r28type branch (cand), default detectors; adapted from ../twenty-seventh-round/reflag-real.sh
# with the ICEWS .tab sample added (store t), the one real file the office holders act on.
# Both runs see AMITY_TESTDATA, so the candidate finds Phoenix.Countries.actors.txt by default.
export AMITY_TESTDATA=/work/shared/data
D=$AMITY_TESTDATA
W=/tmp/r28type/real; rm -rf $W; mkdir -p $W; cd $W
for v in head cand; do
  J=/tmp/r28type/$v.jar
  nice java -jar $J ingest icews --db t-$v.duckdb $D/icews/events.2018-06-01.sample.tab > t-$v.ingest.log 2>&1
  nice java -jar $J ingest icews-daily --db i-$v.duckdb $D/icews-tkg-sea/icews14s_sea_events_2014-01-01_2014-09-30.csv $D/icews-tkg-sea/icews18_sea_events_2018-08-29_2018-10-31.csv > i-$v.ingest.log 2>&1
  nice java -jar $J ingest acled --db a-$v.duckdb $D/acled/acled_indonesia_2019-2020.csv $D/acled/acled_asia2015_sea_legacy.csv > a-$v.ingest.log 2>&1
  nice java -jar $J ingest piracy --db p-$v.duckdb $D/piracy/imb_pirate_attacks_1993-2017.csv $D/piracy/nga_asam_1978-2019.csv > p-$v.ingest.log 2>&1
  nice java -jar $J ingest series --db s-$v.duckdb $D/icews-scs-dyad-month/icews_scs_dyad_month_1991-2012.csv > s-$v.ingest.log 2>&1
  for st in t i a p s; do
    nice java -jar $J watch --db $st-$v.duckdb --full > $st-$v.watch.log 2>&1
    nice java -jar $J alerts --db $st-$v.duckdb --status all --json > $st-$v-alerts.json 2> $st-$v-alerts.err
  done
done
for st in t i a p s; do
  if cmp -s $st-head-alerts.json $st-cand-alerts.json; then echo "$st: alerts identical"; else echo "$st: alerts differ"; diff $st-head-alerts.json $st-cand-alerts.json | head -50; fi
done
echo REALDONE
