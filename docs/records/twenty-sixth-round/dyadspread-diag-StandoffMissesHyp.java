// Scratch driver of issue 14 (twenty-fifth round, helper r25std), not part of the build: why weak
// China-Viet Nam maritime standoffs are missed. A copy of Standoffs.java (twenty-third round) that
// prints only the China-Viet Nam standoffs, with the limits of each lens, and for every one of them
// the earlier episodes in its baseline (NEAR), the alerts open on its subjects around it (ALERT) and,
// for the missed ones, per-day traces (TRACE) of the dyad lens, the sea lens, the pooled pair and
// Viet Nam's conflict_7d. Run from the repository root:
//   java -cp JAR tools/signals/StandoffMisses.java 2601-2620 [history]
//   java -cp JAR tools/signals/StandoffMisses.java 14,2615
// Seeds only from 1-40, 1101-1120, 2501-2520, 2601-2620.
// Everything else as Standoffs.java (see its header): each seed simulated day by day with the
// simulator's origin of every report, the shipped detectors (SimulatedWatch.alerts) scored by
// DetectionEvaluator (with "history": two years from 2025-01-01, scored from 2026-01-01).
import java.lang.reflect.Method;
import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;
import java.util.stream.*;
import org.amity.event.Event;
import org.amity.event.GeoPrecision;
import org.amity.ingest.FileScan;
import org.amity.ingest.Format;
import org.amity.pipeline.WatchJob;
import org.amity.signal.*;
import org.amity.signal.daily.*;
import org.amity.simulate.*;

public class StandoffMisses {
  static final List<String> CLAIMANTS = List.of("PHL", "VNM", "MYS", "IDN");
  static final Map<String, DetectionSpec> SPECS = new HashMap<>();
  static final List<String> COUNTRY_LENSES = List.of("conflict", "material_conflict", "conflict_7d", "material_conflict_7d", "coercion_7d");

