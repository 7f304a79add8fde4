#!/bin/bash
# usage: figs.sh JAR DIR: the 2017 monthly deaths of Mindanao and the Philippines, and the figures
# of the last round's deaths.md that GED ranges touch
J="nice java -jar $1"; DB=--db=$2/amity.duckdb
echo "Mindanao 2017:"; $J series $DB --scope theatre --subject MINDANAO --indicator fatalities --from 2017-01-01 --to 2017-12-31 2>&1 | tail -13
echo "Philippines 2017:"; $J series $DB --scope country --subject PHL --indicator fatalities --from 2017-01-01 --to 2017-12-31 2>&1 | tail -13
echo "Papua 2019:"; $J series $DB --scope theatre --subject PAPUA --indicator fatalities --from 2019-01-01 --to 2019-12-31 2>&1 | tail -13
echo "Indonesia 2019:"; $J series $DB --scope country --subject IDN --indicator fatalities --from 2019-01-01 --to 2019-12-31 2>&1 | tail -13
echo "Philippines 2015:"; $J series $DB --scope country --subject PHL --indicator fatalities --from 2015-01-01 --to 2015-12-31 2>&1 | tail -13
echo "ASEAN 2017:"; $J series $DB --scope region --subject ASEAN --indicator fatalities --from 2017-01-01 --to 2017-12-31 2>&1 | tail -13
