// Scratch driver of issue 14 (fifteenth round), not part of the build. Run from the repository root:
//   java -cp amity-app/target/amity.jar tools/signals/Sweep2.java 1-20 tools/signals/long-level-a.properties ...
// Sweep.java with a year of history: each seed is simulated for two years (730 days from
// 2025-01-01) and scored on the second alone, as the watch in use, which always has history,
// would be: its episodes (those starting in 2026), its decoys, and the alerts opened in 2026 that
// relate to no episode of the first year (an alert still about a 2025 episode is neither a
// detection nor a false alert of 2026: DetectionEvaluator.evaluateFrom, as `amity evaluate
// --history` scores). Per seed and config: recall, precision, false alerts per
// country-year over the scored year, the lenses that raised false alerts, the misses; then totals.
// Its set-up is Sweep.java's, copied (a single-file script cannot call another).
import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;
import java.util.stream.*;
import org.amity.pipeline.WatchJob;
import org.amity.signal.DetectorConfig;
import org.amity.simulate.*;

/** Scratch driver: two simulated years, the second scored, under the shipped detectors and each file added. */
public class Sweep2 {
  static final LocalDate START = LocalDate.parse("2025-01-01"), SCORED = START.plusDays(365);

  public static void main(String[] a) throws Exception {
    String[] r = a[0].split("-");
    long from = Long.parseLong(r[0]), to = Long.parseLong(r.length > 1 ? r[1] : r[0]);
    List<DetectorConfig> cfgs = new ArrayList<>();
    List<String> names = new ArrayList<>();
    names.add("shipped"); cfgs.add(DetectorConfig.standard());
    for (int i = 1; i < a.length; i++) { names.add(Paths.get(a[i]).getFileName().toString()); cfgs.add(withShipped(Paths.get(a[i]))); }
    int n = cfgs.size();
    int[] det = new int[n], fal = new int[n], eps = new int[1], okR = new int[n], okF = new int[n], all3 = new int[n];
    List<Map<String, Integer>> falseBy = new ArrayList<>();
    for (int i = 0; i < n; i++) falseBy.add(new TreeMap<>());
    WatchJob.Options options = WatchJob.Options.standard();
    for (long seed = from; seed <= to; seed++) {
      Path dir = Files.createTempDirectory("sweep2-" + seed + "-");
      SimulationResult res = new ScenarioSimulator(GdeltProfile.standard(),
          SimulationSettings.of(730, seed, START, SimulationSettings.DEFAULT_ROWS_PER_DAY, null, null)).writeTo(dir.resolve("files"), true);
      var table = SimulatedWatch.days(dir.resolve("files"), options.watchSet(), true);
      try (Stream<Path> w = Files.walk(dir)) { w.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
      StringBuilder line = new StringBuilder("seed " + seed);
      for (int i = 0; i < n; i++) {
        Evaluation ev = DetectionEvaluator.evaluateFrom(res.truth(), SimulatedWatch.alerts(cfgs.get(i), table, options::alertsOn), "watch", SCORED);
        det[i] += ev.detected(); fal[i] += ev.falseAlerts(); if (i == 0) eps[0] += ev.episodes();
        boolean r9 = ev.recall() >= 0.9, f3 = ev.falseAlertsPerCountryYear() <= 0.3 + 1e-9;
        okR[i] += r9 ? 1 : 0; okF[i] += f3 ? 1 : 0; all3[i] += r9 && f3 && (ev.precision() == null || ev.precision() >= 0.8) ? 1 : 0;
        StringBuilder fb = new StringBuilder();
        for (var e : ev.falseAlertsByLens().entrySet()) {
          falseBy.get(i).merge(e.getKey(), e.getValue(), Integer::sum); fb.append(e.getKey()).append('=').append(e.getValue()).append(' ');
        }
        String missed = ev.detail().stream().filter(d -> !d.detected()).map(d -> d.id() + " " + d.type() + " " + d.strength() + " " + String.join("-", d.parties())).collect(Collectors.joining("; "));
        line.append(String.format("%n  %-26s recall %.3f precision %s false %d (%.3f/cy) [%s] missed: %s", names.get(i), ev.recall(), ev.precision(), ev.falseAlerts(), ev.falseAlertsPerCountryYear(), fb.toString().trim(), missed));
      }
      System.out.println(line); System.out.flush();
    }
    for (int i = 0; i < n; i++)
      System.out.printf("TOTAL %-26s detected %d/%d false %d %s  seeds: recall>=0.9 %d false<=0.3 %d all three %d%n", names.get(i), det[i], eps[0], fal[i], falseBy.get(i), okR[i], okF[i], all3[i]);
  }

  /** The shipped detectors plus the specs and profiles of an experiment file. */
  static DetectorConfig withShipped(Path extra) throws Exception {
    try (var in = DetectorConfig.class.getResourceAsStream("/org/amity/signal/detectors.properties")) {
      String shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return DetectorConfig.parse(shipped + "\n" + Files.readString(extra), extra.toString());
    }
  }
}
