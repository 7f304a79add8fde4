cd /work/wt/r26fa
nice java -Xmx4g -cp amity-app/target/amity.jar tools/signals/FalseAlerts.java 2001-2020 2004,2017,2019,2020 >> docs/records/twenty-sixth-round/falsealerts-pri.txt 2>>/tmp/r26fa-err.txt
nice java -Xmx4g -cp amity-app/target/amity.jar tools/signals/FalseAlerts.java 2101-2120 2103,2106,2111,2115,2116,2117,2118,2119,2120 >> docs/records/twenty-sixth-round/falsealerts-pri.txt 2>>/tmp/r26fa-err.txt
nice java -Xmx4g -cp amity-app/target/amity.jar tools/signals/FalseAlerts.java 2201-2220 2201,2212,2215,2216 >> docs/records/twenty-sixth-round/falsealerts-pri.txt 2>>/tmp/r26fa-err.txt
nice java -Xmx4g -cp amity-app/target/amity.jar tools/signals/FalseAlerts.java 2301-2320 2302,2306,2309,2311,2315,2316,2318,2319 >> docs/records/twenty-sixth-round/falsealerts-pri.txt 2>>/tmp/r26fa-err.txt
nice java -Xmx4g -cp amity-app/target/amity.jar tools/signals/FalseAlerts.java 2401-2420 2408,2412,2413,2415,2417,2418,2420 >> docs/records/twenty-sixth-round/falsealerts-pri.txt 2>>/tmp/r26fa-err.txt
nice java -Xmx4g -cp amity-app/target/amity.jar tools/signals/FalseAlerts.java 2501-2520 2501,2507,2514,2516,2519 >> docs/records/twenty-sixth-round/falsealerts-pri.txt 2>>/tmp/r26fa-err.txt
nice java -Xmx4g -cp amity-app/target/amity.jar tools/signals/FalseAlerts.java 2601-2620 2601,2603,2607,2608,2609,2611,2613,2616,2617 >> docs/records/twenty-sixth-round/falsealerts-pri.txt 2>>/tmp/r26fa-err.txt
nice java -Xmx4g -cp amity-app/target/amity.jar tools/signals/FalseAlerts.java 2001-2020 2003,2010,2013 >> docs/records/twenty-sixth-round/falsealerts-rest.txt 2>>/tmp/r26fa-err.txt
nice java -Xmx4g -cp amity-app/target/amity.jar tools/signals/FalseAlerts.java 2101-2120 2102,2105,2110 >> docs/records/twenty-sixth-round/falsealerts-rest.txt 2>>/tmp/r26fa-err.txt
nice java -Xmx4g -cp amity-app/target/amity.jar tools/signals/FalseAlerts.java 2201-2220 2204,2211,2213,2219,2220 >> docs/records/twenty-sixth-round/falsealerts-rest.txt 2>>/tmp/r26fa-err.txt
nice java -Xmx4g -cp amity-app/target/amity.jar tools/signals/FalseAlerts.java 2301-2320 2303,2307,2310 >> docs/records/twenty-sixth-round/falsealerts-rest.txt 2>>/tmp/r26fa-err.txt
nice java -Xmx4g -cp amity-app/target/amity.jar tools/signals/FalseAlerts.java 2401-2420 2402,2406,2407,2409,2414,2416,2419 >> docs/records/twenty-sixth-round/falsealerts-rest.txt 2>>/tmp/r26fa-err.txt
nice java -Xmx4g -cp amity-app/target/amity.jar tools/signals/FalseAlerts.java 2501-2520 2510,2511,2517,2520 >> docs/records/twenty-sixth-round/falsealerts-rest.txt 2>>/tmp/r26fa-err.txt
nice java -Xmx4g -cp amity-app/target/amity.jar tools/signals/FalseAlerts.java 2601-2620 2606,2612,2619 >> docs/records/twenty-sixth-round/falsealerts-rest.txt 2>>/tmp/r26fa-err.txt