  public static void main(String[] args) throws Exception {
    List<Long> seedList = new ArrayList<>();
    for (String part : args[0].split(",")) {
      String[] r = part.split("-");
      long f0 = Long.parseLong(r[0]), t0 = Long.parseLong(r.length > 1 ? r[1] : r[0]);
      for (long s0 = f0; s0 <= t0; s0++) seedList.add(s0);
    }
    boolean historyRun = args.length > 1 && args[1].equals("history");
    int days = historyRun ? 730 : 365;
    LocalDate scoredFrom = historyRun ? LocalDate.parse("2026-01-01") : null;
    LocalDate start = LocalDate.parse("2025-01-01");
    LocalDate yearFrom = historyRun ? scoredFrom : start;
    System.out.println("MODE standoffs, " + (historyRun ? "two years from 2025-01-01, scored from 2026-01-01" : "one year from 2025-01-01"));
    DetectorConfig cfg = System.getProperty("cfg") == null ? DetectorConfig.standard() : DetectorConfig.load(java.nio.file.Path.of(System.getProperty("cfg")));
    PooledLens pool = cfg.pools().get(0);
    WatchJob.Options options = WatchJob.Options.standard();
    Method day = ScenarioSimulator.class.getDeclaredMethod("day", LocalDate.class, int.class, long.class);
    day.setAccessible(true);
    Method firstId = ScenarioSimulator.class.getDeclaredMethod("firstId");
    firstId.setAccessible(true);
    int det = 0, eps = 0, all3 = 0, fal = 0;
    for (long seed : seedList) {
      Path dir = Files.createTempDirectory("standoffs-" + seed + "-");
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
        if (events.size() - n0 != reports.size()) throw new IllegalStateException("day " + d + ": rows " + (events.size() - n0) + " reports " + reports.size());
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
      IncidentSubjects subjects = IncidentSubjects.watching(options.watchSet()).withTheatres(cfg.theatres());
      List<IndicatorDay> table = DailyIndicators.of(events, subjects);
      List<AlertRecord> shipped = SimulatedWatch.alerts(cfg, table, options::alertsOn);
      Evaluation ev = DetectionEvaluator.evaluateFrom(truth, shipped, "watch", scoredFrom);
      det += ev.detected(); eps += ev.episodes(); fal += ev.falseAlerts();
      boolean ok = ev.recall() >= 0.9 && (ev.precision() == null || ev.precision() >= 0.8) && ev.falseAlertsPerCountryYear() <= 0.3 + 1e-9;
      all3 += ok ? 1 : 0;
      Set<String> detected = ev.detail().stream().filter(x -> x.detected()).map(x -> x.id()).collect(Collectors.toSet());
      // every daily lens of every subject, scored without the watch's region gate (China's too)
      Map<String, SeriesScores> lens = new HashMap<>();
      Map<String, Double> volume = new HashMap<>();
      SeriesDetection.forEachSeries(cfg, table, (spec, s, in) -> {
        if (spec.resolution() != Resolution.DAY || in == null) return;
        volume.put(spec.name() + "|" + s.name(), in.volume());
        SPECS.put(spec.name(), spec);
        if (in.volume() < spec.minSubjectVolume()) return;
        lens.put(spec.name() + "|" + s.name(), spec.score(in.periods(), in.numerator(), in.denominator()));
      });
      // day rows per subject
      Map<String, TreeMap<LocalDate, DayCounts>> rows = new HashMap<>();
      for (IndicatorDay d : table) rows.computeIfAbsent(d.scope() + ":" + d.subject(), x -> new TreeMap<>()).put(d.day(), d.counts());
      StringBuilder out = new StringBuilder(String.format("seed %d recall %.3f false %d%s chronic %s", seed, ev.recall(), ev.falseAlerts(), ok ? " ok" : "",
          truth.chronic().stream().filter(c -> c.seaArea() != null).map(c -> String.join("-", c.parties()) + "@" + c.seaArea() + " " + String.format("%.2f/day", c.incidentsPerDay())).toList()));
      // the dyads' incidents in the South China Sea, by origin class, over the scored year
      Map<String, Map<String, Integer>> dyadSea = new TreeMap<>();
      Map<IncidentKey, String> seen = new HashMap<>();
      for (int i = 0; i < events.size(); i++) {
        Event e = events.get(i);
        if (e.eventDate().isBefore(yearFrom)) continue;
        String s = e.source().country(), t = e.target().country();
        if (s == null || t == null || s.equals(t) || !"SOUTH_CHINA_SEA".equals(e.action().seaArea())) continue;
        String dy = s.compareTo(t) < 0 ? s + "-" + t : t + "-" + s;
        if (!dy.startsWith("CHN-")) continue;
        IncidentKey k = IncidentKey.of(e);
        if (seen.putIfAbsent(k, origin.get(i)) != null) continue;
        String o = origin.get(i);
        String cls = o.startsWith("chronic:") ? "chronic" : o.startsWith("background:") ? "background" : "episode";
        dyadSea.computeIfAbsent(dy, x -> new TreeMap<>()).merge(cls + (e.quadClass().number() >= 3 ? "-conflict" : "-coop"), 1, Integer::sum);
      }
      int yearDays = 365;
      for (String x : CLAIMANTS) {
        String dy = "CHN-" + x;
        double[] c = sums(rows.get("COUNTRY:" + x), yearFrom), dd = sums(rows.get("DYAD:" + dy), yearFrom);
        out.append(String.format("%n  VOL %s country %.1f inc/day conflict share %.3f mc share %.3f | dyad %s %.2f inc/day conflict share %.3f mc share %.3f volume(series) %.0f floor %d %s | dyad incidents in SCS over the year %s",
            x, c[0] / yearDays, c[1] / Math.max(1, c[0]), c[2] / Math.max(1, c[0]), dy, dd[0] / yearDays, dd[1] / Math.max(1, dd[0]), dd[2] / Math.max(1, dd[0]),
            volume.getOrDefault("dyad_conflict_7d|" + dy, 0.0), 150, lens.containsKey("dyad_conflict_7d|" + dy) ? "scored" : "NOT SCORED", dyadSea.getOrDefault(dy, Map.of())));
      }
      for (Episode ep : truth.episodes()) {
        if (ep.type() != EpisodeType.MARITIME_STANDOFF) continue;
        if (scoredFrom != null && ep.start().isBefore(scoredFrom)) continue;
        String a = ep.parties().get(0), b = ep.parties().get(1);
        String dy = a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
        String area = ep.seaArea();
        if (!dy.equals("CHN-VNM")) continue;
        // which shipped alerts detect it
        List<String> by = new ArrayList<>();
        for (AlertRecord ar : shipped) {
          Evaluation one = DetectionEvaluator.evaluateFrom(truth, List.of(ar), "watch", scoredFrom);
          if (one.detail().stream().anyMatch(x -> x.id().equals(ep.id()) && x.detected())) by.add(ar.indicator() + "/" + ar.subject() + "@" + ar.opened());
        }
        Map<String, Integer> place = new TreeMap<>(), codes = new TreeMap<>(), quad = new TreeMap<>(), srcT = new TreeMap<>(), tgtT = new TreeMap<>();
        Map<IncidentKey, Incident> inc = new LinkedHashMap<>();
        int reports = 0;
        for (int i = 0; i < events.size(); i++) {
          if (!ep.id().equals(origin.get(i))) continue;
          Event e = events.get(i);
          reports++;
          place.merge(placeClass(e, a, b), 1, Integer::sum);
          codes.merge(e.code().code(), 1, Integer::sum);
          quad.merge("Q" + e.quadClass().number(), 1, Integer::sum);
          srcT.merge(e.source().country() + ":" + (e.source().types().isEmpty() ? "-" : e.source().types().get(0)), 1, Integer::sum);
          tgtT.merge(e.target().country() + ":" + (e.target().types().isEmpty() ? "-" : e.target().types().get(0)), 1, Integer::sum);
          Incident one = Incident.of(e);
          inc.merge(one.key(), one, Incident::plus);
        }
        // the episode's incidents per subject and numerator, by day
        Map<String, TreeMap<LocalDate, Integer>> own = new HashMap<>();
        Map<String, Integer> ownTot = new TreeMap<>();
        for (Incident i : inc.values()) {
          for (Subject s : subjects.of(i)) {
            String key = s.scope() + ":" + s.name();
            if (!(key.equals("COUNTRY:" + a) || key.equals("COUNTRY:" + b) || key.equals("DYAD:" + dy) || key.equals("AREA:" + area))) continue;
            for (String num : List.of("all", "conflict", "mc")) {
              boolean in = num.equals("all") || (num.equals("conflict") ? i.quad() >= 3 : i.quad() == 4);
              if (!in) continue;
              own.computeIfAbsent(key + "|" + num, x -> new TreeMap<>()).merge(i.key().day(), 1, Integer::sum);
              ownTot.merge(key.replace("COUNTRY:", "").replace("DYAD:", "").replace("AREA:SOUTH_CHINA_SEA", "SCS") + "/" + num, 1, Integer::sum);
            }
          }
        }
        out.append(String.format("%n  STANDOFF %s %s %s %s %s setting %s %s..%s peak %s rel %.3f peak/day %.2f %s by %s",
            ep.id(), ep.strength(), dy, a + ">" + b, area, ep.setting(), ep.start(), ep.end(), ep.peak(), ep.relativeIntensity(), ep.peakIncidentsPerDay(),
            detected.contains(ep.id()) ? "DETECTED" : "MISSED", by.isEmpty() ? "-" : by));
        out.append(String.format("%n      reports %d incidents %d | places %s%n      codes %s quad %s%n      source %s target %s%n      own incidents by subject %s",
            reports, inc.size(), place, codes, quad, srcT, tgtT, ownTot));
        // lenses
        StringBuilder ls = new StringBuilder();
        for (String x : List.of(a, b)) for (String l : COUNTRY_LENSES) ls.append(lensLine(lens, volume, l, x, ep, null));
        for (String l : List.of("dyad_conflict_7d", "dyad_conflict")) ls.append(lensLine(lens, volume, l, dy, ep, null));
        for (String l : List.of("sea_incidents_7d", "sea_incidents_28d")) ls.append(lensLine(lens, volume, l, area, ep, null));
        SeriesScores as = lens.get("sea_incidents_7d|" + area), ds = lens.get("dyad_conflict_7d|" + dy);
        if (as != null && ds != null) {
          SeriesScores ps = pool.score(as, Map.of(dy, ds)).scores();
          double[] bp = best(ps, ep);
          ls.append(String.format("%n      %-22s %-16s best z %.2f cusum %.2f (limit %.0f)", "sea_dyad_7d(pair)", area + "+" + dy, bp[0], bp[1], pool.limit()));
        } else ls.append(String.format("%n      %-22s %-16s not scored (area %s, dyad %s)", "sea_dyad_7d(pair)", area + "+" + dy, as != null, ds != null));
        out.append(ls);
        // the dyad's news in the episode's window and the oracle reading
        for (String subj : List.of("DYAD:" + dy, "COUNTRY:" + b, "COUNTRY:" + a)) {
          String lname = subj.startsWith("DYAD") ? "dyad_conflict_7d" : "conflict_7d";
          String sname = subj.substring(subj.indexOf(':') + 1);
          TreeMap<LocalDate, DayCounts> rr = rows.get(subj);
          double[] w = new double[3];
          if (rr != null) for (var e : rr.subMap(ep.start().minusDays(7), true, ep.end(), true).entrySet()) { w[0] += e.getValue().incidents(); w[1] += e.getValue().conflictIncidents(); w[2] += e.getValue().mcIncidents(); }
          TreeMap<LocalDate, Integer> oc = own.getOrDefault(subj + "|conflict", new TreeMap<>());
          int ocTot = oc.values().stream().mapToInt(Integer::intValue).sum();
          int ownAll = own.getOrDefault(subj + "|all", new TreeMap<>()).values().stream().mapToInt(Integer::intValue).sum();
          // the seven days where the episode's conflict incidents on the subject peak
          LocalDate bestDay = null; int k = 0;
          for (LocalDate d = ep.start(); !d.isAfter(ep.end().plusDays(6)); d = d.plusDays(1)) {
            int s = 0;
            for (var e : oc.subMap(d.minusDays(6), true, d, true).entrySet()) s += e.getValue();
            if (s > k) { k = s; bestDay = d; }
          }
          SeriesScores sc = lens.get(lname + "|" + sname);
          String oracle = "n/a";
          if (sc != null && bestDay != null) {
            int t = sc.periods().indexOf(bestDay);
            if (t >= 0 && !Double.isNaN(sc.expected()[t])) {
              double v = sc.volumes()[t], p = sc.baselineShare()[t], x = sc.values()[t];
              double rho = rho(sc.values(), sc.volumes(), p, t, 7, 28);
              double sd = Math.sqrt(v * p * (1 - p) * (1 + (v - 1) * rho));
              double sd0 = Math.sqrt(v * p * (1 - p));
              oracle = String.format("at %s: own conflict %d of x %.0f, vol %.0f, e %.1f, p %.3f, rho %.4f, lens z %.2f; oracle k/sd %.2f (binomial only %.2f)", bestDay, k, x, v, sc.expected()[t], p, rho, sc.scores()[t], k / sd, k / sd0) + String.format(" | rho without flagged %.4f, without flagged and build-ups %.4f", rhoMasked(sc, p, t, false), rhoMasked(sc, p, t, true));
            }
          }
          out.append(String.format("%n      WINDOW %-12s start-7..end: incidents %.0f conflict %.0f mc %.0f | episode's: all %d conflict %d (%.0f%% of the window's conflict) | oracle %s",
              subj, w[0], w[1], w[2], ownAll, ocTot, 100.0 * ocTot / Math.max(1, w[1]), oracle));
        }
        // NEAR: earlier episodes of CHN, VNM (parties or involved) ending within 56 days before the start, and any standoff in the area
        String near = truth.episodes().stream().filter(e -> e != ep && (e.parties().contains("VNM") || e.involved().contains("VNM") || e.type() == EpisodeType.MARITIME_STANDOFF)
            && e.end().isBefore(ep.start()) && !e.end().isBefore(ep.start().minusDays(56)))
          .map(e -> e.id() + " " + e.type() + " " + e.strength() + " " + String.join("-", e.parties()) + "@" + e.seaArea() + " " + e.start() + ".." + e.end() + (scoredFrom != null && e.start().isBefore(scoredFrom) ? " HISTORY" : "") + (detected.contains(e.id()) ? " detected" : ""))
          .collect(Collectors.joining("; "));
        String overl = truth.episodes().stream().filter(e -> e != ep && (e.parties().contains("VNM") || e.parties().contains("CHN") || e.involved().contains("VNM"))
            && !e.end().isBefore(ep.start()) && !e.start().isAfter(ep.end()))
          .map(e -> e.id() + " " + e.type() + " " + e.strength() + " " + String.join("-", e.parties()) + " " + e.start() + ".." + e.end()).collect(Collectors.joining("; "));
        out.append(String.format("%n      NEAR ending within 56 d before: %s | overlapping: %s", near.isEmpty() ? "none" : near, overl.isEmpty() ? "none" : overl));
        for (AlertRecord ar : shipped) {
          boolean on = switch (ar.scope()) {
            case "country" -> ar.subject().equals("VNM") || ar.subject().equals("CHN");
            case "dyad" -> ar.subject().contains("VNM");
            case "area" -> ar.subject().equals(area);
            default -> false; };
          if (!on) continue;
          LocalDate cl = ar.closed() == null ? LocalDate.MAX : ar.closed();
          if (ar.opened().isAfter(ep.end().plusDays(30)) || cl.isBefore(ep.start().minusDays(90))) continue;
          String rel = truth.episodes().stream().filter(e -> (boolean) call("relates", ar, e)).map(e -> e.id() + ((boolean) call("detects", ar, e) ? "(detects)" : "(relates)")).collect(Collectors.joining(","));
          out.append(String.format("%n      ALERT #%d %s:%s %s peak %s opened %s closed %s | relates %s", ar.id(), ar.scope(), ar.subject(), ar.indicator(), ar.peakLevel(), ar.opened(), ar.closed(), rel.isEmpty() ? "-" : rel));
        }
        if (!detected.contains(ep.id()) || Boolean.getBoolean("trace")) {
          List<String[]> tl = List.of(new String[] {"dyad_conflict_7d", dy}, new String[] {"sea_incidents_7d", area}, new String[] {"conflict_7d", "VNM"}, new String[] {"material_conflict_7d", "VNM"});
          SeriesScores pairS = as != null && ds != null ? pool.score(as, Map.of(dy, ds)).scores() : null;
          for (LocalDate d = ep.start().minusDays(14); !d.isAfter(ep.end().plusDays(3)); d = d.plusDays(1)) {
            StringBuilder t = new StringBuilder(String.format("%n        TRACE %s", d));
            for (String[] x : tl) {
              SeriesScores sc = lens.get(x[0] + "|" + x[1]);
              int i = sc == null ? -1 : sc.periods().indexOf(d);
              if (i < 0) { t.append(" | ").append(x[0]).append(" -"); continue; }
              t.append(String.format(" | %s x %.0f v %.0f e %.1f p %.3f z %.2f c %.1f %s%s", x[0].replace("_conflict", "_c").replace("material", "mat").replace("_incidents", ""), sc.values()[i], sc.volumes() == null ? Double.NaN : sc.volumes()[i], sc.expected()[i], sc.baselineShare()[i],
                  sc.scores()[i], sc.cusum()[i], sc.levels()[i], sc.protracted()[i] ? " PROT" : ""));
            }
            if (pairS != null) { int i = pairS.periods().indexOf(d); if (i >= 0) t.append(String.format(" | pool z %.2f c %.2f %s", pairS.scores()[i], pairS.cusum()[i], pairS.levels()[i])); }
            TreeMap<LocalDate, Integer> ocd = own.getOrDefault("DYAD:" + dy + "|conflict", new TreeMap<>()), oca = own.getOrDefault("AREA:" + area + "|mc", new TreeMap<>());
            t.append(String.format(" | own dyad-conflict %d area-mc %d", ocd.getOrDefault(d, 0), oca.getOrDefault(d, 0)));
            out.append(t);
          }
        }
      }
      System.out.println(out); System.out.flush();
    }
    System.out.printf("TOTAL shipped detected %d/%d false %d all three %d%n", det, eps, fal, all3);
  }

