// Scratch driver of issue 14 (twelfth round), not part of the build. Run from the repository root:
//   java -cp amity-app/target/amity.jar tools/signals/Dyads.java 21-40
// How many dyads the dyad lenses watch in a simulated year and what their series look like (the
// input of DyadLensCalibrationTest's null series): per seed, the countries and dyads whose year
// reaches the lenses' volume floors (300 and 150 incidents) and are alerted on (a member among
// them); per watched dyad, the mean daily incidents, the conflict share, and the share of days
// whose seven-day sum reaches the seven-day profile's period floor (20 incidents).
import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;
import java.util.stream.*;
import org.amity.signal.Scope;
import org.amity.pipeline.WatchJob;
import org.amity.signal.daily.IndicatorDay;
import org.amity.simulate.*;

/** Scratch: the dyads the dyad lenses watch. */
public class Dyads {
  public static void main(String[] a) throws Exception {
    String[] r = a[0].split("-");
    long from = Long.parseLong(r[0]), to = Long.parseLong(r.length > 1 ? r[1] : r[0]);
    WatchJob.Options options = WatchJob.Options.standard();
    List<double[]> dyads = new ArrayList<>();
    for (long seed = from; seed <= to; seed++) {
      Path dir = Files.createTempDirectory("dyads-" + seed + "-");
      new ScenarioSimulator(GdeltProfile.standard(),
          SimulationSettings.of(365, seed, LocalDate.parse("2025-01-01"), SimulationSettings.DEFAULT_ROWS_PER_DAY, null, null)).writeTo(dir.resolve("files"), true);
      List<IndicatorDay> table = SimulatedWatch.days(dir.resolve("files"), options.watchSet(), false);
      try (var w = Files.walk(dir)) { w.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
      Map<String, List<IndicatorDay>> by = table.stream().filter(d -> d.scope() == Scope.DYAD || d.scope() == Scope.COUNTRY)
          .collect(Collectors.groupingBy(d -> d.scope() + ":" + d.subject()));
      int countries = 0, nd = 0;
      for (var e : by.entrySet()) {
        boolean dyad = e.getKey().startsWith("DYAD");
        long vol = e.getValue().stream().mapToLong(d -> d.counts().incidents()).sum();
        long con = e.getValue().stream().mapToLong(d -> d.counts().conflictIncidents()).sum();
        String subject = e.getKey().substring(e.getKey().indexOf(':') + 1);
        Scope scope = dyad ? Scope.DYAD : Scope.COUNTRY;
        if (!options.alertsOn(scope, subject)) continue;
        if (dyad && !subject.contains("-")) continue; // the lenses combine both directions
        if (!dyad) { if (vol >= 300) countries++; continue; }
        if (vol < 150) continue;
        nd++;
        LocalDate first = LocalDate.parse("2025-01-01");
        int n = 365;
        long[] daily = new long[n];
        for (IndicatorDay d : e.getValue()) if (!d.day().isBefore(first) && d.day().isBefore(first.plusDays(n))) daily[(int) (d.day().toEpochDay() - first.toEpochDay())] += d.counts().incidents();
        int scored = 0;
        for (int i = 6; i < n; i++) { long s = 0; for (int j = i - 6; j <= i; j++) s += daily[j]; if (s >= 20) scored++; }
        dyads.add(new double[] {vol / (double) n, con / (double) vol, scored / (double) (n - 6)});
        System.out.printf(Locale.ROOT, "seed %d %s %d incidents, mean %.1f a day, conflict share %.2f, sums >= 20 on %.2f of days%n", seed, subject, vol, vol / (double) n, con / (double) vol, scored / (double) (n - 6));
      }
      System.out.printf(Locale.ROOT, "SEED %d countries %d dyads %d%n", seed, countries, nd);
    }
    double[] means = dyads.stream().mapToDouble(x -> x[0]).sorted().toArray();
    double[] shares = dyads.stream().mapToDouble(x -> x[1]).sorted().toArray();
    System.out.printf(Locale.ROOT, "dyad-years %d; mean daily incidents quartiles %.1f %.1f %.1f; conflict share quartiles %.2f %.2f %.2f%n",
        dyads.size(), q(means, .25), q(means, .5), q(means, .75), q(shares, .25), q(shares, .5), q(shares, .75));
  }
  static double q(double[] x, double p) { return x[(int) Math.min(x.length - 1, Math.floor(p * x.length))]; }
}
