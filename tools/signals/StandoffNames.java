// Scratch driver of issue 14 (twenty-third round, helper r23c), not part of the build: the candidate
// of docs/records/twenty-third-round/standoffs.txt (defined and committed there before any run).
//   java -cp JAR tools/signals/StandoffNames.java 1-20 1.0,1.1,1.25,1.5 [history]
// The candidate: the South China Sea's place-name rule (SeaArea.ofPlaceName) also knows the sea's
// named parts that lie inside the product's own polygon but that the rule does not name: the Gulf of
// Tonkin (also "Tonkin Gulf", "Beibu Gulf") and the Natuna Sea ("North Natuna Sea", "Laut Natuna").
// A report placed at such a name with no sea area is given SOUTH_CHINA_SEA, everything else as
// parsed; then the shipped detectors (every spec, the rebels' lens, the pooled lens) are run on the
// re-placed events. With a scale s, the limits of every area-scope spec and the pooled lens's limit
// are multiplied by s on SOUTH_CHINA_SEA only (the other areas' alerts as shipped). Alerts scored with
// DetectionEvaluator; with "history": two years from 2025-01-01, scored from 2026-01-01.
// Prints per seed RUN lines (shipped; each scale: recall, false alerts, missed episodes, the alerts
// added or lost against shipped, each FALSE or not), STANDOFF lines (every standoff: detected shipped
// / at each scale; sea_incidents_7d best z and the pooled pair's best CUSUM before and after), the
// number of reports re-placed; TOTAL lines at the end.
import java.lang.reflect.RecordComponent;
import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;
import java.util.stream.*;
import org.amity.event.Event;
import org.amity.event.Location;
import org.amity.ingest.FileScan;
import org.amity.ingest.Format;
import org.amity.pipeline.WatchJob;
import org.amity.signal.*;
import org.amity.signal.daily.*;
import org.amity.simulate.*;

public class StandoffNames {
  static final String SCS = "SOUTH_CHINA_SEA";
  static final List<String> NAMES = List.of("gulf of tonkin", "tonkin gulf", "beibu gulf", "natuna sea", "laut natuna");

  static boolean named(String name) {
    if (name == null) return false;
    String n = name.toLowerCase(Locale.ROOT);
    return NAMES.stream().anyMatch(n::contains);
  }

