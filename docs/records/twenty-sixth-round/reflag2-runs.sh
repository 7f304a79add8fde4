#!/bin/bash
cd /tmp/lead26
J=/tmp/r26-reflag.jar; C=/tmp/lead26/reflag2.properties; S=/tmp/lead26/shipped-91579b6.properties
run() { echo "start $1 $(date -u +%T)" >> logr2; nice java -Xmx6g -jar $J evaluate ${@:2} --engine plain --json > $1.json 2> $1.err; echo "end $1 $(date -u +%T)" >> logr2; }
H="--history 365 --start 2026-01-01"
run r2-cand-1y-1-20 --seeds 1-20 --config $C
run r2-cand-1y-1101-1120 --seeds 1101-1120 --config $C
run r2-cand-hist-1-20 --seeds 1-20 $H --config $C
run r2-ship-1y-2401-2420 --seeds 2401-2420 --config $S
run r2-cand-1y-2401-2420 --seeds 2401-2420 --config $C
run r2-ship-hist-2401-2420 --seeds 2401-2420 $H --config $S
run r2-cand-hist-2401-2420 --seeds 2401-2420 $H --config $C
