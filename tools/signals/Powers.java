// Scratch driver of issue 14 (nineteenth round), not part of the build. Run from the repository root:
//   java -cp amity-app/target/amity.jar tools/signals/Powers.java 1-20
// Simulates each seed (defaults, 365 days from 2025-01-01) and scores the shipped detectors twice:
// with the watch's region rule (alerts on members' countries and dyads with a member) and with
// alerts also on the outside great powers' country series (China, the United States, ...), whose
// stored events are those of the region. Prints, per seed, both evaluations and each great-power
// alert with whether it matched an episode.
import java.nio.file.*;
import java.util.*;
import java.util.function.BiPredicate;
import java.util.stream.*;
import org.amity.pipeline.WatchJob;
import org.amity.signal.Scope;
import org.amity.signal.DetectorConfig;
import org.amity.simulate.*;

public class Powers {
  public static void main(String[] a) throws Exception {
    String[] r = a[0].split("-");
    long from = Long.parseLong(r[0]), to = Long.parseLong(r.length > 1 ? r[1] : r[0]);
    DetectorConfig cfg = DetectorConfig.standard();
    WatchJob.Options options = WatchJob.Options.standard();
    BiPredicate<Scope, String> region = options::alertsOn;
    BiPredicate<Scope, String> powers = (s, n) -> options.alertsOn(s, n) || (s == Scope.COUNTRY && options.greatPowers().contains(n));
    int[] det = new int[2], fal = new int[2], all3 = new int[2], eps = new int[1];
    int gpTrue = 0, gpFalse = 0;
    for (long seed = from; seed <= to; seed++) {
      Path dir = Files.createTempDirectory("powers-" + seed + "-");
      SimulationResult res = new ScenarioSimulator(GdeltProfile.standard(),
          SimulationSettings.of(365, seed, java.time.LocalDate.parse("2025-01-01"), SimulationSettings.DEFAULT_ROWS_PER_DAY, null, null)).writeTo(dir.resolve("files"), true);
      var table = SimulatedWatch.days(dir.resolve("files"), options.watchSet(), true);
      try (Stream<Path> w = Files.walk(dir)) { w.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
      StringBuilder line = new StringBuilder("seed " + seed);
      // scored once: the region rule's alerts are the wider rule's on the subjects it allows
      List<AlertRecord> wide = SimulatedWatch.alerts(cfg, table, powers);
      for (int i = 0; i < 2; i++) {
        List<AlertRecord> all = i == 1 ? wide : wide.stream().filter(ar -> region.test(Scope.parse(ar.scope()), ar.subject())).toList();
        Evaluation ev = DetectionEvaluator.evaluate(res.truth(), all, "watch");
        det[i] += ev.detected(); fal[i] += ev.falseAlerts(); if (i == 0) eps[0] += ev.episodes();
        boolean ok = ev.recall() >= 0.9 && (ev.precision() == null || ev.precision() >= 0.8) && ev.falseAlertsPerCountryYear() <= 0.3 + 1e-9;
        all3[i] += ok ? 1 : 0;
        String missed = ev.detail().stream().filter(d -> !d.detected()).map(d -> d.id() + " " + d.type() + " " + d.strength() + " " + String.join("-", d.parties())).collect(Collectors.joining("; "));
        line.append(String.format("%n  %-7s recall %.3f precision %s false %d (%.3f/cy) %s missed: %s", i == 0 ? "region" : "powers", ev.recall(), ev.precision(), ev.falseAlerts(), ev.falseAlertsPerCountryYear(), ev.falseAlertsBySubject(), missed));
        if (i == 1) {
          for (AlertRecord ar : all) {
            if (!ar.scope().equals("country") || !options.greatPowers().contains(ar.subject())) continue;
            boolean f = DetectionEvaluator.evaluate(res.truth(), List.of(ar), "watch").falseAlerts() == 1;
            if (f) gpFalse++; else gpTrue++;
            line.append(String.format("%n      GP %s %s %s..%s %s %s", f ? "FALSE" : "about", ar.subject(), ar.opened(), ar.closed(), ar.indicator(), ar.peakLevel()));
          }
        }
      }
      System.out.println(line); System.out.flush();
    }
    for (int i = 0; i < 2; i++)
      System.out.printf("TOTAL %-7s detected %d/%d false %d all three %d%n", i == 0 ? "region" : "powers", det[i], eps[0], fal[i], all3[i]);
    System.out.printf("great-power alerts: %d about an episode, %d false%n", gpTrue, gpFalse);
  }
}
