// Scratch driver of issue 14 (twenty-fourth round, helper r24coerce), not part of the build. Run from
// the repository root:
//   java -cp JAR tools/signals/Coercion.java 1-20 [history] [CANDIDATE]
// Why does the state-coercion lens coercion_7d raise false alerts on the simulated design seeds?
// Simulates each seed day by day through ScenarioSimulator.day (reflection, as Pirates.java) so every
// report keeps the origin the simulator gave its incident (background:ISO3, chronic:SETTING or an
// episode id), parses the written files as the product does, builds the daily table with
// DailyIndicators and scores the shipped detectors with SimulatedWatch.alerts and DetectionEvaluator.
// With "history": two simulated years from 2025-01-01, scored from 2026-01-01 (evaluateFrom), as
// `evaluate --history 365 --start 2026-01-01`.
// Prints per seed:
//  SEED   the shipped evaluation (recall, false alerts, by lens);
//  FALSE  every false coercion_7d alert: opening day, how it opened (single sum or CUSUM), sum,
//         volume, expected, baseline share, score, CUSUM; the coercion incidents counted for the
//         country in the opening week by origin (own background, another member's background in
//         which the country is a side, chronic setting, an episode with its type, parties and the
//         country's role in it), by code group (15 force posture, 172x restrictions and emergency
//         rule, 175 repression), at sea or on land, by the source's role (the last three letters of
//         its CAMEO actor code) and whether the country's own actor is the source; the same per
//         seven days over the 28 days before the guard; the country's incidents in the week and per
//         seven days in the baseline; decoys, quiet stretches and the country's episodes near it;
//         the scores of the ten days before the opening;
//  DETECT every episode a coercion_7d alert detects, with the lenses that detect it, ONLY when no
//         other lens does (with the opening sum, expected, score and CUSUM of the coercion alert);
//  MISS   every episode the shipped detectors miss.
// At the end, CAL lines: per country, on days outside every episode the country is a party to or
// involved in (start - 7 to end + 21) where the lens scores: days, mean expected count, share of days
// with expected < 1 and < 5, the variance of the binomial standardised excess around the baseline
// share and around the year's null share, P(z > 3) of each, P(score >= 3), P(score >= 4.5), and the
// mean weekly coercion count by origin class; then TOTAL lines.
// CANDIDATE (optional third or second argument): defined in
// docs/records/twenty-fourth-round/coercion.txt before any run; see the section marked CANDIDATE.
import java.lang.reflect.Method;
import java.nio.file.*;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.*;
import java.util.stream.*;
import org.amity.event.Event;
import org.amity.ingest.FileScan;
import org.amity.ingest.Format;
import org.amity.pipeline.WatchJob;
import org.amity.signal.*;
import org.amity.signal.daily.*;
import org.amity.simulate.*;

public class Coercion {
  static final String LENS = "coercion_7d";

  /** One coercion incident counted for a country. */
  record Co(LocalDate day, String origin, String code, boolean sea, String srcRole, boolean own, String srcCode, String tgtCode) {}

