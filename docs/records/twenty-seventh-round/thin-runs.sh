#!/bin/bash
# r27thin: the declared check (thin.txt), one java at a time. Jar /tmp/r27thin/thin.jar (76ff1507: the keys
# in the code, not in the shipped file, so "shipped" is the product as merged at 0d2df397).
J=/tmp/r27thin/thin.jar
WT=/work/wt/r27thin
R=$WT/docs/records/twenty-seventh-round
L=$R/thin-runlog.txt
T=-Djava.io.tmpdir=/tmp/r27thin/tmp
cd $WT
# R1: one year, paired
for rg in 1-20 1101-1120 2001-2020 2101-2120 2201-2220 2301-2320 2401-2420 2501-2520 2601-2620 2701-2720 2801-2820; do
  echo "$(date -u +%T) candfalse $rg start" >> $L
  nice java -Xmx4g $T -cp $J tools/signals/CandFalse.java $rg tools/signals/thin-T5.properties >> $R/thin-cand-1y.txt 2>> /tmp/r27thin/cand.err
done
# R3: real files (the pattern of dyadspread-real.sh)
echo "$(date -u +%T) real start" >> $L
D=/work/shared/data
W=/tmp/r27thin/real; rm -rf $W; mkdir -p $W; cd $W
cp $WT/amity-core/src/main/resources/org/amity/signal/detectors.properties shipped.properties
cp shipped.properties thin.properties; grep -v '^#' $WT/tools/signals/thin-T5.properties >> thin.properties
nice java $T -jar $J ingest icews-daily --db i14.duckdb $D/icews-tkg-sea/icews14s_sea_events_2014-01-01_2014-09-30.csv $D/icews-tkg-sea/icews18_sea_events_2018-08-29_2018-10-31.csv > ingest.log 2>&1
nice java $T -jar $J ingest acled --db a.duckdb $D/acled/acled_indonesia_2019-2020.csv $D/acled/acled_asia2015_sea_legacy.csv >> ingest.log 2>&1
for st in i14 a; do for c in shipped thin; do
  cp $st.duckdb $st-$c.duckdb
  nice java $T -jar $J watch --db $st-$c.duckdb --full --config $c.properties >> watch.log 2>&1
  nice java $T -jar $J alerts --db $st-$c.duckdb --status all --json > $st-$c-alerts.json
done; done
for st in i14 a; do
  if cmp -s $st-shipped-alerts.json $st-thin-alerts.json; then echo "$st: alerts identical ($(python3 -c "import json;print(len(json.load(open('$st-shipped-alerts.json'))))" 2>/dev/null) alerts)"; else echo "$st: alerts DIFFER"; diff $st-shipped-alerts.json $st-thin-alerts.json | head -60; fi
done > $R/thin-real.txt
cd $WT
echo "$(date -u +%T) real done" >> $L
# R3 (tests): the keys in the worktree's shipped file, the real-data tests and the signal tests; put back after
echo "$(date -u +%T) tests start" >> $L
cp /tmp/r27thin/detectors-thin.properties $WT/amity-core/src/main/resources/org/amity/signal/detectors.properties
AMITY_TESTDATA=/work/shared/data nice ./mvnw -o -B -pl amity-core,amity-app test -Dspotless.check.skip=true -Djacoco.skip=true -Dsurefire.failIfNoSpecifiedTests=false -Djava.io.tmpdir=/tmp/r27thin/tmp -Dtest='RealHistory*Test,GreatPowerRealDataTest,ConflictAreasOnReal*Test,SeriesMeaningTest,BenchCommandTest,IngestConflictCommandsTest' > /tmp/r27thin/realtests.log 2>&1
echo "realtests rc $?" >> $L
grep -E "Tests run:|BUILD|ERROR" /tmp/r27thin/realtests.log > $R/thin-realtests.txt
nice ./mvnw -o -q -B -pl amity-core test -Dspotless.check.skip=true -Djacoco.skip=true -Djava.io.tmpdir=/tmp/r27thin/tmp -Dtest='org.amity.signal.*Test' -Dsurefire.failIfNoSpecifiedTests=false > /tmp/r27thin/signaltests.log 2>&1
echo "signaltests rc $?" >> $L
cp /tmp/r27thin/detectors-orig.properties $WT/amity-core/src/main/resources/org/amity/signal/detectors.properties
echo "$(date -u +%T) tests done" >> $L
# R2: a year of history, paired
echo "$(date -u +%T) hist 1101-1120 start" >> $L
nice java -Xmx5g $T -Dhistory=true -cp $J tools/signals/WeakEpisodes.java 1101-1120 tools/signals/thin-hist.properties 5 > $R/thin-hist-1101-1120.txt 2>> /tmp/r27thin/hist.err
echo "$(date -u +%T) hist 1101-1120 done" >> $L
