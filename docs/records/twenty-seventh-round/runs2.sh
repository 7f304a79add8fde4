#!/bin/bash
R=/work/main/docs/records/twenty-seventh-round
L=$R/lead-runlog.txt
run() { name=$1; jar=$2; shift 2; echo "$(date -u +%FT%T) start $name" >> $L; java -Xmx6g -jar $jar evaluate "$@" --engine plain --json > /tmp/r27/$name.json 2> /tmp/r27/$name.err; echo "$(date -u +%FT%T) end $name rc=$?" >> $L; }
run one-3001-3020 /tmp/r27-thin.jar --seeds 3001-3020
run hist-3001-3020 /tmp/r27-thin.jar --seeds 3001-3020 --history 365 --start 2026-01-01
run one-3001-3020-before /tmp/r27-cand.jar --seeds 3001-3020
run hist-3001-3020-before /tmp/r27-cand.jar --seeds 3001-3020 --history 365 --start 2026-01-01
