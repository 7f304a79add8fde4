#!/bin/bash
# r27flood: the declared check (flood.txt), one java at a time. Jar /tmp/r27flood/shipped.jar (faa05cd0).
J=/tmp/r27flood/shipped.jar
WT=/work/wt/r27flood
R=$WT/docs/records/twenty-seventh-round
L=/tmp/r27flood/runlog.txt
cd $WT
for rg in 1-20 1101-1120 2001-2020 2101-2120 2201-2220 2301-2320 2401-2420 2501-2520 2601-2620 2701-2720 2801-2820; do
  echo "$(date -u +%T) candfalse $rg start" >> $L
  nice java -Xmx4g -cp $J tools/signals/CandFalse.java $rg $R/flood-s1.0.properties,$R/flood-s1.1.properties >> $R/flood-cand-1y.txt 2>> /tmp/r27flood/cand.err
done
echo "$(date -u +%T) real start" >> $L
D=/work/shared/data
W=/tmp/r27flood/real; rm -rf $W; mkdir -p $W; cd $W
cp $WT/amity-core/src/main/resources/org/amity/signal/detectors.properties shipped.properties
python3 - <<'PY'
import re
s=open('shipped.properties').read()
for v,name in (('1.0','A'),('1.1','B')):
    t=re.sub(r'^spec\.humanitarian_28d_long\.limitsScale = .*$', 'spec.humanitarian_28d_long.limitsScale = '+v, s, flags=re.M)
    assert t!=s
    open(name+'.properties','w').write(t)
PY
nice java -jar $J ingest icews-daily --db i14.duckdb $D/icews-tkg-sea/icews14s_sea_events_2014-01-01_2014-09-30.csv $D/icews-tkg-sea/icews18_sea_events_2018-08-29_2018-10-31.csv > ingest.log 2>&1
nice java -jar $J ingest acled --db a.duckdb $D/acled/acled_indonesia_2019-2020.csv $D/acled/acled_asia2015_sea_legacy.csv >> ingest.log 2>&1
for st in i14 a; do for c in shipped A B; do
  cp $st.duckdb $st-$c.duckdb
  nice java -jar $J watch --db $st-$c.duckdb --full --config $c.properties >> watch.log 2>&1
  nice java -jar $J alerts --db $st-$c.duckdb --status all --json > $st-$c-alerts.json
done; done
cd $WT
echo "$(date -u +%T) hist 1101-1120 start" >> $L
nice java -Xmx5g -Dhistory=true -cp $J tools/signals/WeakEpisodes.java 1101-1120 tools/signals/flood-long-scale.properties 1.0,1.1 > $R/flood-hist-1101-1120.txt 2>> /tmp/r27flood/hist.err
echo "$(date -u +%T) hist 2801-2820 start" >> $L
nice java -Xmx5g -Dhistory=true -cp $J tools/signals/WeakEpisodes.java 2801-2820 tools/signals/flood-long-scale.properties 1.0,1.1 > $R/flood-hist-2801-2820.txt 2>> /tmp/r27flood/hist.err
echo "$(date -u +%T) all done" >> $L
