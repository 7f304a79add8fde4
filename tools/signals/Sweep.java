// Scratch driver of issue 14 (third round), not part of the build. Run from the repository root:
//   java -cp amity-app/target/amity.jar tools/signals/Sweep.java 1-20 tools/signals/lens28-sea3.3.properties
// Simulates each seed once (defaults, 365 days from 2025-01-01), builds the daily table with the
// plain functions of `amity evaluate --engine plain`, and scores it with the shipped detectors and
// with each experiment file added to them: recall, false alerts (and which lens raised them), misses.
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import org.amity.pipeline.WatchJob;
import org.amity.signal.DetectorConfig;
import org.amity.simulate.*;

/** Scratch driver: simulate each seed once, score it under several configs, attribute false alerts by lens. */
public class Sweep {
  public static void main(String[] a) throws Exception {
    String[] r = a[0].split("-");
    long from = Long.parseLong(r[0]), to = Long.parseLong(r.length > 1 ? r[1] : r[0]);
    List<DetectorConfig> cfgs = new ArrayList<>();
    List<String> names = new ArrayList<>();
    names.add("shipped"); cfgs.add(DetectorConfig.standard());
    names.add("shipped without the lens"); cfgs.add(baseline());
    for (int i = 1; i < a.length; i++) { names.add(Paths.get(a[i]).getFileName().toString()); cfgs.add(withShipped(Paths.get(a[i]))); }
    int[] det = new int[cfgs.size()], fal = new int[cfgs.size()], eps = new int[1];
    int[] okR = new int[cfgs.size()], okP = new int[cfgs.size()], okF = new int[cfgs.size()], all3 = new int[cfgs.size()];
    Map<String,Integer>[] falseBy = new Map[cfgs.size()];
    for (int i = 0; i < cfgs.size(); i++) falseBy[i] = new TreeMap<>();
    WatchJob.Options options = WatchJob.Options.standard();
    for (long seed = from; seed <= to; seed++) {
      Path dir = Files.createTempDirectory("sweep-" + seed + "-");
      ScenarioSimulator sim = new ScenarioSimulator(GdeltProfile.standard(),
          SimulationSettings.of(365, seed, java.time.LocalDate.parse("2025-01-01"), SimulationSettings.DEFAULT_ROWS_PER_DAY, null, null));
      SimulationResult res = sim.writeTo(dir.resolve("files"), true);
      // with the conflict areas' series (ninth round): configs without a theatre spec never read them
      var table = SimulatedWatch.days(dir.resolve("files"), options.watchSet(), true);
      try (Stream<Path> w = Files.walk(dir)) { w.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
      StringBuilder line = new StringBuilder("seed " + seed);
      for (int i = 0; i < cfgs.size(); i++) {
        List<AlertRecord> all = SimulatedWatch.alerts(cfgs.get(i), table, options::alertsOn);
        Evaluation ev = DetectionEvaluator.evaluate(res.truth(), all, "watch");
        det[i] += ev.detected(); fal[i] += ev.falseAlerts(); if (i == 0) eps[0] += ev.episodes();
        boolean r9 = ev.recall() >= 0.9, p8 = ev.precision() == null || ev.precision() >= 0.8, f3 = ev.falseAlertsPerCountryYear() <= 0.3 + 1e-9;
        okR[i] += r9 ? 1 : 0; okP[i] += p8 ? 1 : 0; okF[i] += f3 ? 1 : 0; all3[i] += r9 && p8 && f3 ? 1 : 0;
        Map<String,List<AlertRecord>> byInd = all.stream().collect(Collectors.groupingBy(AlertRecord::indicator));
        StringBuilder fb = new StringBuilder();
        for (var e : byInd.entrySet()) {
          int f = DetectionEvaluator.evaluate(res.truth(), e.getValue(), "watch").falseAlerts();
          if (f > 0) { falseBy[i].merge(e.getKey(), f, Integer::sum); fb.append(e.getKey()).append('=').append(f).append(' '); }
        }
        String missed = ev.detail().stream().filter(d -> !d.detected()).map(d -> d.id() + " " + d.type() + " " + d.strength() + " " + String.join("-", d.parties())).collect(Collectors.joining("; "));
        line.append(String.format("%n  %-22s recall %.3f precision %s false %d (%.3f/cy) %s [%s] missed: %s", names.get(i), ev.recall(), ev.precision(), ev.falseAlerts(), ev.falseAlertsPerCountryYear(), ev.falseAlertsBySubject(), fb.toString().trim(), missed));
      }
      System.out.println(line); System.out.flush();
    }
    for (int i = 0; i < cfgs.size(); i++)
      System.out.printf("TOTAL %-22s detected %d/%d false %d %s  seeds: recall>=0.9 %d precision>=0.8 %d false<=0.3 %d all three %d%n", names.get(i), det[i], eps[0], fal[i], falseBy[i], okR[i], okP[i], okF[i], all3[i]);
  }

  /** The shipped detectors without the four-week lens: the second round, the table's first row. */
  static DetectorConfig baseline() throws Exception {
    try (var in = DetectorConfig.class.getResourceAsStream("/org/amity/signal/detectors.properties")) {
      String shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return DetectorConfig.parse(withoutLens(shipped), "detectors.properties without the lens");
    }
  }

  /**
   * The shipped detectors plus the specs and profiles of an experiment file; less the shipped
   * four-week sea lens when the file defines it again (the third round's lens28-* files).
   */
  static DetectorConfig withShipped(Path extra) throws Exception {
    try (var in = DetectorConfig.class.getResourceAsStream("/org/amity/signal/detectors.properties")) {
      String shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      String added = Files.readString(extra);
      boolean redefinesLens =
          added.contains("profile.rolling28.") || added.contains("spec.sea_incidents_28d.");
      return DetectorConfig.parse((redefinesLens ? withoutLens(shipped) : shipped) + "\n" + added, extra.toString());
    }
  }

  /**
   * The shipped detectors as they were before the four-week lens shipped (the experiments' base):
   * the lens's profile and spec lines left out, so an experiment file can define them again.
   */
  static String withoutLens(String shipped) {
    return shipped.lines()
        .filter(l -> !l.startsWith("profile.rolling28.") && !l.startsWith("spec.sea_incidents_28d."))
        .collect(java.util.stream.Collectors.joining("\n"));
  }
}
