// Scratch driver of issue 14 (twenty-second round), not part of the build: why weak insurgencies
// are missed, and (with a candidate named) one candidate lens added to the shipped alerts. Run from
// the repository root:
//   java -cp JAR tools/signals/Insurgency.java 1-20                       (diagnosis, one year)
//   java -Dhistory=true -cp JAR tools/signals/Insurgency.java 1-20        (a year of history first)
//   java -cp JAR tools/signals/Insurgency.java 1-20 1.0,1.1,1.25,1.5 CAND (shipped + candidate)
// Each seed is simulated as `amity evaluate --seeds S --engine plain` does (365 days from 2025-01-01;
// with -Dhistory=true 730 days, the second year scored, as `--history 365 --start 2026-01-01`),
// day by day through ScenarioSimulator.day (reflection), so that every report keeps the origin the
// simulator gave its incident (episode id, "chronic:SETTING", "background:ISO3"); the rows are written
// and parsed by the product's GDELT 2.0 parser exactly as in SimulatedWatch.days. The truth is the
// planned truth (the evaluator does not read row counts).
// Prints per seed:
//  INS   every scored insurgency episode: area, strength, relative intensity, peak incidents a day,
//        span, whether the shipped detectors (SimulatedWatch.alerts: every spec and the pooled lens)
//        detect it; its reports by where they land (in its conflict area's divisions / other
//        divisions of its country / the country centroid / elsewhere), the share that is material
//        conflict, carries a rebel-type actor (REB, INS, SEP as a type of either side), a UAF actor,
//        and a country-coded rebel actor (e.g. PHLREB); its CAMEO roots; the best z and CUSUM, from a
//        week before its start to its end, of theatre_material_conflict_7d, theatre_material_conflict_
//        28d_long (its area) and material_conflict_7d, conflict_7d (its country); at the best day of
//        each area lens the baseline share against the area's share on days outside every
//        insurgency of its country ("clean"), and the earlier insurgencies of the same area whose
//        days lie within the long lens's window (364 + 28 days) before the episode's start.
//  RUN   shipped (and shipped + candidate at each scale): recall, false alerts, all three targets,
//        missed episodes; each added false alert with the episodes of its country near it.
// At the end: TOTAL lines and CAL lines: per lens and subject kind, on days outside the windows
// (start - 7 .. end + 21) of every episode with the subject's country as a party: days, variance
// and mean of the standardised excess z = (x - v p) / sqrt(v p (1 - p)(1 + (v - 1) rho)) with the
// detector's baseline share p and the moment rho of Why.java (the estimate behind "variance 2.6"),
// P(z > 3), and P(score >= 3) of the detector's own score; plus, for the conflict areas, the same
// on every scored day (as Why.java counted them: it left no episode days out for areas).
import java.lang.reflect.Method;
import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;
import java.util.stream.*;
import org.amity.event.ConflictArea;
import org.amity.event.Event;
import org.amity.event.GeoPrecision;
import org.amity.ingest.FileScan;
import org.amity.ingest.Format;
import org.amity.pipeline.WatchJob;
import org.amity.signal.*;
import org.amity.signal.daily.*;
import org.amity.simulate.*;

public class Insurgency {
  static final Set<String> REBEL = Set.of("REB", "INS", "SEP");
  static final Map<String, ConflictArea> SETTING = Map.of("mindanao", ConflictArea.MINDANAO, "deep-south", ConflictArea.DEEP_SOUTH,
      "rakhine", ConflictArea.RAKHINE, "kachin-shan", ConflictArea.KACHIN_SHAN, "papua", ConflictArea.PAPUA);
  static final String[] LENSES = {"theatre_material_conflict_7d", "theatre_material_conflict_28d_long", "material_conflict_7d", "conflict_7d"};
  static final Map<String, double[]> cal = new TreeMap<>();