  public static void main(String[] args) throws Exception {
    String[] r = args[0].split("-");
    long from = Long.parseLong(r[0]), to = Long.parseLong(r.length > 1 ? r[1] : r[0]);
    double[] scales = Arrays.stream(args[1].split(",")).mapToDouble(Double::parseDouble).toArray();
    boolean historyRun = args.length > 2 && args[2].equals("history");
    int days = historyRun ? 730 : 365;
    LocalDate scoredFrom = historyRun ? LocalDate.parse("2026-01-01") : null;
    LocalDate start = LocalDate.parse("2025-01-01");
    System.out.println("MODE standoff names " + NAMES + ", " + (historyRun ? "two years from 2025-01-01, scored from 2026-01-01" : "one year from 2025-01-01"));
    String text;
    try (var in = DetectorConfig.class.getResourceAsStream("/org/amity/signal/detectors.properties")) { text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8); }
    DetectorConfig cfg = DetectorConfig.standard();
    DetectorConfig[] scaled = new DetectorConfig[scales.length];
    for (int i = 0; i < scales.length; i++) {
      StringBuilder t = new StringBuilder(text.replace("pool.sea_dyad_7d.limit = 4\n", "pool.sea_dyad_7d.limit = " + (4 * scales[i]) + "\n"));
      if (t.toString().equals(text)) throw new IllegalStateException("pool limit line not found");
      for (DetectionSpec s : cfg.specs()) if (s.scope() == Scope.AREA) t.append("\nspec.").append(s.name()).append(".limitsScale = ").append(scales[i]).append("\n");
      scaled[i] = DetectorConfig.parse(t.toString(), "scaled " + scales[i]);
    }
    PooledLens pool = cfg.pools().get(0);
    WatchJob.Options options = WatchJob.Options.standard();
    int k = scales.length + 1;
    int[] det = new int[k], fal = new int[k], all3 = new int[k], eps = new int[1], sdet = new int[k], seps = new int[1];
    RecordComponent[] rc = Event.class.getRecordComponents();
    var ctor = Event.class.getDeclaredConstructor(Arrays.stream(rc).map(RecordComponent::getType).toArray(Class[]::new));
    for (long seed = from; seed <= to; seed++) {
      Path dir = Files.createTempDirectory("standoffnames-" + seed + "-");
      ScenarioSimulator sim = new ScenarioSimulator(GdeltProfile.standard(), SimulationSettings.of(days, seed, start, SimulationSettings.DEFAULT_ROWS_PER_DAY, null, null));
      SimulationResult res = sim.writeTo(dir.resolve("files"), true);
      List<Event> events = new ArrayList<>(), moved = new ArrayList<>();
      int replaced = 0, replacedMc = 0;
      Map<String, Integer> replacedNames = new TreeMap<>();
      try (Stream<Path> files = Files.list(dir.resolve("files"))) {
        for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".export.CSV")).sorted().toList()) {
          try (FileScan scan = FileScan.open(f, f.getFileName().toString(), Format.GDELT2, null)) {
            FileScan.Worker w = scan.newWorker();
            for (Event e = w.next(); e != null; e = w.next()) {
              events.add(e);
              Location l = e.action();
              if (l.seaArea() == null && named(l.name())) {
                Object[] v = new Object[rc.length];
                for (int i = 0; i < rc.length; i++) v[i] = rc[i].getAccessor().invoke(e);
                for (int i = 0; i < rc.length; i++) if (rc[i].getName().equals("action")) v[i] = new Location(l.country(), l.adm1(), l.latitude(), l.longitude(), l.precision(), l.name(), SCS);
                moved.add((Event) ctor.newInstance(v));
                replaced++; if (e.quadClass().number() == 4) replacedMc++;
                replacedNames.merge(l.name(), 1, Integer::sum);
              } else moved.add(e);
            }
            if (scan.failure() != null) throw scan.failure();
          }
        }
      }
      try (Stream<Path> w = Files.walk(dir)) { w.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
      Truth truth = res.truth();
      IncidentSubjects subjects = IncidentSubjects.watching(options.watchSet()).withTheatres(cfg.theatres());
      List<IndicatorDay> table = DailyIndicators.of(events, subjects), table2 = DailyIndicators.of(moved, subjects);
      List<AlertRecord> shipped = SimulatedWatch.alerts(cfg, table, options::alertsOn);
      List<AlertRecord> moved1 = SimulatedWatch.alerts(cfg, table2, options::alertsOn);
      StringBuilder out = new StringBuilder(String.format("seed %d re-placed reports %d (material conflict %d) %s", seed, replaced, replacedMc, replacedNames));
      List<List<AlertRecord>> runs = new ArrayList<>();
      runs.add(shipped);
      for (int s = 0; s < scales.length; s++) {
        List<AlertRecord> a = new ArrayList<>();
        for (AlertRecord x : moved1) if (!(x.scope().equals(Scope.AREA.key()) && x.subject().equals(SCS))) a.add(x);
        for (AlertRecord x : SimulatedWatch.alerts(scaled[s], table2, options::alertsOn)) if (x.scope().equals(Scope.AREA.key()) && x.subject().equals(SCS)) a.add(x);
        runs.add(a);
      }
      List<Set<String>> detectedBy = new ArrayList<>();
      for (int li = 0; li < k; li++) {
        List<AlertRecord> alerts = runs.get(li);
        Evaluation ev = DetectionEvaluator.evaluateFrom(truth, alerts, "watch", scoredFrom);
        det[li] += ev.detected(); fal[li] += ev.falseAlerts(); if (li == 0) eps[0] += ev.episodes();
        boolean ok = ev.recall() >= 0.9 && (ev.precision() == null || ev.precision() >= 0.8) && ev.falseAlertsPerCountryYear() <= 0.3 + 1e-9;
        all3[li] += ok ? 1 : 0;
        Set<String> d = ev.detail().stream().filter(x -> x.detected()).map(x -> x.id()).collect(Collectors.toSet());
        detectedBy.add(d);
        for (var x : ev.detail()) if (x.type().equals(EpisodeType.MARITIME_STANDOFF.name()) || x.type().equalsIgnoreCase("maritime_standoff")) { if (li == 0) seps[0]++; if (x.detected()) sdet[li]++; }
        String missed = ev.detail().stream().filter(x -> !x.detected()).map(x -> x.id() + " " + x.type() + " " + x.strength() + " " + String.join("-", x.parties())).collect(Collectors.joining("; "));
        out.append(String.format("%n  RUN %-9s recall %.3f false %d (%.3f/cy) by subject %s%s missed: %s", li == 0 ? "shipped" : "s=" + scales[li - 1], ev.recall(), ev.falseAlerts(), ev.falseAlertsPerCountryYear(), ev.falseAlertsBySubject(), ok ? " ok" : "", missed));
        if (li > 0) {
          Set<String> base = shipped.stream().map(StandoffNames::key).collect(Collectors.toSet()), now = alerts.stream().map(StandoffNames::key).collect(Collectors.toSet());
          for (AlertRecord ar : alerts) if (!base.contains(key(ar)) && (scoredFrom == null || !ar.opened().isBefore(scoredFrom)))
            out.append(String.format("%n      added %s %s", DetectionEvaluator.evaluateFrom(truth, List.of(ar), "watch", scoredFrom).falseAlerts() == 1 ? "FALSE" : "related", key(ar)));
          for (AlertRecord ar : shipped) if (!now.contains(key(ar)) && (scoredFrom == null || !ar.opened().isBefore(scoredFrom)))
            out.append(String.format("%n      lost  %s %s", DetectionEvaluator.evaluateFrom(truth, List.of(ar), "watch", scoredFrom).falseAlerts() == 1 ? "FALSE" : "related", key(ar)));
        }
      }
      // the standoffs: shipped and candidate, with the sea lens and the pooled pair before and after
      Map<String, SeriesScores> before = lenses(cfg, table), after = lenses(cfg, table2);
      for (Episode ep : truth.episodes()) {
        if (ep.type() != EpisodeType.MARITIME_STANDOFF) continue;
        if (scoredFrom != null && ep.start().isBefore(scoredFrom)) continue;
        String a = ep.parties().get(0), b = ep.parties().get(1);
        String dy = a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
        StringBuilder d = new StringBuilder();
        for (int li = 0; li < k; li++) d.append(li == 0 ? "shipped " : " s=" + scales[li - 1] + " ").append(detectedBy.get(li).contains(ep.id()) ? "DET" : "miss");
        out.append(String.format("%n  STANDOFF %s %s %s %s | %s | sea7 z %.2f -> %.2f, cusum %.1f -> %.1f | pool pair cusum %.2f -> %.2f",
            ep.id(), ep.strength(), dy, ep.setting(), d, best(before.get("sea_incidents_7d|" + SCS), ep)[0], best(after.get("sea_incidents_7d|" + SCS), ep)[0],
            best(before.get("sea_incidents_7d|" + SCS), ep)[1], best(after.get("sea_incidents_7d|" + SCS), ep)[1], pair(pool, before, dy, ep), pair(pool, after, dy, ep)));
      }
      System.out.println(out); System.out.flush();
    }
    for (int li = 0; li < k; li++)
      System.out.printf("TOTAL %-9s detected %d/%d false %d all three %d | standoffs detected %d/%d%n", li == 0 ? "shipped" : "s=" + scales[li - 1], det[li], eps[0], fal[li], all3[li], sdet[li], seps[0]);
  }

  static String key(AlertRecord a) {
    return a.indicator() + "/" + a.scope() + "/" + a.subject() + "@" + a.opened() + ".." + a.closed();
  }

  static Map<String, SeriesScores> lenses(DetectorConfig cfg, List<IndicatorDay> table) {
    Map<String, SeriesScores> lens = new HashMap<>();
    SeriesDetection.forEachSeries(cfg, table, (spec, s, in) -> {
      if (spec.resolution() != Resolution.DAY || in == null || in.volume() < spec.minSubjectVolume()) return;
      if (!spec.name().equals("sea_incidents_7d") && !spec.name().equals("dyad_conflict_7d")) return;
      lens.put(spec.name() + "|" + s.name(), spec.score(in.periods(), in.numerator(), in.denominator()));
    });
    return lens;
  }

  static double pair(PooledLens pool, Map<String, SeriesScores> lens, String dy, Episode ep) {
    SeriesScores as = lens.get("sea_incidents_7d|" + SCS), ds = lens.get("dyad_conflict_7d|" + dy);
    if (as == null || ds == null) return Double.NaN;
    return best(pool.score(as, Map.of(dy, ds)).scores(), ep)[1];
  }

  static double[] best(SeriesScores sc, Episode ep) {
    if (sc == null) return new double[] {Double.NaN, Double.NaN};
    double bz = 0, bc = 0;
    for (int i = 0; i < sc.size(); i++) {
      LocalDate p = sc.periods().get(i);
      if (p.isBefore(ep.start().minusDays(7)) || p.isAfter(ep.end()) || Double.isNaN(sc.expected()[i])) continue;
      bz = Math.max(bz, sc.scores()[i]); bc = Math.max(bc, sc.cusum()[i]);
    }
    return new double[] {bz, bc};
  }
}
