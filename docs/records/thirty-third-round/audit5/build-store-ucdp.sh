#!/bin/bash
# usage: build-store.sh JAR DIR
set -e
JAR=$1; DIR=$2; D=/work/shared/data
rm -rf $DIR; mkdir -p $DIR
A="nice java -Xmx3g -jar $JAR"
DB=--db=$DIR/amity.duckdb
$A ingest gdelt $DB --region asean $D/gdelt/events/20130401.export.CSV.gz $D/gdelt/events/20161013151500.export.CSV > $DIR/ingest.txt 2>&1
$A ingest icews $DB $D/icews/events.2018-06-01.sample.tab >> $DIR/ingest.txt 2>&1
$A ingest icews-daily $DB $D/icews-tkg-sea/ >> $DIR/ingest.txt 2>&1
$A ingest acled $DB $D/acled/ >> $DIR/ingest.txt 2>&1
$A ingest piracy $DB $D/piracy/imb_pirate_attacks_1993-2017.csv $D/piracy/nga_asam_1978-2019.csv >> $DIR/ingest.txt 2>&1
$A ingest ucdp-ged $DB $D/ucdp-ged/ >> $DIR/ingest.txt 2>&1
$A watch $DB --full -q > $DIR/watch.txt 2>&1
$A alerts $DB --status all --json > $DIR/alerts.json 2> $DIR/alerts.err
$A stats $DB > $DIR/stats.txt 2>&1 || true
echo done > $DIR/DONE