  static String placeClass(Event e, String a, String b) {
    var l = e.action();
    if (l.seaArea() != null) return "sea:" + l.seaArea() + ":" + shortName(l.name());
    if (l.precision() == GeoPrecision.COUNTRY) return "centroid:" + l.country();
    return "land:" + l.country() + ":" + shortName(l.name());
  }

  static String shortName(String n) {
    if (n == null) return "?";
    int c = n.indexOf(',');
    return (c < 0 ? n : n.substring(0, c)).replace(' ', '_');
  }

  static double[] sums(TreeMap<LocalDate, DayCounts> rr, LocalDate from) {
    double[] s = new double[3];
    if (rr == null) return s;
    for (var e : rr.tailMap(from, true).entrySet()) { s[0] += e.getValue().incidents(); s[1] += e.getValue().conflictIncidents(); s[2] += e.getValue().mcIncidents(); }
    return s;
  }

  static String lensLine(Map<String, SeriesScores> lens, Map<String, Double> volume, String l, String subj, Episode ep, Object unused) {
    SeriesScores sc = lens.get(l + "|" + subj);
    if (sc == null) return String.format("%n      %-22s %-16s not scored (volume %.0f)", l, subj, volume.getOrDefault(l + "|" + subj, 0.0));
    double[] b = best(sc, ep);
    DetectionSpec sp = SPECS.get(l);
    DetectorSettings st = sp.settings();
    int inWin = 0, based = 0, thin = 0;
    for (int i = 0; i < sc.size(); i++) {
      LocalDate p = sc.periods().get(i);
      if (p.isBefore(ep.start().minusDays(7)) || p.isAfter(ep.end())) continue;
      inWin++;
      if (Double.isNaN(sc.expected()[i])) continue;
      based++;
      if (sc.volumes() != null && sc.volumes()[i] < st.minPeriodVolume()) thin++;
    }
    String at = "";
    if (b[2] >= 0) { int i = (int) b[2]; at = String.format(" x %.0f v %.0f e %.1f p %.3f", sc.values()[i], sc.volumes() == null ? Double.NaN : sc.volumes()[i], sc.expected()[i], sc.baselineShare()[i]); }
    return String.format("%n      %-22s %-16s vol %.0f/%.0f days %d based %d thin(<%.0f) %d | best z %.2f (%s%s) warn %.2f | cusum %.2f watch %.2f%s minHistory %d",
        l, subj, volume.getOrDefault(l + "|" + subj, 0.0), sp.minSubjectVolume(), inWin, based, st.minPeriodVolume(), thin, b[0], b[2] < 0 ? "-" : sc.periods().get((int) b[2]), at,
        st.zWarning(), b[1], st.cusumWatch(), st.cusum() ? "" : " (no cusum)", st.minHistory());
  }

