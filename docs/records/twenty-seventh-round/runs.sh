#!/bin/bash
R=/work/main/docs/records/twenty-seventh-round
L=$R/lead-runlog.txt
run() { name=$1; jar=$2; shift 2; echo "$(date -u +%FT%T) start $name" >> $L; java -Xmx6g -jar $jar evaluate "$@" --engine plain --json > /tmp/r27/$name.json 2> /tmp/r27/$name.err; echo "$(date -u +%FT%T) end $name rc=$?" >> $L; }
run one-2901-2920 /tmp/r27-cand.jar --seeds 2901-2920
run hist-2901-2920 /tmp/r27-cand.jar --seeds 2901-2920 --history 365 --start 2026-01-01
run one-2901-2920-before /tmp/r27-head.jar --seeds 2901-2920
run hist-2901-2920-before /tmp/r27-head.jar --seeds 2901-2920 --history 365 --start 2026-01-01
run one-2801-2820-reflag /tmp/r27-cand.jar --seeds 2801-2820
run hist-2801-2820-reflag /tmp/r27-cand.jar --seeds 2801-2820 --history 365 --start 2026-01-01
