// Scratch driver of the twenty-sixth round (helper r26fa), not part of the build: the opening margins of
// every alert of the shipped detectors, false or not, so that a cut on the margin can be weighed against
// the detections it would cost. Same simulation as FalseAlerts.java (no counterfactuals). Run:
//   java -cp amity-app/target/amity.jar tools/signals/DetMargins.java 2001-2020 [SEEDLIST]
// Prints per alert: AL seed lens scope:subject opened class (FALSE, DETECTS:ids, RELATED) trigger ratio
// (z/zWarning or cusum/cusumWatch at the opening period) vol-ratio (the period's volume against the
// series' median volume; count series: x against the median expected) sole (whether it is the only
// alert detecting one of its episodes).
import java.lang.reflect.Method;
import java.nio.file.*;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.*;
import java.util.stream.*;
import org.amity.event.ConflictArea;
import org.amity.event.Event;
import org.amity.ingest.FileScan;
import org.amity.ingest.Format;
import org.amity.pipeline.WatchJob;
import org.amity.signal.*;
import org.amity.signal.daily.*;
import org.amity.simulate.*;

public class DetMargins {
  public static void main(String[] args) throws Exception {
    String[] r = args[0].split("-");
    long from = Long.parseLong(r[0]), to = Long.parseLong(r.length > 1 ? r[1] : r[0]);
    boolean ok = (from >= 1 && to <= 40) || (from >= 1101 && to <= 1120);
    for (int b = 2001; b <= 2601; b += 100) ok |= from >= b && to <= b + 19;
    if (!ok || from > to) throw new IllegalArgumentException("seeds 1-40, 1101-1120, 2001-2020 ... 2601-2620 only");
    Set<Long> only = args.length > 1 ? Arrays.stream(args[1].split(",")).map(Long::parseLong).collect(Collectors.toSet()) : null;
    int days = 365;
    LocalDate start = LocalDate.parse("2025-01-01");
    String shippedText;
    try (var in = DetectorConfig.class.getResourceAsStream("/org/amity/signal/detectors.properties")) { shippedText = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8); }
    DetectorConfig cfg = DetectorConfig.parse(shippedText, "shipped");
    WatchJob.Options options = WatchJob.Options.standard();
    Method day = ScenarioSimulator.class.getDeclaredMethod("day", LocalDate.class, int.class, long.class);
    day.setAccessible(true);
    Method firstId = ScenarioSimulator.class.getDeclaredMethod("firstId");
    firstId.setAccessible(true);
    Class<?> writer = Class.forName("org.amity.simulate.ExportRowWriter");
    Class<?> reportClass = Class.forName("org.amity.simulate.ExportRowWriter$Report");
    Method row = writer.getDeclaredMethod("row", reportClass);
    row.setAccessible(true);
    int total = 0;
    for (long seed = from; seed <= to; seed++) {
      if (only != null && !only.contains(seed)) continue;
      long t0 = System.currentTimeMillis();
      Path dir = Files.createTempDirectory("falsealerts-" + seed + "-");
      ScenarioSimulator sim = new ScenarioSimulator(GdeltProfile.standard(), SimulationSettings.of(days, seed, start, SimulationSettings.DEFAULT_ROWS_PER_DAY, null, null));
      Truth truth = sim.plannedTruth();
      List<Event> events = new ArrayList<>();
      List<String> origin = new ArrayList<>();
      long id = (long) firstId.invoke(sim);
      Path f = dir.resolve("day.export.CSV");
      for (int i = 0; i < days; i++) {
        LocalDate d = start.plusDays(i);
        List<?> reports = (List<?>) day.invoke(sim, d, i, id);
        try (var w = Files.newBufferedWriter(f)) {
          for (Object rep : reports) { w.write((String) row.invoke(null, rep)); w.write('\n'); }
        }
        int n0 = events.size();
        try (FileScan scan = FileScan.open(f, d.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'000000.export.CSV'")), Format.GDELT2, null)) {
          FileScan.Worker w = scan.newWorker();
          for (Event e = w.next(); e != null; e = w.next()) events.add(e);
          if (scan.failure() != null) throw scan.failure();
          if (scan.rejects().count() > 0) throw new IllegalStateException("rejected rows on " + d);
        }
        if (events.size() - n0 != reports.size()) throw new IllegalStateException("day " + d + ": row count");
        for (Object rep : reports) origin.add((String) acc(acc(rep, "incident"), "origin"));
        id += reports.size();
      }
      Files.deleteIfExists(f); Files.deleteIfExists(dir);
      IncidentSubjects subjects = IncidentSubjects.watching(options.watchSet()).withTheatres(cfg.theatres());
      List<IndicatorDay> table = DailyIndicators.of(events, subjects);
      List<AlertRecord> shipped = SimulatedWatch.alerts(cfg, table, options::alertsOn);
      Evaluation ev = DetectionEvaluator.evaluate(truth, shipped, "watch");
      Map<String, SeriesScores> full = series(cfg, table, options);
      Map<String, Integer> detectors = new HashMap<>();
      for (AlertRecord a : shipped) for (Episode e : truth.episodes()) if ((boolean) call("relates", a, e) && (boolean) call("detects", a, e)) detectors.merge(e.id(), 1, Integer::sum);
      StringBuilder out = new StringBuilder();
      for (AlertRecord a : shipped) {
        List<String> det = new ArrayList<>();
        boolean concerned = false;
        for (Episode e : truth.episodes()) {
          if ((boolean) call("concerns", a, e)) concerned = true;
          if ((boolean) call("relates", a, e) && (boolean) call("detects", a, e)) det.add(e.id());
        }
        String cls = !concerned ? "FALSE" : det.isEmpty() ? "RELATED" : "DETECTS:" + String.join(",", det);
        boolean sole = det.stream().anyMatch(x -> detectors.get(x) == 1);
        String key = a.indicator() + "|" + a.scope() + ":" + a.subject();
        SeriesScores sc = full.get(key);
        DetectionSpec spec = cfg.alertSpec(a.indicator()).orElse(null);
        String m = "no-series";
        if (sc != null && spec != null) {
          DetectorSettings st = spec.settings();
          int t = sc.periods().indexOf(a.opened());
          if (t >= 0) {
            double z = sc.scores()[t], c = sc.cusum()[t];
            boolean byZ = z >= st.zWarning();
            double[] vs = sc.volumes() == null ? Arrays.stream(sc.expected()).filter(v -> !Double.isNaN(v)).sorted().toArray() : Arrays.stream(sc.volumes()).sorted().toArray();
            double med = vs.length == 0 ? Double.NaN : vs[vs.length / 2];
            double vr = (sc.volumes() == null ? sc.values()[t] : sc.volumes()[t]) / med;
            m = String.format("trigger %s ratio %.3f z %.2f cusum %.2f volratio %.2f", byZ ? "z" : "cusum", byZ ? z / st.zWarning() : c / st.cusumWatch(), z, c, vr);
          }
        }
        out.append(String.format("AL %d %s %s:%s %s %s %s%s%n", seed, a.indicator(), a.scope(), a.subject(), a.opened(), cls, m, sole ? " SOLE" : ""));
      }
      System.out.print(out);
      System.out.printf("RUN %d detected %d/%d false %d (%.0f s)%n", seed, ev.detected(), ev.episodes(), ev.falseAlerts(), (System.currentTimeMillis() - t0) / 1000.0);
      System.out.flush();
    }
  }