  /** The best z (with its index) and CUSUM of a series from a week before the episode's start to its end. */
  static double[] best(SeriesScores sc, Episode ep) {
    double bz = 0, bc = 0, at = -1;
    for (int i = 0; i < sc.size(); i++) {
      LocalDate p = sc.periods().get(i);
      if (p.isBefore(ep.start().minusDays(7)) || p.isAfter(ep.end()) || Double.isNaN(sc.expected()[i])) continue;
      if (sc.scores()[i] > bz || at < 0) { bz = Math.max(bz, sc.scores()[i]); at = i; }
      bc = Math.max(bc, sc.cusum()[i]);
    }
    return new double[] {bz, bc, at};
  }

  /** r26std: the detector's rho with its flagged periods (level at least watch) left out, and optionally the build-ups (cusum > 0 before a run opened). */
  static double rhoMasked(SeriesScores sc, double p, int t, boolean build) {
    int n = sc.size();
    boolean[] out = new boolean[n];
    for (int i = 0; i < n; i++) out[i] = sc.levels()[i] != org.amity.signal.Level.NONE;
    if (build) for (int i = 1; i < n; i++) if (sc.levels()[i] != org.amity.signal.Level.NONE && sc.levels()[i - 1] == org.amity.signal.Level.NONE)
      for (int j = i - 1; j >= 0 && sc.cusum()[j] > 0; j--) out[j] = true;
    if (!build) {
      StringBuilder pr = new StringBuilder();
      for (int i = Math.max(0, t - 7 - 84); i < t; i++) if (sc.protractedAt()[i] || (sc.protracted()[i] && (i == 0 || !sc.protracted()[i - 1])) || (!sc.protracted()[i] && i > 0 && sc.protracted()[i - 1])) pr.append(sc.periods().get(i)).append(sc.protractedAt()[i] ? ":protractedAt " : sc.protracted()[i] ? ":protracted-from " : ":protracted-until ");
      int np = 0; for (int i = Math.max(0, t - 7 - 84); i < t - 7; i++) if (sc.protracted()[i]) np++;
      System.out.println("        PROTRACT lookback " + sc.periods().get(Math.max(0, t - 7 - 84)) + ".." + sc.periods().get(t - 8) + ": protracted days " + np + " marks " + pr);
    }
    if (!build && sc.periods().get(t).toString().startsWith("2026-08")) {
      // hypothesis: the flags as the detector holds them after the protracted run came down
      // (re-flagged heldFrom..t-28 = 06-12..06-24 only)
      boolean[] h = out.clone();
      for (int i = 0; i < n; i++) { String d = sc.periods().get(i).toString(); if (d.compareTo("2026-06-25") >= 0 && d.compareTo("2026-07-21") <= 0) h[i] = false; }
      double[] hv = sc.volumes().clone();
      for (int i = 0; i < n; i++) if (h[i]) hv[i] = 0;
      System.out.println("        HYP rho with 06-25..07-21 unflagged: " + rho(sc.values(), hv, p, t, 7, 28));
    }
    double[] x = sc.values().clone(), vol = sc.volumes().clone();
    for (int i = 0; i < n; i++) if (out[i]) vol[i] = 0;
    return rho(x, vol, p, t, 7, 28);
  }

  /** The detector's moment estimate of rho, as Why.java computes it. */
  static double rho(double[] x, double[] vol, double p, int t, int guard, int window) {
    int end = t - guard;
    int from = Math.max(0, end - 3 * window);
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
