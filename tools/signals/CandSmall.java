// CandFalse.java of the twenty-sixth round (helper r26fa) with the spent ranges 2701-2820 allowed
// (twenty-seventh round, helper r27small); run with -Djava.io.tmpdir set to a scratch directory.
// Scratch driver, not part of the build: the shipped detectors
// against candidates (FILE: properties keys added to or replacing the shipped detectors.properties), seed
// by seed, and the opening margin of every alert. Same simulation as FalseAlerts.java. Run:
//   java -cp amity-app/target/amity.jar tools/signals/CandFalse.java 2001-2020 FILE[,FILE...]
// Prints per seed and configuration CFG (shipped, then each FILE): RUN (detected, false, whether the seed
// meets all three targets); per alert of the shipped detectors AL (lens, subject, opened, FALSE /
// DETECTS:ids / RELATED, trigger, ratio to the limit, SOLE when it is an episode's only detection);
// per candidate LOST (episodes the shipped detectors detect and it does not), GONE (shipped false alerts
// it does not raise: same lens, subject, opening within 3 days) and NEW (its false alerts not shipped).
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

public class CandSmall {
  public static void main(String[] args) throws Exception {
    String[] r = args[0].split("-");
    long from = Long.parseLong(r[0]), to = Long.parseLong(r.length > 1 ? r[1] : r[0]);
    boolean ok = (from >= 1 && to <= 20) || (from >= 1101 && to <= 1120);
    for (int b = 2001; b <= 2801; b += 100) ok |= from >= b && to <= b + 19;
    if (!ok || from > to) throw new IllegalArgumentException("seeds 1-20, 1101-1120, 2001-2020 ... 2801-2820 only");
    Set<Long> only = null;
    List<String> names = new ArrayList<>(List.of("shipped"));
    List<DetectorConfig> cfgs = new ArrayList<>();
    int days = 365;
    LocalDate start = LocalDate.parse("2025-01-01");
    String shippedText;
    try (var in = DetectorConfig.class.getResourceAsStream("/org/amity/signal/detectors.properties")) { shippedText = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8); }
    DetectorConfig cfg = DetectorConfig.parse(shippedText, "shipped");
    cfgs.add(cfg);
    for (String file : args[1].split(",")) { names.add(file); cfgs.add(DetectorConfig.parse(merge(shippedText, Files.readString(Path.of(file))), file)); }
    int[] tDet = new int[cfgs.size()], tFal = new int[cfgs.size()], tAll = new int[cfgs.size()];
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
      List<AlertRecord> shippedFalse = shipped.stream().filter(a -> truth.episodes().stream().noneMatch(e -> (boolean) call("concerns", a, e))).toList();
      Set<String> shippedDet = ev.detail().stream().filter(x -> x.detected()).map(x -> x.id()).collect(Collectors.toSet());
      StringBuilder cand = new StringBuilder();
      for (int ci = 0; ci < cfgs.size(); ci++) {
        List<AlertRecord> al = ci == 0 ? shipped : SimulatedWatch.alerts(cfgs.get(ci), table, options::alertsOn);
        Evaluation e2 = ci == 0 ? ev : DetectionEvaluator.evaluate(truth, al, "watch");
        boolean pass = e2.recall() >= 0.9 && (e2.precision() == null || e2.precision() >= 0.8) && e2.falseAlertsPerCountryYear() <= 0.3 + 1e-9;
        tDet[ci] += e2.detected(); tFal[ci] += e2.falseAlerts(); tAll[ci] += pass ? 1 : 0;
        cand.append(String.format("RUN %d %s detected %d/%d false %d %s by lens %s%n", seed, names.get(ci), e2.detected(), e2.episodes(), e2.falseAlerts(), pass ? "ok" : "FAILS", e2.falseAlertsByLens()));
        if (ci == 0) continue;
        Set<String> det2 = e2.detail().stream().filter(x -> x.detected()).map(x -> x.id()).collect(Collectors.toSet());
        for (String idd : shippedDet) if (!det2.contains(idd)) cand.append(String.format("LOST %d %s %s%n", seed, names.get(ci), truth.episodes().stream().filter(x -> x.id().equals(idd)).map(x -> x.id() + " " + x.type() + " " + x.strength() + " " + String.join("-", x.parties())).findFirst().orElse(idd)));
        for (String idd : det2) if (!shippedDet.contains(idd)) cand.append(String.format("WON %d %s %s%n", seed, names.get(ci), idd));
        List<AlertRecord> f2 = al.stream().filter(a -> truth.episodes().stream().noneMatch(e -> (boolean) call("concerns", a, e))).toList();
        for (AlertRecord a : shippedFalse) if (f2.stream().noneMatch(b2 -> same(a, b2))) cand.append(String.format("GONE %d %s %s %s:%s %s%n", seed, names.get(ci), a.indicator(), a.scope(), a.subject(), a.opened()));
        for (AlertRecord a : f2) if (shippedFalse.stream().noneMatch(b2 -> same(a, b2))) cand.append(String.format("NEW %d %s %s %s:%s %s%n", seed, names.get(ci), a.indicator(), a.scope(), a.subject(), a.opened()));
      }
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
      System.out.print(cand);
      System.out.printf("TIME %d %.0f s%n", seed, (System.currentTimeMillis() - t0) / 1000.0);
      System.out.flush();
    }
    for (int ci = 0; ci < cfgs.size(); ci++) System.out.printf("TOTAL %s detected %d false %d all three %d%n", names.get(ci), tDet[ci], tFal[ci], tAll[ci]);
  }

  static Map<String, SeriesScores> series(DetectorConfig cfg, List<IndicatorDay> table, WatchJob.Options options) {
    Map<String, SeriesScores> out = new HashMap<>();
    SeriesDetection.forEachSeries(cfg, table, (spec, sub, in) -> {
      SeriesScores s = SeriesDetection.scores(spec, sub.name(), in, options.alertsOn(sub.scope(), sub.name()));
      if (s != null) out.put(spec.name() + "|" + sub.scope().key() + ":" + sub.name(), s);
    });
    return out;
  }

  static boolean same(AlertRecord a, AlertRecord b) {
    return a.indicator().equals(b.indicator()) && a.scope().equals(b.scope()) && a.subject().equals(b.subject()) && Math.abs(ChronoUnit.DAYS.between(a.opened(), b.opened())) <= 3;
  }

  /** The shipped file with FILE's keys: a key of both takes FILE's value; FILE's other lines are appended. */
  static String merge(String shipped, String extra) {
    Map<String, String> add = new LinkedHashMap<>();
    for (String line : extra.split("\n")) {
      String t = line.trim();
      if (t.isEmpty() || t.startsWith("#") || !t.contains("=")) continue;
      add.put(t.substring(0, t.indexOf('=')).trim(), t.substring(t.indexOf('=') + 1).trim());
    }
    StringBuilder out = new StringBuilder();
    for (String line : shipped.split("\n")) {
      String t = line.trim();
      if (!t.startsWith("#") && t.contains("=")) {
        String key = t.substring(0, t.indexOf('=')).trim();
        if (add.containsKey(key)) { out.append(key).append(" = ").append(add.remove(key)).append('\n'); continue; }
      }
      out.append(line).append('\n');
    }
    add.forEach((key, v) -> out.append(key).append(" = ").append(v).append('\n'));
    return out.toString();
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