  static Map<String, SeriesScores> series(DetectorConfig cfg, List<IndicatorDay> table, WatchJob.Options options) {
    Map<String, SeriesScores> out = new HashMap<>();
    SeriesDetection.forEachSeries(cfg, table, (spec, sub, in) -> {
      SeriesScores s = SeriesDetection.scores(spec, sub.name(), in, options.alertsOn(sub.scope(), sub.name()));
      if (s != null) out.put(spec.name() + "|" + sub.scope().key() + ":" + sub.name(), s);
    });
    return out;
  }

  static List<String> countries(AlertRecord a) {
    return switch (a.scope()) {
      case "country" -> List.of(a.subject());
      case "theatre" -> ConflictArea.parse(a.subject()).map(x -> List.of(x.country())).orElse(List.of());
      case "dyad" -> Arrays.asList(a.subject().split("[->]"));
      default -> List.of();
    };
  }

  static Object call(String name, AlertRecord a, Episode e) {
    try {
      Method m = Class.forName("org.amity.simulate.AlertMatcher").getDeclaredMethod(name, AlertRecord.class, Episode.class);
      m.setAccessible(true);
      return m.invoke(null, a, e);
    } catch (Exception x) { throw new RuntimeException(x); }
  }

  static Object acc(Object o, String name) throws Exception {
    Method m = o.getClass().getDeclaredMethod(name);
    m.setAccessible(true);
    return m.invoke(o);
  }
}
