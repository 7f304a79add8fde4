// Scratch driver of issue 14 (third round), not part of the build. Run from the repository root:
//   java -cp amity-app/target/amity.jar tools/signals/Diag.java 3,4,9,16 tools/signals/lens28-z4.2noh.properties _28d
// Lists the alerts of the lenses whose name contains the last argument, marks the false ones, and
// names the episodes of their subject.
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import org.amity.pipeline.WatchJob;
import org.amity.signal.DetectorConfig;
import org.amity.simulate.*;

/** Scratch: list false alerts of the given indicators, with the episodes of their subject. */
public class Diag {
  public static void main(String[] a) throws Exception {
    DetectorConfig cfg = withShipped(Paths.get(a[1]));
    WatchJob.Options options = WatchJob.Options.standard();
    for (String s : a[0].split(",")) {
      long seed = Long.parseLong(s);
      Path dir = Files.createTempDirectory("diag-" + seed + "-");
      SimulationResult res = new ScenarioSimulator(GdeltProfile.standard(),
          SimulationSettings.of(365, seed, java.time.LocalDate.parse("2025-01-01"), SimulationSettings.DEFAULT_ROWS_PER_DAY, null, null)).writeTo(dir.resolve("files"), true);
      var table = SimulatedWatch.days(dir.resolve("files"), options.watchSet());
      try (Stream<Path> w = Files.walk(dir)) { w.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
      List<AlertRecord> all = SimulatedWatch.alerts(cfg, table, options::alertsOn);
      for (AlertRecord r : all) {
        if (!r.indicator().contains(a[2])) continue;
        boolean fals = DetectionEvaluator.evaluate(res.truth(), List.of(r), "watch").falseAlerts() == 1;
        String subj = r.subject();
        String eps = res.truth().episodes().stream().filter(e -> e.parties().stream().anyMatch(subj::contains) || subj.equals(e.seaArea()))
            .map(e -> e.id() + " " + e.type() + " " + String.join("-", e.parties()) + " " + e.start() + ".." + e.end()).collect(Collectors.joining(" | "));
        System.out.println("seed " + seed + (fals ? " FALSE " : " ok    ") + r.indicator() + " " + subj + " " + r.opened() + ".." + r.closed() + " " + r.peakLevel() + "   eps: " + eps);
      }
    }
  }

  /** The shipped detectors plus the specs and profiles of an experiment file. */
  static DetectorConfig withShipped(Path extra) throws Exception {
    try (var in = DetectorConfig.class.getResourceAsStream("/org/amity/signal/detectors.properties")) {
      String shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return DetectorConfig.parse(withoutLens(shipped) + "\n" + Files.readString(extra), extra.toString());
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
