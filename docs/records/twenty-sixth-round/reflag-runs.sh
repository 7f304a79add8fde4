#!/bin/bash
J=/tmp/r26prot.jar
C=/work/wt/r26prot/docs/records/twenty-sixth-round/reflag.properties
O=/tmp/r26prot
H="--history 365 --start 2026-01-01"
run() { # name seeds hist(0/1) cand(0/1)
  local name=$1 seeds=$2 h="" c=""
  [ "$3" = 1 ] && h="$H"
  [ "$4" = 1 ] && c="--config $C"
  echo "$(date -u +%T) start $name" >> $O/runlog.txt
  nice java -Xmx6g -jar $J evaluate --seeds $seeds --engine plain $h $c --json > $O/$name.json 2> $O/$name.err
  echo "$(date -u +%T) end $name rc=$?" >> $O/runlog.txt
}
run cand-1y-1-20 1-20 0 1
run ship-1y-1-20 1-20 0 0
run cand-1y-1101-1120 1101-1120 0 1
run cand-hist-1-20 1-20 1 1
run cand-1y-2401-2420 2401-2420 0 1
run ship-1y-2401-2420 2401-2420 0 0
run cand-hist-2401-2420 2401-2420 1 1
run ship-hist-2401-2420 2401-2420 1 0
echo "$(date -u +%T) CHAINDONE" >> $O/runlog.txt
#!/bin/bash
O=/tmp/r26prot
while kill -0 $(cat $O/chain.pid) 2>/dev/null; do sleep 5; done
cd /work/wt/r26prot
F=amity-core/src/main/resources/org/amity/signal/detectors.properties
cp $F $O/detectors.properties.orig
tail -8 docs/records/twenty-sixth-round/reflag.properties >> $F
echo "$(date -u +%T) start realtests (key switched on in the shipped file, temporarily)" >> $O/runlog.txt
AMITY_TESTDATA=/work/shared/data nice ./mvnw -o -B -pl amity-core,amity-app test \
  -Dtest='RealHistory*Test,GreatPowerRealDataTest,ConflictAreasOnReal*Test,SeriesMeaningTest,BenchCommandTest,IngestConflictCommandsTest' \
  -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true -Djacoco.skip=true > $O/realtests.log 2>&1
echo "$(date -u +%T) end realtests rc=$?" >> $O/runlog.txt
cp $O/detectors.properties.orig $F
git diff --quiet -- $F && echo "$(date -u +%T) shipped file restored" >> $O/runlog.txt
J=/tmp/r26prot.jar
for r in "ship-1y-1101-1120 1101-1120" "ship-hist-1-20 1-20 --history 365 --start 2026-01-01"; do
  set -- $r; name=$1; shift
  echo "$(date -u +%T) start $name" >> $O/runlog.txt
  nice java -Xmx6g -jar $J evaluate --seeds "$@" --engine plain --json > $O/$name.json 2> $O/$name.err
  echo "$(date -u +%T) end $name rc=$?" >> $O/runlog.txt
done
echo "$(date -u +%T) CHAIN2DONE" >> $O/runlog.txt
#!/bin/bash
O=/tmp/r26prot
while kill -0 $(cat $O/chain2.pid) 2>/dev/null; do sleep 5; done
J=/tmp/r26prot.jar
C=/work/wt/r26prot/docs/records/twenty-sixth-round/reflag.properties
for v in cand ship; do
  c=""; [ $v = cand ] && c="--config $C"
  echo "$(date -u +%T) start diag-$v-hist-2516" >> $O/runlog.txt
  nice java -Xmx6g -jar $J evaluate --seeds 2516 --engine plain --history 365 --start 2026-01-01 $c --json > $O/diag-$v-hist-2516.json 2> $O/diag-$v-hist-2516.err
  echo "$(date -u +%T) end diag-$v-hist-2516 rc=$?" >> $O/runlog.txt
done
echo "$(date -u +%T) CHAIN3DONE" >> $O/runlog.txt
#!/bin/bash
O=/tmp/r26prot
while kill -0 $(cat $O/chain3.pid) 2>/dev/null; do sleep 3; done
cd /work/wt/r26prot
echo "$(date -u +%T) start realtests-shipped (RealHistoryResponseTest, shipped file)" >> $O/runlog.txt
AMITY_TESTDATA=/work/shared/data nice ./mvnw -o -B -pl amity-core,amity-app test -Dtest='RealHistoryResponseTest' \
  -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true -Djacoco.skip=true > $O/realtests-shipped.log 2>&1
rc=$?; echo "$(date -u +%T) end realtests-shipped rc=$rc" >> $O/runlog.txt
J=/tmp/r26prot.jar; D=/work/shared/data
C=/work/wt/r26prot/docs/records/twenty-sixth-round/reflag.properties
W=$O/real; rm -rf $W; mkdir -p $W; cd $W
echo "$(date -u +%T) start real-jar" >> $O/runlog.txt
nice java -jar $J ingest series --db m.duckdb $D/icews-scs-dyad-month/icews_scs_dyad_month_1991-2012.csv > ingest-m.txt 2>&1
nice java -jar $J ingest icews-daily --db i14.duckdb $D/icews-tkg-sea/icews14s_sea_events_2014-01-01_2014-09-30.csv $D/icews-tkg-sea/icews18_sea_events_2018-08-29_2018-10-31.csv > ingest-i14.txt 2>&1
for st in m i14; do for c in ship cand; do
  cp $st.duckdb $st-$c.duckdb
  if [ $c = cand ]; then nice java -jar $J watch --db $st-$c.duckdb --full --config $C > watch-$st-$c.txt 2>&1
  else nice java -jar $J watch --db $st-$c.duckdb --full > watch-$st-$c.txt 2>&1; fi
  nice java -jar $J alerts --db $st-$c.duckdb --status all --json > $st-$c-alerts.json 2>&1
done; done
for c in ship cand; do nice java -jar $J gap --db m-$c.duckdb --from 2010-01-01 --to 2012-12-31 --json > m-$c-gap.json 2>&1; done
echo "$(date -u +%T) end real-jar" >> $O/runlog.txt
echo "$(date -u +%T) CHAIN4DONE" >> $O/runlog.txt