  public static void main(String[] args) throws Exception {
    String[] r = args[0].split("-");
    long from = Long.parseLong(r[0]), to = Long.parseLong(r.length > 1 ? r[1] : r[0]);
    double[] scales = args.length > 1 ? Arrays.stream(args[1].split(",")).mapToDouble(Double::parseDouble).toArray() : new double[0];
    String cand = args.length > 2 ? args[2] : null;
    boolean history = Boolean.getBoolean("history");
    int days = history ? 730 : 365;
    LocalDate start = LocalDate.parse("2025-01-01"), scored = history ? LocalDate.parse("2026-01-01") : start;
    DetectorConfig cfg = DetectorConfig.standard();
    WatchJob.Options options = WatchJob.Options.standard();
    Candidate candidate = cand == null ? null : Candidate.of(cand, scales);
    int k = scales.length + 1;
    int[] det = new int[k], fal = new int[k], all3 = new int[k], eps = new int[1], weakMissed = new int[k], weak = new int[1];
    Method day = ScenarioSimulator.class.getDeclaredMethod("day", LocalDate.class, int.class, long.class);
    day.setAccessible(true);
    Method firstId = ScenarioSimulator.class.getDeclaredMethod("firstId");
    firstId.setAccessible(true);
    Class<?> writer = Class.forName("org.amity.simulate.ExportRowWriter");
    Class<?> reportClass = Class.forName("org.amity.simulate.ExportRowWriter$Report");
    Method row = writer.getDeclaredMethod("row", reportClass);
    row.setAccessible(true);
    for (long seed = from; seed <= to; seed++) {
      Path dir = Files.createTempDirectory("insurgency-" + seed + "-");
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
        if (events.size() - n0 != reports.size()) throw new IllegalStateException("day " + d + ": " + (events.size() - n0) + " rows, " + reports.size() + " reports");
        for (int j = 0; j < reports.size(); j++) {
          Object rep = reports.get(j);
          long rid = (long) acc(rep, "id");
          if (!events.get(n0 + j).nativeId().equals(Long.toString(rid))) throw new IllegalStateException("id mismatch " + rid);
          origin.add((String) acc(acc(rep, "incident"), "origin"));
        }
        id += reports.size();
      }
      Files.deleteIfExists(f); Files.deleteIfExists(dir);
      IncidentSubjects subjects = IncidentSubjects.watching(options.watchSet()).withTheatres(cfg.theatres());
      List<IndicatorDay> table = DailyIndicators.of(events, subjects);
      List<AlertRecord> shipped = SimulatedWatch.alerts(cfg, table, options::alertsOn);
      Map<String, Object[]> lens = new HashMap<>();
      SeriesDetection.forEachSeries(cfg, table, (spec, sub, in) -> {
        if (in == null || in.volume() < spec.minSubjectVolume()) return;
        if (Arrays.asList(LENSES).contains(spec.name())) lens.put(spec.name() + "|" + sub.name(), new Object[] {spec, spec.score(in.periods(), in.numerator(), in.denominator())});
      });
      Evaluation ship = eval(truth, shipped, history, scored);
      Set<String> shippedDetected = ship.detail().stream().filter(x -> x.detected()).map(x -> x.id()).collect(Collectors.toSet());
      Set<String> scoredIds = ship.detail().stream().map(x -> x.id()).collect(Collectors.toSet());
      // the candidate's series and alerts
      List<List<AlertRecord>> added = new ArrayList<>();
      Map<String, SeriesScores> candScores = new HashMap<>();
      if (candidate != null) {
        for (int s = 0; s < scales.length; s++) added.add(candidate.alerts(s, events, table, subjects, options, candScores));
      }
      // -Dtrace=ISO3:FROM:TO prints, day by day, the candidate's numerator by origin and the country's incidents (a false alert read)
      String trace = System.getProperty("trace");
      if (trace != null) {
        String[] tr = trace.split(":");
        LocalDate a = LocalDate.parse(tr[1]), b = LocalDate.parse(tr[2]);
        Map<IncidentKey, String> firstOrigin = new HashMap<>();
        Map<IncidentKey, Boolean> reb = new HashMap<>();
        for (int i = 0; i < events.size(); i++) { IncidentKey key = IncidentKey.of(events.get(i)); firstOrigin.putIfAbsent(key, origin.get(i)); reb.putIfAbsent(key, rebel(events.get(i))); }
        Map<LocalDate, Map<String, Integer>> byDay = new TreeMap<>();
        Map<LocalDate, Integer> all = new TreeMap<>();
        for (org.amity.signal.daily.Incident i : DailyIndicators.incidents(events)) {
          IncidentKey key = i.key();
          if (key.day().isBefore(a) || key.day().isAfter(b)) continue;
          if (subjects.of(i).stream().noneMatch(x -> x.scope() == Scope.COUNTRY && x.name().equals(tr[0]))) continue;
          all.merge(key.day(), 1, Integer::sum);
          if (i.quad() == 4 && key.seaArea() == null && reb.get(key)) {
            String o = firstOrigin.get(key);
            byDay.computeIfAbsent(key.day(), x -> new TreeMap<>()).merge(o.startsWith("background:") ? o : o.startsWith("chronic:") ? o : "episode " + o, 1, Integer::sum);
          }
        }
        SeriesScores sc = candScores.get(tr[0]);
        for (LocalDate d = a; !d.isAfter(b); d = d.plusDays(1)) {
          int t = sc == null ? -1 : sc.periods().indexOf(d);
          System.out.printf("TRACE %s %s incidents %d rebel-mc %s | 7d x %.0f v %.0f p %.4f z %.2f cusum %.1f%n", tr[0], d, all.getOrDefault(d, 0), byDay.getOrDefault(d, Map.of()),
              t < 0 ? Double.NaN : sc.values()[t], t < 0 ? Double.NaN : sc.volumes()[t], t < 0 ? Double.NaN : sc.baselineShare()[t], t < 0 ? Double.NaN : sc.scores()[t], t < 0 ? Double.NaN : sc.cusum()[t]);
        }
        for (Episode e : truth.episodes()) if (!e.end().isBefore(a.minusDays(30)) && !e.start().isAfter(b)) System.out.println("TRACE episode " + e.describe() + " involved " + e.involved());
        for (Decoy dc : truth.decoys()) if (!dc.end().isBefore(a.minusDays(30)) && !dc.start().isAfter(b)) System.out.println("TRACE decoy " + dc);
        for (QuietStretch q : truth.quiet()) if (!q.end().isBefore(a.minusDays(30)) && !q.start().isAfter(b)) System.out.println("TRACE quiet " + q);
      }
      StringBuilder out = new StringBuilder("seed " + seed);
      // per insurgency episode
      for (Episode ep : truth.episodes()) {
        if (ep.type() != EpisodeType.INSURGENCY || !scoredIds.contains(ep.id())) continue;
        ConflictArea area = SETTING.get(ep.setting());
        String iso = ep.parties().get(0);
        int[] where = new int[4]; int n = 0, mc = 0, reb = 0, uaf = 0, rebCountry = 0, mcReb = 0;
        Map<String, Integer> roots = new TreeMap<>(), otherDivs = new TreeMap<>();
        for (int i = 0; i < events.size(); i++) {
          if (!ep.id().equals(origin.get(i))) continue;
          Event e = events.get(i);
          n++;
          var loc = e.action();
          int w = area.equals(ConflictArea.of(loc).orElse(null)) ? 0
              : iso.equals(loc.country()) && loc.seaArea() == null && (loc.precision() == GeoPrecision.ADM1 || loc.precision() == GeoPrecision.PLACE) ? 1
              : iso.equals(loc.country()) && loc.precision() == GeoPrecision.COUNTRY ? 2 : 3;
          where[w]++;
          if (w == 1) otherDivs.merge(loc.adm1(), 1, Integer::sum);
          boolean isMc = e.quadClass().number() == 4, isReb = rebel(e);
          if (isMc) mc++;
          if (isReb) reb++;
          if (isMc && isReb) mcReb++;
          if (e.source().hasType("UAF") || e.target().hasType("UAF")) uaf++;
          if ((rebelSide(e.source()) && e.source().country() != null) || (rebelSide(e.target()) && e.target().country() != null)) rebCountry++;
          roots.merge(e.code().code().substring(0, 2), 1, Integer::sum);
        }
        out.append(String.format("%n  INS %s %s %s rel %.3f peak/day %.2f %s..%s %s | reports %d: area %d other-div %d centroid %d elsewhere %d | mc %s rebel %s mc&rebel %s uaf %s country-coded rebel %s | roots %s | other divisions %s",
            ep.id(), area.name(), ep.strength(), ep.relativeIntensity(), ep.peakIncidentsPerDay(), ep.start(), ep.end(), shippedDetected.contains(ep.id()) ? "DETECTED" : "MISSED",
            n, where[0], where[1], where[2], where[3], frac(mc, n), frac(reb, n), frac(mcReb, n), frac(uaf, n), frac(rebCountry, n), roots, otherDivs));
        for (String l : LENSES) {
          String subj = l.startsWith("theatre") ? area.name() : iso;
          Object[] o = lens.get(l + "|" + subj);
          if (o == null) { out.append(String.format("%n      %-36s %-11s none", l, subj)); continue; }
          SeriesScores sc = (SeriesScores) o[1];
          int bi = -1; double bz = 0, bc = 0;
          for (int i = 0; i < sc.size(); i++) {
            LocalDate p = sc.periods().get(i);
            if (p.isBefore(ep.start().minusDays(7)) || p.isAfter(ep.end()) || Double.isNaN(sc.expected()[i])) continue;
            if (bi < 0 || sc.scores()[i] > bz) { bz = sc.scores()[i]; bi = i; }
            bc = Math.max(bc, sc.cusum()[i]);
          }
          String extra = "";
          if (bi >= 0 && l.startsWith("theatre")) {
            double clean = cleanShare(sc, truth, iso);
            long earlier = truth.episodes().stream().filter(e -> e.type() == EpisodeType.INSURGENCY && e.setting().equals(ep.setting()) && e.end().isBefore(ep.start())
                && !e.end().isBefore(ep.start().minusDays(364 + 28))).count();
            extra = String.format(" | at best day %s: baseline share %.4f clean share %.4f (ratio %.2f) x %.0f v %.0f | earlier same-area insurgencies within 392 d: %d",
                sc.periods().get(bi), sc.baselineShare()[bi], clean, sc.baselineShare()[bi] / clean, sc.values()[bi], sc.volumes()[bi], earlier);
          }
          out.append(String.format("%n      %-36s %-11s best z %.2f cusum %.1f%s", l, subj, bz, bc, extra));
        }
        if (candidate != null) {
          SeriesScores sc = candScores.get(candidate.subjectFor(ep));
          double bz = 0, bc = 0;
          for (int i = 0; sc != null && i < sc.size(); i++) {
            LocalDate p = sc.periods().get(i);
            if (p.isBefore(ep.start().minusDays(7)) || p.isAfter(ep.end()) || Double.isNaN(sc.expected()[i])) continue;
            bz = Math.max(bz, sc.scores()[i]); bc = Math.max(bc, sc.cusum()[i]);
          }
          out.append(String.format("%n      %-36s %-11s best z %.2f cusum %.1f (scale %.2f)", candidate.name, candidate.subjectFor(ep), bz, bc, scales[0]));
        }
      }
      // shipped, and shipped + candidate at each scale
      for (int li = 0; li < k; li++) {
        List<AlertRecord> alerts = new ArrayList<>(shipped);
        if (li > 0) for (AlertRecord a : added.get(li - 1)) alerts.add(new AlertRecord(alerts.size() + 1, a.scope(), a.subject(), a.indicator(), a.level(), a.peakLevel(), a.opened(), a.closed()));
        Evaluation ev = eval(truth, alerts, history, scored);
        det[li] += ev.detected(); fal[li] += ev.falseAlerts(); if (li == 0) eps[0] += ev.episodes();
        boolean ok = ev.recall() >= 0.9 && (ev.precision() == null || ev.precision() >= 0.8) && ev.falseAlertsPerCountryYear() <= 0.3 + 1e-9;
        all3[li] += ok ? 1 : 0;
        for (var x : ev.detail()) {
          boolean weakIns = x.type().equals(EpisodeType.INSURGENCY.toString()) || x.type().equalsIgnoreCase("insurgency") || x.type().toLowerCase().contains("insurg");
          if (weakIns && x.strength().equals("weak")) { if (li == 0) weak[0]++; if (!x.detected()) weakMissed[li]++; }
        }
        String missed = ev.detail().stream().filter(x -> !x.detected()).map(x -> x.id() + " " + x.type() + " " + x.strength() + " " + String.join("-", x.parties())).collect(Collectors.joining("; "));
        out.append(String.format("%n  RUN %-9s recall %.3f false %d (%.3f/cy) by subject %s%s missed: %s", li == 0 ? "shipped" : "s=" + scales[li - 1], ev.recall(), ev.falseAlerts(), ev.falseAlertsPerCountryYear(), ev.falseAlertsBySubject(), ok ? " ok" : "", missed));
        if (li > 0) for (AlertRecord a : added.get(li - 1)) {
          Evaluation one = eval(truth, List.of(a), history, scored);
          if (one.falseAlerts() != 1) continue;
          String near = truth.episodes().stream().filter(e -> e.parties().contains(candidate.countryOf(a.subject()))
              && !(a.closed() != null && a.closed().isBefore(e.start().minusDays(28))) && !a.opened().isAfter(e.end().plusDays(28)))
              .map(e -> e.id() + " " + e.type() + " " + e.strength() + " " + String.join("-", e.parties()) + " " + e.start() + ".." + e.end()).collect(Collectors.joining("; "));
          out.append(String.format("%n      FALSE %s %s %s..%s peak %s | episodes of its country within 28 d: %s", a.indicator(), a.subject(), a.opened(), a.closed(), a.peakLevel(), near.isEmpty() ? "none" : near));
        }
      }
      System.out.println(out); System.out.flush();
      // calibration
      for (var e : lens.entrySet()) {
        String name = e.getKey().substring(0, e.getKey().indexOf('|')), subj = e.getKey().substring(e.getKey().indexOf('|') + 1);
        if (!name.equals("theatre_material_conflict_7d") && !name.equals("material_conflict_7d")) continue;
        String iso = name.startsWith("theatre") ? ConflictArea.valueOf(subj).country() : subj;
        if (!name.startsWith("theatre") && !Set.of("PHL", "THA", "MMR", "IDN").contains(subj)) continue;
        DetectionSpec spec = (DetectionSpec) e.getValue()[0];
        calibrate(name + " " + subj, spec, (SeriesScores) e.getValue()[1], truth, iso, scored, name.startsWith("theatre"));
      }
      if (candidate != null) candScores.forEach((subj, sc) -> calibrate(candidate.name + " " + subj, candidate.specs[0], sc, truth, candidate.countryOf(subj), scored, false));
    }
    for (int li = 0; li < k; li++)
      System.out.printf("TOTAL %-9s detected %d/%d false %d all three %d weak insurgencies missed %d of %d%n", li == 0 ? "shipped" : "s=" + scales[li - 1], det[li], eps[0], fal[li], all3[li], weakMissed[li], weak[0]);
    System.out.println("CAL lens subject days: n, mean z, var z, P(z>3), P(score>=3), max score");
    cal.forEach((key, c) -> System.out.printf("CAL %-62s %6.0f %7.3f %6.3f %.5f %.5f %6.2f%n", key, c[0], c[1] / c[0], c[2] / c[0] - (c[1] / c[0]) * (c[1] / c[0]), c[3] / c[0], c[4] / c[0], c[5]));
  }

  static Evaluation eval(Truth truth, List<AlertRecord> alerts, boolean history, LocalDate scored) {
    return history ? DetectionEvaluator.evaluateFrom(truth, alerts, "watch", scored) : DetectionEvaluator.evaluate(truth, alerts, "watch");
  }

  static String frac(int a, int n) { return n == 0 ? "nan" : String.format("%.2f", a / (double) n); }
  static String frac(int a, int n, boolean x) { return frac(a, n); }
  static double fracD(int a, int n) { return n == 0 ? Double.NaN : a / (double) n; }

  static boolean rebelSide(org.amity.event.Actor a) {
    return a.types().stream().anyMatch(REBEL::contains);
  }

  static boolean rebel(Event e) {
    return rebelSide(e.source()) || rebelSide(e.target());
  }

  static boolean near(LocalDate p, Episode e) {
    return !p.isBefore(e.start().minusDays(7)) && !p.isAfter(e.end().plusDays(21));
  }

  /** The share over the run's days outside every insurgency of the country (windows start-7..end+21), from the daily values of a rolled series. */
  static double cleanShare(SeriesScores sc, Truth truth, String iso) {
    double sx = 0, sv = 0;
    int span = 1;
    // the values are rolled sums; sum every span-th... simpler: average the rolled sums over clean days
    for (int i = 0; i < sc.size(); i++) {
      LocalDate p = sc.periods().get(i);
      boolean in = truth.episodes().stream().anyMatch(e -> e.type() == EpisodeType.INSURGENCY && e.parties().contains(iso) && near(p, e));
      if (in || sc.volumes() == null) continue;
      sx += sc.values()[i]; sv += sc.volumes()[i];
    }
    return sv == 0 ? Double.NaN : sx / sv;
  }

  static void calibrate(String key, DetectionSpec spec, SeriesScores sc, Truth truth, String iso, LocalDate scored, boolean alsoAll) {
    double[] x = sc.values(), v = sc.volumes();
    for (int t = 0; t < sc.size(); t++) {
      LocalDate p = sc.periods().get(t);
      if (p.isBefore(scored) || Double.isNaN(sc.expected()[t]) || v == null || v[t] < spec.settings().minPeriodVolume()) continue;
      double pp = sc.baselineShare()[t];
      double rho = rho(spec, x, v, pp, t);
      double z = (x[t] - v[t] * pp) / Math.sqrt(v[t] * pp * (1 - pp) * (1 + (v[t] - 1) * rho));
      boolean in = truth.episodes().stream().anyMatch(e -> e.parties().contains(iso) && near(p, e));
      if (!in) add(key + " null-days", z, sc.scores()[t]);
      if (alsoAll) add(key + " all-days", z, sc.scores()[t]);
    }
  }

  static void add(String key, double z, double score) {
    double[] c = cal.computeIfAbsent(key, q -> new double[] {0, 0, 0, 0, 0, Double.NEGATIVE_INFINITY});
    c[0]++; c[1] += z; c[2] += z * z; c[3] += z > 3 ? 1 : 0; c[4] += score >= 3 ? 1 : 0; c[5] = Math.max(c[5], score);
  }

  /** Why.java's moment estimate of rho (no raised periods left out). */
  static double rho(DetectionSpec spec, double[] x, double[] vol, double p, int t) {
    int end = t - spec.settings().guard();
    int from = Math.max(0, end - 3 * spec.settings().window());
    if (end - from < 3 || Double.isNaN(p)) return 0;
    double q = 1 - p;
    double[] r = new double[end - from]; int m = 0;
    for (int i = from; i < end; i++) if (vol[i] > 1) r[m++] = (x[i] - vol[i] * p) / Math.sqrt(vol[i] * p * q);
    if (m < 3) return 0;
    double[] aa = Arrays.copyOf(r, m); Arrays.sort(aa); double med = aa[m / 2];
    for (int i = 0; i < m; i++) aa[i] = Math.abs(r[i] - med);
    Arrays.sort(aa); double limit = 4 * Math.max(1, 1.4826 * aa[m / 2]);
    double num = 0, den = 0;
    for (int i = from; i < end; i++) if (vol[i] > 1) {
      double sd = Math.sqrt(vol[i] * p * q);
      double e = Math.max(-limit * sd, Math.min(limit * sd, x[i] - vol[i] * p));
      num += e * e - vol[i] * p * q; den += vol[i] * (vol[i] - 1) * p * q;
    }
    return den <= 0 ? 0 : Math.max(0, num / den);
  }

  static Object acc(Object o, String name) throws Exception {
    Method m = o.getClass().getDeclaredMethod(name);
    m.setAccessible(true);
    return m.invoke(o);
  }

  /**
   * The candidate lens (docs/records/twenty-second-round/insurgency.txt, defined there before its
   * run), "rebel": rebel_material_conflict_7d. For each country with a conflict area
   * (ConflictArea.values(), read from the jar: IDN, MMR, PHL, THA), per day, the incidents (reports
   * grouped by IncidentKey, as the country series group them) that count for the country
   * (IncidentSubjects.of), are material conflict (QuadClass 4), have a side of type REB, INS or SEP
   * and are not at sea (no sea area); its volume the country's incidents (the denominator of
   * material_conflict_7d). Scored as a seven-day sum by material_conflict_7d's settings (profile
   * rolling7, minVolume 300), its limits times each scale; alerts on the country (scope country).
   */
  static final class Candidate {
    String name;
    DetectionSpec[] specs;
    Set<String> countries = new TreeSet<>();

    static Candidate of(String name, double[] scales) {
      if (!name.equals("rebel")) throw new IllegalArgumentException("unknown candidate " + name);
      Candidate c = new Candidate();
      c.name = "rebel_material_conflict_7d";
      for (ConflictArea a : ConflictArea.values()) c.countries.add(a.country());
      String text;
      try (var in = DetectorConfig.class.getResourceAsStream("/org/amity/signal/detectors.properties")) { text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8); }
      catch (java.io.IOException e) { throw new RuntimeException(e); }
      c.specs = new DetectionSpec[scales.length];
      for (int i = 0; i < scales.length; i++) {
        String l = c.name;
        String extra = "\nspec." + l + ".scope = country\nspec." + l + ".resolution = day\nspec." + l + ".rolling = 7\nspec." + l + ".source = events\nspec." + l
            + ".numerator = mc_incidents\nspec." + l + ".denominator = incidents\nspec." + l + ".minVolume = 300\nspec." + l + ".profile = rolling7\nspec." + l + ".limitsScale = " + scales[i] + "\n";
        c.specs[i] = DetectorConfig.parse(text + extra, "candidate").specs().stream().filter(s -> s.name().equals(l)).findFirst().orElseThrow();
      }
      System.out.println("CANDIDATE " + c.name + " countries " + c.countries + " scales " + Arrays.toString(scales));
      return c;
    }

    String subjectFor(Episode ep) { return ep.parties().get(0); }

    String countryOf(String subject) { return subject; }

    List<IndicatorDay> rows;

    List<AlertRecord> alerts(int s, List<Event> events, List<IndicatorDay> table, IncidentSubjects subjects, WatchJob.Options options, Map<String, SeriesScores> keep) {
      if (s == 0 || rows == null) {
        // the rebel material conflict per country and day, with the country's incidents as volume
        Map<IncidentKey, Boolean> rebelKey = new HashMap<>();
        for (Event e : events) rebelKey.putIfAbsent(IncidentKey.of(e), rebel(e));
        Map<String, Map<LocalDate, Long>> num = new HashMap<>();
        for (org.amity.signal.daily.Incident i : DailyIndicators.incidents(events)) {
          IncidentKey key = i.key();
          if (i.quad() != 4 || key.seaArea() != null || !rebelKey.get(key)) continue;
          for (Subject sub : subjects.of(i))
            if (sub.scope() == Scope.COUNTRY && countries.contains(sub.name())) num.computeIfAbsent(sub.name(), x -> new HashMap<>()).merge(key.day(), 1L, Long::sum);
        }
        rows = new ArrayList<>();
        for (IndicatorDay d : table) {
          if (d.scope() != Scope.COUNTRY || !countries.contains(d.subject())) continue;
          long x = num.getOrDefault(d.subject(), Map.of()).getOrDefault(d.day(), 0L);
          DayCounts c = d.counts();
          rows.add(new IndicatorDay(Scope.COUNTRY, d.subject(), d.day(), new DayCounts(c.events(), c.q1(), c.q2(), c.q3(), c.q4(), c.incidents(), c.conflictIncidents(), x,
              c.humanitarianIncidents(), c.goldsteinSum(), c.toneSum(), c.toneN(), c.coercionIncidents(), c.fatalities(), c.kidnapIncidents())));
        }
      }
      LocalDate coverage = DetectorSeries.coverageStart(SeriesDetection.worldIncidents(table));
      List<AlertRecord> out = new ArrayList<>();
      DetectionSpec spec = specs[s];
      for (String c : countries) {
        List<IndicatorDay> mine = rows.stream().filter(d -> d.subject().equals(c)).toList();
        DetectorInput in = DetectorSeries.of(spec, mine, coverage);
        if (in == null || in.volume() < spec.minSubjectVolume() || !options.alertsOn(Scope.COUNTRY, c)) continue;
        SeriesScores sc = spec.score(in.periods(), in.numerator(), in.denominator());
        if (s == 0) keep.put(c, sc);
        for (DetectedAlert d : AlertBuilder.alerts(spec, c, sc))
          out.add(new AlertRecord(out.size() + 1, d.scope().key(), d.subject(), d.indicator(), d.level().key(), d.peakLevel().key(), d.opened(), d.closed()));
      }
      return out;
    }
  }
}
