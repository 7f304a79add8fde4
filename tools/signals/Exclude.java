// Scratch driver of issue 14 (fourteenth round), not part of the build, and it does not run against
// the product jar: it needs a scratch build of a60aeb0 with a hook in EscalationDetector that the
// product does not have (a public static ThreadLocal<boolean[]> EXTERNAL, and in score() the line
//   flagged[t] = current.atLeast(Level.WATCH) || (EXTERNAL.get() != null && EXTERNAL.get()[t]);
// so that periods set there are left out of the baselines as the lens's own raised periods are).
// What it measures: a subject's days raised on any of its other lenses left out of every lens's
// baseline (a second pass over the year), against the shipped single pass; seeds on all three
// targets, detections and false alerts. Run from the repository root with the scratch jar:
//   java -cp SCRATCH.jar tools/signals/Exclude.java 1-20 [FULLCONFIG]
import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;
import java.util.stream.*;
import org.amity.pipeline.WatchJob;
import org.amity.signal.*;
import org.amity.signal.daily.*;
import org.amity.simulate.*;

public class Exclude {
  record L(DetectionSpec spec, Subject s, DetectorInput in) {}
  public static void main(String[] a) throws Exception {
    String[] r = a[0].split("-");
    long from = Long.parseLong(r[0]), to = Long.parseLong(r.length > 1 ? r[1] : r[0]);
    DetectorConfig cfg = a.length > 1 ? DetectorConfig.parse(Files.readString(Path.of(a[1])), a[1]) : DetectorConfig.standard();
    WatchJob.Options options = WatchJob.Options.standard();
    int det1 = 0, det2 = 0, f1 = 0, f2 = 0, all1 = 0, all2 = 0, n = 0;
    for (long seed = from; seed <= to; seed++) {
      Path dir = Files.createTempDirectory("excl-" + seed + "-");
      SimulationResult res = new ScenarioSimulator(GdeltProfile.standard(),
          SimulationSettings.of(365, seed, LocalDate.parse("2025-01-01"), SimulationSettings.DEFAULT_ROWS_PER_DAY, null, null)).writeTo(dir.resolve("files"), true);
      var table = SimulatedWatch.days(dir.resolve("files"), options.watchSet(), cfg.theatres());
      try (Stream<Path> w = Files.walk(dir)) { w.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
      Truth truth = res.truth();
      List<L> lenses = new ArrayList<>();
      SeriesDetection.forEachSeries(cfg, table, (spec, s, in) -> {
        if (spec.resolution() != Resolution.DAY || in == null || in.volume() < spec.minSubjectVolume()) return;
        lenses.add(new L(spec, s, in));
      });
      // pass 1: as shipped; raised days per subject and lens
      List<AlertRecord> first = new ArrayList<>();
      Map<String, Map<String, boolean[]>> raised = new HashMap<>();
      for (L l : lenses) {
        EscalationDetector.EXTERNAL.remove();
        SeriesScores sc = l.spec().score(l.in().periods(), l.in().numerator(), l.in().denominator());
        boolean[] up = new boolean[sc.size()];
        for (int t = 0; t < sc.size(); t++) up[t] = sc.levels()[t] != null && sc.levels()[t].atLeast(Level.WATCH);
        raised.computeIfAbsent(l.s().scope() + ":" + l.s().name(), k -> new HashMap<>()).put(l.spec().name(), up);
        if (!options.alertsOn(l.s().scope(), l.s().name())) continue;
        for (DetectedAlert d : AlertBuilder.alerts(l.spec(), l.s().name(), sc))
          first.add(new AlertRecord(first.size() + 1, d.scope().key(), d.subject(), d.indicator(), d.level().key(), d.peakLevel().key(), d.opened(), d.closed()));
      }
      // pass 2: the other lenses' raised days left out of each baseline
      List<AlertRecord> second = new ArrayList<>();
      for (L l : lenses) {
        if (!options.alertsOn(l.s().scope(), l.s().name())) continue;
        boolean[] ext = new boolean[l.in().periods().size()];
        for (var e : raised.get(l.s().scope() + ":" + l.s().name()).entrySet()) {
          if (e.getKey().equals(l.spec().name())) continue;
          boolean[] up = e.getValue();
          for (int t = 0; t < Math.min(up.length, ext.length); t++) ext[t] |= up[t];
        }
        EscalationDetector.EXTERNAL.set(ext);
        SeriesScores sc = l.spec().score(l.in().periods(), l.in().numerator(), l.in().denominator());
        EscalationDetector.EXTERNAL.remove();
        for (DetectedAlert d : AlertBuilder.alerts(l.spec(), l.s().name(), sc))
          second.add(new AlertRecord(second.size() + 1, d.scope().key(), d.subject(), d.indicator(), d.level().key(), d.peakLevel().key(), d.opened(), d.closed()));
      }
      Evaluation e1 = DetectionEvaluator.evaluate(truth, first, "watch"), e2 = DetectionEvaluator.evaluate(truth, second, "watch");
      int d1 = (int) e1.detail().stream().filter(x -> x.detected()).count(), d2 = (int) e2.detail().stream().filter(x -> x.detected()).count();
      boolean a1 = e1.recall() >= 0.9 && e1.precision() >= 0.8 && e1.falseAlertsPerCountryYear() <= 0.3;
      boolean a2 = e2.recall() >= 0.9 && e2.precision() >= 0.8 && e2.falseAlertsPerCountryYear() <= 0.3;
      det1 += d1; det2 += d2; f1 += e1.falseAlerts(); f2 += e2.falseAlerts(); all1 += a1 ? 1 : 0; all2 += a2 ? 1 : 0; n += e1.detail().size();
      System.out.printf("seed %d: shipped %d/%d false %d %s | excluded %d false %d %s%n", seed, d1, e1.detail().size(), e1.falseAlerts(), a1 ? "all3" : "-", d2, e2.falseAlerts(), a2 ? "all3" : "-");
    }
    System.out.printf("TOTAL shipped %d/%d false %d all three %d | others' raised days excluded %d false %d all three %d%n", det1, n, f1, all1, det2, f2, all2);
  }
}
