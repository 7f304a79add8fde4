// Scratch driver of the twenty-sixth round (helper r26fa), not part of the build: what the false alerts
// of the shipped detectors are. Simulation and parsing copied from DisasterMisses.java (day by day
// through ScenarioSimulator.day, every report keeping its incident's origin: episode id,
// "chronic:SETTING", "background:ISO3"). Run from the repository root:
//   java -cp amity-app/target/amity.jar tools/signals/FalseAlerts.java 2001-2020 [SEEDLIST]
// SEEDLIST (optional, comma-separated) restricts the range to those seeds. One-year protocol (365 days from
// 2025-01-01, no history), as `amity evaluate --seeds S --engine plain`. Seeds 1-40, 1101-1120 and the
// spent ranges 2001-2020 ... 2601-2620 only.
// Per seed: RUN (false alerts as the evaluator counts them) and, for every false alert (an alert no
// episode concerns), one FA line:
//   lens, scope:subject, opened..closed, peak level; at the opening period z (zWarning), cusum
//   (cusumWatch), the trigger (z or cusum) and its margin (z - zWarning and z/zWarning, or
//   cusum/cusumWatch); x, volume, expected, baseline share against the series' median baseline share
//   (count series: expected against the median expected);
//   counterfactuals: the same series rebuilt without every episode's reports (noEP) and without the
//   chronic trouble's reports (noCHR): x and z at the opening period and whether an alert of the same
//   lens and subject still opens within 3 days (survives);
//   the subject's incidents in the lens window ending at the opening (7 or 28 days) by origin;
//   truth context: decoys of the subject's countries (days from the decoy's end), quiet stretches
//   (overlap, days since the end), episodes of the subject's countries (party or involved) with the
//   gap between the opening and their matching window [start-7, end+14], days since the run's start.
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

