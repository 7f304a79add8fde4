cd /work/wt/r26fa
R=docs/records/twenty-sixth-round
for b in 2401 2501 2001 2101 2201 2301 2601; do
  nice java -Xmx4g -cp amity-app/target/amity.jar tools/signals/CandFalse.java $b-$((b+19)) tools/signals/falsealerts-hum7sum.properties,tools/signals/falsealerts-mc7sum.properties >> $R/candfalse.txt 2>>/tmp/r26fa-err3.txt
done