  public static void main(String[] args) throws Exception {
    String[] r = args[0].split("-");
    long from = Long.parseLong(r[0]), to = Long.parseLong(r.length > 1 ? r[1] : r[0]);
    boolean historyRun = Arrays.asList(args).contains("history");
    String candidate = Arrays.stream(args).skip(1).filter(a -> !a.equals("history")).findFirst().orElse(null);
    int days = historyRun ? 730 : 365;
    LocalDate scoredFrom = historyRun ? LocalDate.parse("2026-01-01") : null;
    System.out.println("MODE " + (historyRun ? "two years from 2025-01-01, scored from 2026-01-01" : "one year from 2025-01-01") + (candidate == null ? "" : ", candidate " + candidate));
    // -Dconfig=FILE: a full detector file instead of the shipped one (the candidate's file, to read its own alerts)
    String cfgFile = System.getProperty("config");
    DetectorConfig cfg = cfgFile == null ? DetectorConfig.standard() : DetectorConfig.parse(Files.readString(Path.of(cfgFile)), cfgFile);
    if (cfgFile != null) System.out.println("CONFIG " + cfgFile);
    DetectionSpec lens = cfg.specs().stream().filter(s -> s.name().equals(LENS)).findFirst().orElseThrow();
    WatchJob.Options options = WatchJob.Options.standard();
    Method day = ScenarioSimulator.class.getDeclaredMethod("day", LocalDate.class, int.class, long.class);
    day.setAccessible(true);
    Method firstId = ScenarioSimulator.class.getDeclaredMethod("firstId");
    firstId.setAccessible(true);
    Map<String, double[]> cal = new TreeMap<>();
    Map<String, Map<String, Double>> calOrigin = new TreeMap<>();
    Map<String, Integer> falseOrigin = new TreeMap<>();
    int det = 0, eps = 0, fal = 0, falCo = 0, all3 = 0, coOnly = 0, coDet = 0;
    Map<String, int[]> candTotals = new LinkedHashMap<>();
    for (long seed = from; seed <= to; seed++) {
      Path dir = Files.createTempDirectory("coercion-" + seed + "-");
      LocalDate start = LocalDate.parse("2025-01-01");
      ScenarioSimulator sim = new ScenarioSimulator(GdeltProfile.standard(), SimulationSettings.of(days, seed, start, SimulationSettings.DEFAULT_ROWS_PER_DAY, null, null));
      SimulationResult res = sim.writeTo(dir.resolve("files"), true);
      List<Event> events = new ArrayList<>();
      List<String> origin = new ArrayList<>();
      long id = (long) firstId.invoke(sim);
      for (int i = 0; i < days; i++) {
        LocalDate d = start.plusDays(i);
        Path f = dir.resolve("files").resolve(d.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'000000.export.CSV'")));
        List<?> reports = (List<?>) day.invoke(sim, d, i, id);
        int n0 = events.size();
        try (FileScan scan = FileScan.open(f, f.getFileName().toString(), Format.GDELT2, null)) {
          FileScan.Worker w = scan.newWorker();
          for (Event e = w.next(); e != null; e = w.next()) events.add(e);
          if (scan.failure() != null) throw scan.failure();
        }
        if (events.size() - n0 != reports.size()) throw new IllegalStateException("day " + d + ": " + (events.size() - n0) + " rows, " + reports.size() + " reports");
        for (int j = 0; j < reports.size(); j++) {
          Object rep = reports.get(j);
          long rid = (long) acc(rep, "id");
          if (!events.get(n0 + j).nativeId().equals(Long.toString(rid))) throw new IllegalStateException("id mismatch " + rid);
          origin.add((String) acc(acc(rep, "incident"), "origin"));
        }
        id += reports.size();
      }
      try (Stream<Path> w = Files.walk(dir)) { w.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
      Truth truth = res.truth();
      Map<String, Episode> byId = new HashMap<>();
      truth.episodes().forEach(e -> byId.put(e.id(), e));
      IncidentSubjects subjects = IncidentSubjects.watching(options.watchSet()).withTheatres(cfg.theatres());
      List<IndicatorDay> table = DailyIndicators.of(events, subjects);
      // every incident with the origin of its first report; the coercion ones per country
      Map<IncidentKey, Incident> inc = new LinkedHashMap<>();
      Map<IncidentKey, String> incOrigin = new HashMap<>();
      for (int i = 0; i < events.size(); i++) {
        Incident one = Incident.of(events.get(i));
        inc.merge(one.key(), one, Incident::plus);
        incOrigin.putIfAbsent(one.key(), origin.get(i));
      }
      Map<String, List<Co>> co = new HashMap<>();
      Map<String, Map<LocalDate, Map<String, Integer>>> volByOrigin = new HashMap<>();
      for (Incident i : inc.values()) {
        IncidentKey k = i.key();
        String o = incOrigin.get(k);
        for (Subject s : subjects.of(i)) {
          if (s.scope() != Scope.COUNTRY) continue;
          String c = s.name();
          volByOrigin.computeIfAbsent(c, x -> new HashMap<>()).computeIfAbsent(k.day(), x -> new TreeMap<>()).merge(originClass(o, c, byId), 1, Integer::sum);
          if (!i.coercion()) continue;
          co.computeIfAbsent(c, x -> new ArrayList<>()).add(new Co(k.day(), o, k.eventCode(), k.seaArea() != null, role(k.sourceCode()), c.equals(k.sourceCountry()), k.sourceCode(), k.targetCode()));
        }
      }
      List<AlertRecord> shipped = SimulatedWatch.alerts(cfg, table, options::alertsOn);
      List<AlertRecord> reference = cfgFile == null ? shipped : SimulatedWatch.alerts(DetectorConfig.standard(), table, options::alertsOn);
      Evaluation ev = DetectionEvaluator.evaluateFrom(truth, shipped, "watch", scoredFrom);
      det += ev.detected(); eps += ev.episodes(); fal += ev.falseAlerts();
      boolean ok = ok(ev);
      all3 += ok ? 1 : 0;
      falCo += ev.falseAlertsByLens().getOrDefault(LENS, 0);
      StringBuilder out = new StringBuilder(String.format("SEED %d shipped detected %d/%d false %d (%.3f/cy) precision %s%s by lens %s by subject %s", seed, ev.detected(), ev.episodes(), ev.falseAlerts(), ev.falseAlertsPerCountryYear(), ev.precision(), ok ? " ALL3" : "", ev.falseAlertsByLens(), ev.falseAlertsBySubject()));
      // the lens's scores per country
      Map<String, SeriesScores> scores = new TreeMap<>();
      Map<String, DetectorInput> inputs = new TreeMap<>();
      SeriesDetection.forEachSeries(cfg, table, (spec, s, in) -> {
        if (!spec.name().equals(LENS)) return;
        SeriesScores sc = SeriesDetection.scores(spec, s.name(), in, options.alertsOn(s.scope(), s.name()));
        if (sc != null) { scores.put(s.name(), sc); inputs.put(s.name(), in); }
      });
      double zw = lens.settings().zWarning();
      for (AlertRecord ar : shipped) {
        if (!ar.indicator().equals(LENS)) continue;
        if (scoredFrom != null && ar.opened().isBefore(scoredFrom)) continue;
        if (DetectionEvaluator.evaluateFrom(truth, List.of(ar), "watch", scoredFrom).falseAlerts() != 1) continue;
        String c = ar.subject();
        SeriesScores sc = scores.get(c);
        int t = sc.periods().indexOf(ar.opened());
        int last = ar.closed() == null ? sc.size() - 1 : Math.min(sc.size() - 1, sc.periods().indexOf(ar.closed()));
        int peak = t;
        for (int i = t; i <= last; i++) if (sc.scores()[i] > sc.scores()[peak]) peak = i;
        String how = sc.scores()[t] >= zw ? "by sum" : "by CUSUM";
        if (Boolean.getBoolean("alerts")) out.append("\n  ALERTS of the lens on " + c + ": " + shipped.stream().filter(x -> x.indicator().equals(LENS) && x.subject().equals(c)).map(x -> x.opened() + ".." + x.closed() + " " + x.peakLevel()).collect(Collectors.joining("; "))
            + (cfgFile == null ? "" : " | the shipped detectors' on it: " + reference.stream().filter(x -> x.indicator().equals(LENS) && x.subject().equals(c)).map(x -> x.opened() + ".." + x.closed() + " " + x.peakLevel()).collect(Collectors.joining("; "))));
        double pNull = nullShare(inputs.get(c), truth, c);
        out.append(String.format("%n  FALSE %s %s..%s peak %s %s | open: x %.0f vol %.0f e %.2f p %.5f score %.2f cusum %.1f | peak: x %.0f e %.2f score %.2f | null-year share %.5f (e at it %.2f)",
            c, ar.opened(), ar.closed(), ar.peakLevel(), how, sc.values()[t], sc.volumes()[t], sc.expected()[t], sc.baselineShare()[t], sc.scores()[t], sc.cusum()[t],
            sc.values()[peak], sc.expected()[peak], sc.scores()[peak], pNull, pNull * sc.volumes()[t]));
        LocalDate op = ar.opened();
        Map<String, Integer> wk = new TreeMap<>(), codes = new TreeMap<>(), roles = new TreeMap<>();
        Map<String, Integer> bl = new TreeMap<>();
        int sea = 0, own = 0, n = 0;
        for (Co x : co.getOrDefault(c, List.of())) {
          long dd = ChronoUnit.DAYS.between(x.day(), op);
          String oc = originClass(x.origin(), c, byId);
          if (dd >= 0 && dd < 7) {
            n++;
            wk.merge(oc, 1, Integer::sum);
            codes.merge(group(x.code()), 1, Integer::sum);
            roles.merge(x.srcRole(), 1, Integer::sum);
            if (x.sea()) sea++;
            if (x.own()) own++;
            falseOrigin.merge(oc.replaceAll(" .*", "").replaceAll("\\(.*", ""), 1, Integer::sum);
          } else if (dd >= 7 && dd < 35) bl.merge(oc, 1, Integer::sum);
        }
        Map<String, Integer> vw = new TreeMap<>(), vb = new TreeMap<>();
        for (var e : volByOrigin.getOrDefault(c, Map.of()).entrySet()) {
          long dd = ChronoUnit.DAYS.between(e.getKey(), op);
          for (var o : e.getValue().entrySet()) {
            String oc = o.getKey().startsWith("ep ") || o.getKey().startsWith("chronic") ? o.getKey() : o.getKey().replaceAll(" .*", "");
            if (dd >= 0 && dd < 7) vw.merge(oc, o.getValue(), Integer::sum);
            else if (dd >= 7 && dd < 35) vb.merge(oc, o.getValue(), Integer::sum);
          }
        }
        out.append(String.format("%n        opening week's coercion incidents (%d): by origin %s | codes %s | source roles %s | at sea %d | the country's own actor as source %d", n, wk, codes, roles, sea, own));
        out.append(String.format("%n        28 days before the guard, coercion per 7 days: %s", per7(bl)));
        out.append(String.format("%n        the country's incidents: opening week %s | per 7 days before %s", vw, per7(vb)));
        String near = truth.episodes().stream().filter(e -> e.involved().contains(c) && !op.isBefore(e.start().minusDays(45)) && !op.isAfter(e.end().plusDays(45)))
            .map(e -> e.id() + " " + e.type() + " " + e.strength() + " " + String.join("-", e.parties()) + " involved " + e.involved() + " " + e.start() + ".." + e.end()).collect(Collectors.joining("; "));
        String decoys = truth.decoys().stream().filter(dc -> dc.subject().equals(c) && !dc.start().isAfter(op) && !dc.end().plusDays(35).isBefore(op.minusDays(7)))
            .map(dc -> dc.story() + " x" + dc.factor() + " " + dc.start() + ".." + dc.end()).collect(Collectors.joining("; "));
        String quiet = truth.quiet().stream().filter(q -> !q.start().isAfter(op) && !q.end().plusDays(35).isBefore(op.minusDays(7)))
            .map(q -> q.start() + ".." + q.end() + " x" + q.factor()).collect(Collectors.joining("; "));
        out.append(String.format("%n        episodes of the country within 45 days: %s | decoys %s | quiet %s", near.isEmpty() ? "none" : near, decoys.isEmpty() ? "none" : decoys, quiet.isEmpty() ? "none" : quiet));
        StringBuilder b = new StringBuilder("        scores of the ten days before and the opening:");
        for (int i = Math.max(0, t - 10); i <= t; i++) b.append(String.format(" %.1f/%.0f", sc.scores()[i], sc.values()[i]));
        out.append("\n").append(b);
        if (Boolean.getBoolean("incidents")) {
          for (Co x : co.getOrDefault(c, List.of())) {
            long dd = ChronoUnit.DAYS.between(x.day(), op);
            if (dd >= 0 && dd < 7) out.append(String.format("%n          %s %s %s>%s %s %s", x.day(), x.code(), x.srcCode(), x.tgtCode(), x.sea() ? "sea" : "land", x.origin()));
          }
        }
      }
      // what the lens detects, and what only it detects
      for (Episode ep : truth.episodes()) {
        if (scoredFrom != null && ep.start().isBefore(scoredFrom)) continue;
        Set<String> by = new TreeSet<>();
        AlertRecord coAlert = null;
        for (AlertRecord ar : shipped) {
          Truth one = truth;
          Evaluation e1 = DetectionEvaluator.evaluateFrom(new Truth(truth.generator(), truth.seed(), truth.start(), truth.end(), truth.days(), truth.rowsPerDay(), List.of(ep), List.of(), List.of(), List.of()), List.of(ar), "watch", scoredFrom);
          if (e1.detected() == 1) {
            by.add(ar.indicator());
            if (ar.indicator().equals(LENS) && coAlert == null) coAlert = ar;
          }
        }
        if (by.isEmpty()) {
          out.append(String.format("%n  MISS %s %s %s %s rel %.3f %s..%s", ep.id(), ep.type(), ep.strength(), String.join("-", ep.parties()), ep.relativeIntensity(), ep.start(), ep.end()));
          continue;
        }
        if (coAlert == null) continue;
        coDet++;
        boolean only = by.size() == 1;
        if (only) coOnly++;
        SeriesScores sc = scores.get(coAlert.subject());
        int t = sc.periods().indexOf(coAlert.opened());
        int peak = t;
        for (int i = t; i < sc.size() && (coAlert.closed() == null || !sc.periods().get(i).isAfter(coAlert.closed())); i++) if (sc.scores()[i] > sc.scores()[peak]) peak = i;
        out.append(String.format("%n  DETECT%s %s %s %s %s rel %.3f %s..%s by %s | coercion alert %s %s..%s peak %s %s: open x %.0f e %.2f score %.2f cusum %.1f; best score %.2f (x %.0f e %.2f)",
            only ? " ONLY" : "", ep.id(), ep.type(), ep.strength(), String.join("-", ep.parties()), ep.relativeIntensity(), ep.start(), ep.end(), by,
            coAlert.subject(), coAlert.opened(), coAlert.closed(), coAlert.peakLevel(), sc.scores()[t] >= zw ? "by sum" : "by CUSUM",
            sc.values()[t], sc.expected()[t], sc.scores()[t], sc.cusum()[t], sc.scores()[peak], sc.values()[peak], sc.expected()[peak]));
      }
      // CANDIDATE: none yet
      System.out.println(out); System.out.flush();
      // null days of the lens, per country
      for (var e : scores.entrySet()) {
        String c = e.getKey();
        SeriesScores sc = e.getValue();
        double pNull = nullShare(inputs.get(c), truth, c);
        double[] a = cal.computeIfAbsent(c, k -> new double[12]);
        Map<String, Double> orig = calOrigin.computeIfAbsent(c, k -> new TreeMap<>());
        Map<LocalDate, Map<String, Integer>> coByDay = new HashMap<>();
        for (Co x : co.getOrDefault(c, List.of())) coByDay.computeIfAbsent(x.day(), k -> new TreeMap<>()).merge(originClass(x.origin(), c, byId).replaceAll(" .*", "").replaceAll("\\(.*", ""), 1, Integer::sum);
        for (int t = 0; t < sc.size(); t++) {
          LocalDate p = sc.periods().get(t);
          if (Double.isNaN(sc.expected()[t]) || sc.volumes()[t] < lens.settings().minPeriodVolume() || inEpisode(truth, c, p)) continue;
          if (scoredFrom != null && p.isBefore(scoredFrom)) continue;
          double x = sc.values()[t], v = sc.volumes()[t], ps = sc.baselineShare()[t];
          double z = (x - v * ps) / Math.sqrt(v * ps * (1 - ps));
          double zn = (x - v * pNull) / Math.sqrt(v * pNull * (1 - pNull));
          a[0]++; a[1] += sc.expected()[t]; a[2] += sc.expected()[t] < 1 ? 1 : 0; a[3] += sc.expected()[t] < 5 ? 1 : 0;
          a[4] += z * z; a[5] += z > 3 ? 1 : 0; a[6] += zn * zn; a[7] += zn > 3 ? 1 : 0;
          a[8] += sc.scores()[t] >= 3 ? 1 : 0; a[9] += sc.scores()[t] >= 4.5 ? 1 : 0; a[10] += sc.cusum()[t] >= 14 ? 1 : 0; a[11] += x;
          // the week's coercion by origin class, for the per-week mean
          for (int d = 0; d < 7; d++) {
            Map<String, Integer> m = coByDay.get(p.minusDays(d));
            if (m != null) m.forEach((k, n) -> orig.merge(k, (double) n, Double::sum));
          }
          orig.merge("#days", 1.0, Double::sum);
        }
      }
    }
    System.out.println("CAL country: null days, mean expected, P(e<1), P(e<5), var z (baseline share), P(z>3), var z (null-year share), P(z>3), P(score>=3), P(score>=4.5), P(cusum>=14), mean x | mean weekly coercion by origin");
    double[] tot = new double[12];
    for (var e : cal.entrySet()) {
      double[] c = e.getValue();
      for (int i = 0; i < 12; i++) tot[i] += c[i];
      Map<String, Double> o = calOrigin.get(e.getKey());
      double nd = o.getOrDefault("#days", 1.0);
      String orig = o.entrySet().stream().filter(x -> !x.getKey().equals("#days")).map(x -> x.getKey() + "=" + String.format("%.2f", x.getValue() / nd)).collect(Collectors.joining(", "));
      System.out.println(calLine(e.getKey(), c) + " | " + orig);
    }
    System.out.println(calLine("ALL", tot));
    System.out.println("FALSE-ORIGINS opening-week coercion incidents of the false alerts by origin class: " + falseOrigin);
    System.out.printf("TOTAL shipped detected %d/%d false %d (coercion_7d %d) all three %d | episodes detected by coercion_7d %d, by it alone %d%n", det, eps, fal, falCo, all3, coDet, coOnly);
  }

  static String calLine(String k, double[] c) {
    return String.format("CAL %-4s %6.0f %6.2f %.3f %.3f %6.3f %.5f %6.3f %.5f %.5f %.5f %.5f %6.2f", k, c[0], c[1] / c[0], c[2] / c[0], c[3] / c[0], c[4] / c[0], c[5] / c[0], c[6] / c[0], c[7] / c[0], c[8] / c[0], c[9] / c[0], c[10] / c[0], c[11] / c[0]);
  }

  static String per7(Map<String, Integer> m) {
    return m.entrySet().stream().map(x -> x.getKey() + "=" + String.format("%.2f", x.getValue() / 4.0)).collect(Collectors.joining(", ", "{", "}"));
  }

  static boolean ok(Evaluation ev) {
    return ev.recall() != null && ev.recall() >= 0.9 && (ev.precision() == null || ev.precision() >= 0.8) && ev.falseAlertsPerCountryYear() <= 0.3 + 1e-9;
  }

  /** The origin of an incident as seen from country c. */
  static String originClass(String o, String c, Map<String, Episode> byId) {
    if (o.startsWith("background:")) return o.substring(11).equals(c) ? "bg-own" : "bg-other(" + o.substring(11) + ")";
    if (o.startsWith("chronic:")) return o;
    Episode e = byId.get(o);
    if (e == null) return "ep?" + o;
    String rel = e.parties().contains(c) ? "party" : e.involved().contains(c) ? "involved" : "other";
    return "ep " + e.type().label() + " " + rel + " " + e.id() + " " + String.join("-", e.parties());
  }

  static String group(String code) {
    if (code.startsWith("15")) return "15x";
    if (code.startsWith("172")) return code;
    return code;
  }

  static String role(String actorCode) {
    if (actorCode == null || actorCode.isEmpty()) return "-";
    return actorCode.length() >= 6 ? actorCode.substring(3, 6) : actorCode.length() == 3 ? "(country " + actorCode + ")" : actorCode;
  }

  static boolean inEpisode(Truth truth, String c, LocalDate p) {
    for (Episode e : truth.episodes()) {
      if (e.involved().contains(c) && !p.isBefore(e.start().minusDays(7)) && !p.isAfter(e.end().plusDays(21))) return true;
    }
    return false;
  }

  /** The country's coercion share over the run's days outside its episodes. */
  static double nullShare(DetectorInput in, Truth truth, String c) {
    double sx = 0, sv = 0;
    for (int i = 0; i < in.periods().size(); i++) {
      if (inEpisode(truth, c, in.periods().get(i))) continue;
      sx += in.numerator()[i]; sv += in.denominator()[i];
    }
    return (sx + 0.5) / (sv + 1);
  }

  static Object acc(Object o, String name) throws Exception {
    Method m = o.getClass().getDeclaredMethod(name);
    m.setAccessible(true);
    return m.invoke(o);
  }
}