public class FalseAlerts {
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
      // counterfactual tables
      List<Event> noEp = new ArrayList<>(), noChr = new ArrayList<>();
      for (int i = 0; i < events.size(); i++) {
        String o = origin.get(i);
        boolean isChr = o.startsWith("chronic:"), isBg = o.startsWith("background:");
        if (isChr || isBg) noEp.add(events.get(i));
        if (!isChr) noChr.add(events.get(i));
      }
      List<IndicatorDay> tEp = DailyIndicators.of(noEp, subjects), tChr = DailyIndicators.of(noChr, subjects);
      List<AlertRecord> aEp = SimulatedWatch.alerts(cfg, tEp, options::alertsOn), aChr = SimulatedWatch.alerts(cfg, tChr, options::alertsOn);
      Map<String, SeriesScores> full = series(cfg, table, options), sEp = series(cfg, tEp, options), sChr = series(cfg, tChr, options);
      // incidents by subject, day and origin
      Map<IncidentKey, String> firstOrigin = new HashMap<>();
      for (int i = 0; i < events.size(); i++) firstOrigin.putIfAbsent(IncidentKey.of(events.get(i)), origin.get(i));
      // per subject, day and origin: [all, humanitarian, coercion, material conflict, conflict, rebel mc]
      Map<String, Map<LocalDate, Map<String, int[]>>> bySub = new HashMap<>();
      for (org.amity.signal.daily.Incident inc : DailyIndicators.incidents(events)) {
        String o = firstOrigin.getOrDefault(inc.key(), "?");
        for (Subject s : subjects.of(inc)) {
          int[] c = bySub.computeIfAbsent(s.scope().key() + ":" + s.name(), x -> new HashMap<>()).computeIfAbsent(inc.key().day(), x -> new TreeMap<>()).computeIfAbsent(o, x -> new int[6]);
          c[0]++; if (inc.humanitarian()) c[1]++; if (inc.coercion()) c[2]++; if (inc.quad() == 4) c[3]++; if (inc.quad() >= 3) c[4]++; if (inc.rebelMaterialConflict()) c[5]++;
        }
      }
      StringBuilder out = new StringBuilder();
      int nFalse = 0;
      for (AlertRecord a : shipped) {
        if (truth.episodes().stream().anyMatch(e -> (boolean) call("concerns", a, e))) continue;
        nFalse++;
        String key = a.indicator() + "|" + a.scope() + ":" + a.subject();
        SeriesScores sc = full.get(key);
        DetectionSpec spec = cfg.alertSpec(a.indicator()).orElse(null);
        int L = a.indicator().contains("28d") ? 28 : a.indicator().endsWith("7d") ? 7 : 1;
        StringBuilder line = new StringBuilder(String.format("FA %d %s %s:%s %s..%s peak %s day %d", seed, a.indicator(), a.scope(), a.subject(), a.opened(), a.closed(), a.peakLevel(), ChronoUnit.DAYS.between(start, a.opened())));
        if (sc == null || spec == null) line.append(" | no series (pooled?)");
        else {
          DetectorSettings st = spec.settings();
          int t = sc.periods().indexOf(a.opened());
          if (t < 0) line.append(" | opening not a period");
          else {
            double z = sc.scores()[t], c = sc.cusum()[t];
            boolean byZ = z >= st.zWarning();
            line.append(String.format(" | z %.2f (warn %.2f alert %.2f) cusum %.2f (watch %s) trigger %s margin %s",
                z, st.zWarning(), st.zAlert(), c, st.cusum() ? String.format("%.2f", st.cusumWatch()) : "-",
                byZ ? "z" : "cusum", byZ ? String.format("%+.2f x%.3f", z - st.zWarning(), z / st.zWarning()) : String.format("x%.3f", c / st.cusumWatch())));
            double maxZ = 0; for (int i = t; i < sc.size() && (a.closed() == null || !sc.periods().get(i).isAfter(a.closed())); i++) maxZ = Math.max(maxZ, sc.scores()[i]);
            double[] bs = Arrays.stream(sc.baselineShare()).filter(v -> !Double.isNaN(v)).sorted().toArray();
            double[] ex = Arrays.stream(sc.expected()).filter(v -> !Double.isNaN(v)).sorted().toArray();
            line.append(String.format(" maxz %.2f | x %.0f v %s e %.1f (median e %.1f) p %.4f (median p %.4f)", maxZ, sc.values()[t], sc.volumes() == null ? "-" : String.format("%.0f", sc.volumes()[t]), sc.expected()[t],
                ex.length == 0 ? Double.NaN : ex[ex.length / 2], sc.baselineShare()[t], bs.length == 0 ? Double.NaN : bs[bs.length / 2]));
            for (var cf : List.of(Map.entry("noEP", sEp), Map.entry("noCHR", sChr))) {
              SeriesScores s2 = cf.getValue().get(key);
              List<AlertRecord> alts = cf.getKey().equals("noEP") ? aEp : aChr;
              boolean survives = alts.stream().anyMatch(b -> b.indicator().equals(a.indicator()) && b.scope().equals(a.scope()) && b.subject().equals(a.subject()) && Math.abs(ChronoUnit.DAYS.between(b.opened(), a.opened())) <= 3);
              int t2 = s2 == null ? -1 : s2.periods().indexOf(a.opened());
              line.append(String.format(" | %s x %s z %s %s", cf.getKey(), t2 < 0 ? "-" : String.format("%.0f", s2.values()[t2]), t2 < 0 ? "-" : String.format("%.2f", s2.scores()[t2]), survives ? "SURVIVES" : "GONE"));
            }
          }
        }
        // origins in the lens window
        Map<String, Integer> mix = new TreeMap<>(), part = new TreeMap<>();
        int kind = a.indicator().startsWith("humanitarian") ? 1 : a.indicator().startsWith("coercion") ? 2 : a.indicator().contains("rebel") ? 5
            : a.indicator().contains("material_conflict") ? 3 : a.indicator().contains("conflict") ? 4 : 0;
        Map<LocalDate, Map<String, int[]>> m = bySub.getOrDefault(a.scope() + ":" + a.subject(), Map.of());
        List<String> own = countries(a);
        for (int j = 0; j < L; j++) m.getOrDefault(a.opened().minusDays(j), Map.of()).forEach((k2, v) -> {
          String cls = k2.startsWith("background:") ? (own.contains(k2.substring(11)) ? "bg" : "bg:" + k2.substring(11)) : k2;
          mix.merge(cls.startsWith("bg") ? "bg" : cls, v[0], Integer::sum);
          if (kind > 0 && v[kind] > 0) part.merge(cls, v[kind], Integer::sum);
        });
        line.append(" | window incidents by origin ").append(mix).append(" lens part by origin ").append(part);
        // truth context
        List<String> cs = countries(a);
        List<String> ctx = new ArrayList<>();
        for (Decoy d : truth.decoys()) if (cs.contains(d.subject())) {
          long after = ChronoUnit.DAYS.between(d.end(), a.opened()), before = ChronoUnit.DAYS.between(a.opened(), d.start());
          if (after >= -L - 30 && after <= 35) ctx.add(String.format("DECOY %s %s x%.1f %s..%s (opening %+d d from its end)", d.id(), d.subject(), d.factor(), d.start(), d.end(), after));
        }
        for (QuietStretch q : truth.quiet()) {
          long sinceEnd = ChronoUnit.DAYS.between(q.end(), a.opened()), toStart = ChronoUnit.DAYS.between(a.opened(), q.start());
          if (sinceEnd >= -60 && sinceEnd <= 42 && toStart <= 28) ctx.add(String.format("QUIET %s..%s x%.2f (opening %+d d from its end%s)", q.start(), q.end(), q.factor(), sinceEnd, q.covers(a.opened()) ? ", inside" : ""));
        }
        for (Episode e : truth.episodes()) {
          boolean party = e.parties().stream().anyMatch(cs::contains), inv = e.involved().stream().anyMatch(cs::contains);
          if (!party && !inv) continue;
          LocalDate w0 = e.start().minusDays(7), w1 = e.end().plusDays(14);
          long gap = a.opened().isBefore(w0) ? -ChronoUnit.DAYS.between(a.opened(), w0) : a.opened().isAfter(w1) ? ChronoUnit.DAYS.between(w1, a.opened()) : 0;
          if (Math.abs(gap) <= 90) ctx.add(String.format("EP %s %s %s %s%s %s..%s (opening %s window by %d d)", e.id(), e.type(), e.strength(), String.join("-", e.parties()), e.involved().isEmpty() ? "" : " inv " + String.join(",", e.involved()),
              e.start(), e.end(), gap < 0 ? "before" : gap > 0 ? "after" : "inside", Math.abs(gap)));
        }
        line.append(" | ").append(ctx.isEmpty() ? "no context" : String.join("; ", ctx));
        out.append(line).append('\n');
      }
      total += nFalse;
      System.out.print(out);
      System.out.printf("RUN %d detected %d/%d false %d (evaluator %d) by lens %s (%.0f s)%n", seed, ev.detected(), ev.episodes(), nFalse, ev.falseAlerts(), ev.falseAlertsByLens(), (System.currentTimeMillis() - t0) / 1000.0);
      System.out.flush();
    }
    System.out.println("TOTAL false " + total);
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
