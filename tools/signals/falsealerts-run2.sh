cd /work/wt/r26fa
R=docs/records/twenty-sixth-round
# the seeds of the first groups again, with the lens part by origin (added to the driver after they ran)
nice java -Xmx4g -cp amity-app/target/amity.jar tools/signals/FalseAlerts.java 2001-2020 2004,2017,2019,2020 >> $R/falsealerts-pri2.txt 2>>/tmp/r26fa-err.txt
nice java -Xmx4g -cp amity-app/target/amity.jar tools/signals/FalseAlerts.java 2101-2120 2103,2106,2111,2115,2116,2117,2118,2119,2120 >> $R/falsealerts-pri2.txt 2>>/tmp/r26fa-err.txt
nice java -Xmx4g -cp amity-app/target/amity.jar tools/signals/FalseAlerts.java 2201-2220 2201,2212,2215,2216 >> $R/falsealerts-pri2.txt 2>>/tmp/r26fa-err.txt
nice java -Xmx4g -cp amity-app/target/amity.jar tools/signals/FalseAlerts.java 2301-2320 2302,2306,2309,2311,2315,2316,2318,2319 >> $R/falsealerts-pri2.txt 2>>/tmp/r26fa-err.txt
# margins of every alert, false or detecting
for b in 2001 2401 2601 2101 2201 2301 2501; do
  nice java -Xmx4g -cp amity-app/target/amity.jar tools/signals/DetMargins.java $b-$((b+19)) >> $R/detmargins.txt 2>>/tmp/r26fa-err.txt
done
