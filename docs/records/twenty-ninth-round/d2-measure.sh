#!/bin/bash
# usage: measure.sh JAR DB
JAR=$1; DB=$2
java -cp $JAR /tmp/r29d2/tools/Q.java $DB \
"SELECT 'row28 SCS 1993-04' AS figure, sum(mc_incidents) AS mc_incidents, sum(pirate_incidents) AS pirate_incidents, sum(events) AS reports FROM indicator_days WHERE scope='area' AND subject='SOUTH_CHINA_SEA' AND day BETWEEN DATE '1993-04-01' AND DATE '1993-04-30'" \
"SELECT 'row29 Straits' AS figure, strftime(day, '%Y-%m') AS month, sum(mc_incidents) AS mc_incidents, sum(pirate_incidents) AS pirate_incidents, sum(q4) AS mc_reports FROM indicator_days WHERE scope='area' AND subject='MALACCA_SINGAPORE' AND day BETWEEN DATE '2000-01-01' AND DATE '2000-06-30' GROUP BY 2 ORDER BY 2" \
"SELECT 'sea totals' AS figure, subject, sum(incidents) AS incidents, sum(mc_incidents) AS mc_incidents, sum(q4) AS mc_reports, sum(kidnap_incidents) AS kidnap_incidents, sum(pirate_incidents) AS pirate_incidents, sum(events) AS reports FROM indicator_days WHERE scope='area' GROUP BY 2 ORDER BY 2" \
"SELECT 'stored piracy reports at sea, quad 4' AS figure, sea_area, count(*) AS n FROM events WHERE dataset='piracy' AND sea_area IS NOT NULL AND quad_class=4 GROUP BY 2 ORDER BY 2" \
"SELECT 'country totals' AS figure, subject, sum(incidents) AS incidents, sum(conflict_incidents) AS conflict, sum(mc_incidents) AS mc, sum(rebel_mc_incidents) AS rebel_mc, sum(humanitarian_incidents) AS humanitarian, sum(coercion_incidents) AS coercion, sum(fatalities) AS fatalities, sum(events) AS reports FROM indicator_days WHERE scope IN ('country','region','theatre') GROUP BY scope, subject ORDER BY scope, subject" \
"SELECT 'MMR protests (CAMEO 14) 2015, incidents by engine rule vs ACLED rows' AS figure, (SELECT count(*) FROM events WHERE dataset='acled' AND action_country='MMR' AND event_code LIKE '14%' AND year(event_date)=2015) AS acled_rows, (SELECT count(*) FROM (SELECT DISTINCT event_date, incident_hash FROM events WHERE dataset='acled' AND action_country='MMR' AND event_code LIKE '14%' AND year(event_date)=2015)) AS acled_keys" \
"SELECT 'MMR 2015-03-27' AS figure, subject, incidents, conflict_incidents, events FROM indicator_days WHERE subject='MMR' AND day=DATE '2015-03-27'"
