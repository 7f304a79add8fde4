// Scratch driver of issue 14 (fourth round), not part of the build. Run from the repository root:
//   java -cp amity-app/target/amity.jar tools/signals/Littoral.java 1,3,4 [EXTRA.properties]
// For every false alert on a country (shipped detectors, design seeds), splits the incidents its
// lens counted for that country over the alert's opening period (the day, or the seven or 28 days
// of a rolling sum) into: at sea with the country only as the place, at sea as a side, on land.
import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;
import java.util.stream.*;
import org.amity.event.Event;
import org.amity.ingest.FileScan;
import org.amity.ingest.Format;
import org.amity.pipeline.WatchJob;
import org.amity.signal.DetectionSpec;
import org.amity.signal.DetectorConfig;
import org.amity.signal.daily.*;
import org.amity.simulate.*;

/** Scratch: where the incidents behind false country alerts happened. */
public class Littoral {
  public static void main(String[] a) throws Exception {
    DetectorConfig cfg = a.length > 1 ? withShipped(Paths.get(a[1])) : DetectorConfig.standard();
    Map<String, DetectionSpec> specs = cfg.specs().stream().collect(Collectors.toMap(DetectionSpec::name, s -> s));
    WatchJob.Options options = WatchJob.Options.standard();
    int[] tot = new int[4];
    for (String seedText : a[0].split(",")) {
      long seed = Long.parseLong(seedText);
      Path dir = Files.createTempDirectory("lit-" + seed + "-");
      SimulationResult res = new ScenarioSimulator(GdeltProfile.standard(),
          SimulationSettings.of(365, seed, LocalDate.parse("2025-01-01"), SimulationSettings.DEFAULT_ROWS_PER_DAY, null, null)).writeTo(dir.resolve("files"), true);
      List<Event> events = new ArrayList<>();
      List<Path> files;
      try (Stream<Path> s = Files.list(dir.resolve("files"))) { files = s.filter(p -> p.toString().endsWith(".export.CSV")).sorted().toList(); }
      for (Path f : files) {
        try (FileScan scan = FileScan.open(f, f.getFileName().toString(), Format.GDELT2, null)) {
          FileScan.Worker w = scan.newWorker();
          for (Event e = w.next(); e != null; e = w.next()) events.add(e);
        }
      }
      var table = SimulatedWatch.days(dir.resolve("files"), options.watchSet());
      try (Stream<Path> w = Files.walk(dir)) { w.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
      List<Incident> incidents = DailyIndicators.incidents(events);
      for (AlertRecord al : SimulatedWatch.alerts(cfg, table, options::alertsOn)) {
        if (!al.scope().equals("country")) continue;
        if (DetectionEvaluator.evaluate(res.truth(), List.of(al), "watch").falseAlerts() != 1) continue;
        DetectionSpec spec = specs.get(al.indicator());
        String c = al.subject();
        LocalDate hi = al.opened(), lo = hi.minusDays(spec.rollingPeriods() - 1);
        int[] n = new int[3];
        Map<String, Integer> sides = new TreeMap<>();
        for (Incident i : incidents) {
          IncidentKey k = i.key();
          if (k.day().isBefore(lo) || k.day().isAfter(hi)) continue;
          boolean src = c.equals(k.sourceCountry()), place = c.equals(k.actionCountry());
          if (!src && !place) continue;
          long x = 0;
          for (String col : spec.numerator().split("\\+")) x += DayCounts.of(i).count(col);
          if (x == 0) continue;
          int kind = k.seaArea() == null ? 2 : src ? 1 : 0;
          n[kind] += x;
          if (kind == 0) sides.merge(k.sourceCountry() + ">" + k.targetCountry() + "@" + k.seaArea(), (int) x, Integer::sum);
        }
        String eps = res.truth().episodes().stream().filter(e -> !e.start().minusDays(7).isAfter(hi) && !e.end().isBefore(lo) && e.seaArea() != null)
            .map(e -> e.id() + " " + e.type() + " " + String.join("-", e.parties()) + "@" + e.seaArea()).collect(Collectors.joining(" | "));
        if (spec == null) continue;
        System.out.printf("seed %d %s %s %s..%s  atSeaPlaceOnly %d atSeaSide %d land %d  top %s  seaEpisodes: %s%n", seed, c, al.indicator(), lo, hi, n[0], n[1], n[2],
            sides.entrySet().stream().sorted(Map.Entry.<String,Integer>comparingByValue().reversed()).limit(3).map(Object::toString).collect(Collectors.joining(",")), eps);
        tot[0] += n[0]; tot[1] += n[1]; tot[2] += n[2]; tot[3]++;
      }
      System.out.flush();
    }
    System.out.printf("TOTAL %d false country alerts: incidents at sea with the country only as place %d, at sea as a side %d, on land %d%n", tot[3], tot[0], tot[1], tot[2]);
  }

  /** The shipped detectors plus the specs and profiles of an experiment file. */
  static DetectorConfig withShipped(Path extra) throws Exception {
    try (var in = DetectorConfig.class.getResourceAsStream("/org/amity/signal/detectors.properties")) {
      String shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return DetectorConfig.parse(shipped + "\n" + Files.readString(extra), extra.toString());
    }
  }
}
