// Scratch driver of issue 14 (twenty-fifth round, helper r25pir), not part of the build: why weak
// piracy waves are still missed with the pirates' lens (sea_pirates_7d). Run from the repository root:
//   java -cp JAR tools/signals/PiratesWeak.java 18,1116,1117              (one year)
//   java -Dhistory=true -cp JAR tools/signals/PiratesWeak.java 6,11,16    (a year of history first)
// Design seeds only (1-40, 1101-1120). Each seed is simulated as `amity evaluate --seeds S --engine
// plain` does (365 days from 2025-01-01; with -Dhistory=true 730 days, the second year scored), day by
// day through ScenarioSimulator.day (reflection, as WeakEpisodes.java) so that every report keeps its
// incident's origin; the rows are parsed by the product's GDELT 2.0 parser; the daily table and the
// shipped alerts are the product's (DailyIndicators, SimulatedWatch).
// Prints per scored PIRACY episode (missed ones in full, detected ones in one line):
//  EP   id, area, parties, strength, span, DETECTED (lenses of related alerts in [start-7, end]) or MISSED;
//       its reports: at sea in its area / on the area's coast (SeaCoasts) / a country centroid / elsewhere;
//       of them CAMEO 171/1711/181; of those the pirates' test (Incident.piracy) at sea / coast; and the
//       distinct incidents they make on the area's pirates' count.
//  LENS per area lens (sea_incidents_7d, sea_incidents_28d, sea_pirates_7d) and the parties' country
//       material_conflict_7d and their dyads' dyad_conflict_7d: watched (whole-series volume vs
//       minVolume), window days [start-7, end], with a baseline, below minPeriodVolume; best z (day,
//       x, expected) vs warning; best CUSUM vs watch.
//  P7 / P28 the pirates' count (driver's own, incidents by first origin): best 7-day and 28-day sum
//       in [start, end+6] / [start, end+27], the wave's own part, and the baseline a rolling7 (7-day
//       sums of days d-34..d-7) / rolling28 (28-day sums ending d-83..d-28) profile would read: mean,
//       sd, the part of it from chronic piracy, background and other episodes (by id).
//  NEAR earlier piracy episodes in the same area ending within 110 days before the start.
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

public class PiratesWeak {
  static final Set<String> CODES = Set.of("171", "1711", "181");
  static final String[] AREA_LENSES = {"sea_incidents_7d", "sea_incidents_28d", "sea_pirates_7d", "sea_pirates_28d"};

  public static void main(String[] args) throws Exception {
    List<Long> seeds = Arrays.stream(args[0].split(",")).map(Long::parseLong).toList();
    for (long s : seeds) if (!((s >= 1 && s <= 40) || (s >= 1101 && s <= 1120))) throw new IllegalArgumentException("design seeds only: 1-40, 1101-1120");
    boolean history = Boolean.getBoolean("history");
    int days = history ? 730 : 365;
    LocalDate start = LocalDate.parse("2025-01-01"), scored = history ? LocalDate.parse("2026-01-01") : start;
    String cfgFile = System.getProperty("config");
    DetectorConfig cfg = cfgFile == null ? DetectorConfig.standard() : DetectorConfig.parse(Files.readString(Path.of(cfgFile)), cfgFile);
    if (cfgFile != null) System.out.println("CONFIG " + cfgFile);
    WatchJob.Options options = WatchJob.Options.standard();
    Method day = ScenarioSimulator.class.getDeclaredMethod("day", LocalDate.class, int.class, long.class);
    day.setAccessible(true);
    Method firstId = ScenarioSimulator.class.getDeclaredMethod("firstId");
    firstId.setAccessible(true);
    Class<?> writer = Class.forName("org.amity.simulate.ExportRowWriter");
    Class<?> reportClass = Class.forName("org.amity.simulate.ExportRowWriter$Report");
    Method row = writer.getDeclaredMethod("row", reportClass);
    row.setAccessible(true);
    System.out.println("MODE " + (history ? "730 days, scored from 2026-01-01" : "365 days from 2025-01-01"));
    for (long seed : seeds) {
      Path dir = Files.createTempDirectory("pw-" + seed + "-");
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
        }
        if (events.size() - n0 != reports.size()) throw new IllegalStateException("day " + d + ": rows differ");
        for (int j = 0; j < reports.size(); j++) origin.add((String) acc(acc(reports.get(j), "incident"), "origin"));
        id += reports.size();
      }
      Files.deleteIfExists(f); Files.deleteIfExists(dir);
      IncidentSubjects subjects = IncidentSubjects.watching(options.watchSet()).withTheatres(cfg.theatres());
      List<IndicatorDay> table = DailyIndicators.of(events, subjects);
      List<AlertRecord> shipped = SimulatedWatch.alerts(cfg, table, options::alertsOn);
      Map<String, Object[]> lens = new HashMap<>();
      SeriesDetection.forEachSeries(cfg, table, (spec, sub, in) -> {
        if (in == null) return;
        String n = spec.name();
        if (Arrays.asList(AREA_LENSES).contains(n) || n.equals("material_conflict_7d") || n.equals("dyad_conflict_7d"))
          lens.put(n + "|" + sub.name(), new Object[] {spec, spec.score(in.periods(), in.numerator(), in.denominator()), in.volume()});
      });
      Evaluation ev = history ? DetectionEvaluator.evaluateFrom(truth, shipped, "watch", scored) : DetectionEvaluator.evaluate(truth, shipped, "watch");
      Set<String> detected = ev.detail().stream().filter(x -> x.detected()).map(x -> x.id()).collect(Collectors.toSet());
      Set<String> scoredIds = ev.detail().stream().map(x -> x.id()).collect(Collectors.toSet());
      // the pirates' count per area, per day, per origin class (distinct incident keys, first origin)
      Map<String, Map<IncidentKey, String>> pk = new HashMap<>();
      for (int i = 0; i < events.size(); i++) {
        Event e = events.get(i);
        if (!Incident.piracy(e)) continue;
        String a = e.action().seaArea() != null ? e.action().seaArea() : IncidentSubjects.coast(e).map(Subject::name).orElse(null);
        if (a == null) continue;
        String o = origin.get(i);
        pk.computeIfAbsent(a, x -> new HashMap<>()).putIfAbsent(IncidentKey.of(e), o.startsWith("chronic:") ? "chronic" : o.startsWith("background:") ? "background" : o);
      }
      Map<String, Map<LocalDate, Map<String, Integer>>> pday = new HashMap<>();
      pk.forEach((a, m) -> m.forEach((k, o) -> pday.computeIfAbsent(a, x -> new HashMap<>()).computeIfAbsent(k.day(), x -> new TreeMap<>()).merge(o, 1, Integer::sum)));
      StringBuilder out = new StringBuilder("seed " + seed);
      for (AlertRecord a : shipped) {
        if (!a.indicator().equals("sea_pirates_28d")) continue;
        Evaluation one = history ? DetectionEvaluator.evaluateFrom(truth, List.of(a), "watch", scored) : DetectionEvaluator.evaluate(truth, List.of(a), "watch");
        String rel = one.detail().stream().filter(x -> x.detected()).map(x -> x.id()).collect(Collectors.joining(","));
        Object[] o = lens.get("sea_pirates_28d|" + a.subject());
        String at = "";
        if (o != null) {
          SeriesScores sc = (SeriesScores) o[1];
          int i = sc.periods().indexOf(a.opened());
          if (i >= 0) at = String.format(" opening day x %.0f e %.1f z %.2f", sc.values()[i], sc.expected()[i], sc.scores()[i]);
        }
        Map<LocalDate, Map<String, Integer>> pd = pday.getOrDefault(a.subject(), Map.of());
        Map<String, Integer> win = new TreeMap<>(), base = new TreeMap<>();
        for (int j = 0; j < 28; j++) for (var x : pd.getOrDefault(a.opened().minusDays(j), Map.of()).entrySet()) win.merge(x.getKey(), x.getValue(), Integer::sum);
        for (int j = 28; j < 28 + 56 + 27; j++) for (var x : pd.getOrDefault(a.opened().minusDays(j), Map.of()).entrySet()) base.merge(x.getKey(), x.getValue(), Integer::sum);
        String eps = truth.episodes().stream().filter(e -> a.subject().equals(e.seaArea()) || e.parties().stream().anyMatch(p -> false))
            .filter(e -> !e.end().isBefore(a.opened().minusDays(120)) && !e.start().isAfter(a.opened().plusDays(28)))
            .map(e -> e.id() + " " + e.type() + " " + e.strength() + " " + e.start() + ".." + e.end()).collect(Collectors.joining("; "));
        out.append(String.format("%n  ALERT sea_pirates_28d %s %s..%s peak %s%s -> %s | 28 days to opening by origin %s | the 83 days before them %s | area episodes near: %s",
            a.subject(), a.opened(), a.closed(), a.peakLevel(), at, one.falseAlerts() == 1 ? "FALSE" : rel.isEmpty() ? "related, outside any window" : "detects " + rel, win, base, eps.isEmpty() ? "none" : eps));
      }
      for (Episode ep : truth.episodes()) {
        if (ep.type() != EpisodeType.PIRACY || !scoredIds.contains(ep.id())) continue;
        String area = ep.seaArea();
        boolean hit = detected.contains(ep.id());
        String by = shipped.stream().filter(a -> !a.opened().isBefore(ep.start().minusDays(7)) && !a.opened().isAfter(ep.end()) && relates(a, ep))
            .map(a -> a.indicator() + "@" + a.subject() + ":" + a.peakLevel() + ":" + a.opened()).distinct().collect(Collectors.joining(","));
        out.append(String.format("%n  EP %s PIRACY %s %s %s %s..%s (%d d) %s %s", ep.id(), area, String.join("-", ep.parties()), ep.strength(), ep.start(), ep.end(),
            ep.end().toEpochDay() - ep.start().toEpochDay() + 1, hit ? "DETECTED" : "MISSED", by));
        if (hit && ep.strength().toString().equals("STRONG")) continue;
        int[] where = new int[4], codes = new int[4], pir = new int[2];
        Set<IncidentKey> pirInc = new HashSet<>();
        int n = 0;
        for (int i = 0; i < events.size(); i++) {
          if (!ep.id().equals(origin.get(i))) continue;
          Event e = events.get(i);
          n++;
          var l = e.action();
          String coast = l.seaArea() == null ? IncidentSubjects.coast(e).map(Subject::name).orElse(null) : null;
          // the coast test of IncidentSubjects.coast needs a pirates' report; test the place with a pirates-free copy is not possible, so
          // the place class: sea, division known (not country precision), centroid, else
          int w = area.equals(l.seaArea()) ? 0 : l.seaArea() == null && l.precision() != GeoPrecision.COUNTRY && l.country() != null ? 1 : l.seaArea() == null && l.precision() == GeoPrecision.COUNTRY ? 2 : 3;
          where[w]++;
          if (CODES.contains(e.code().code())) {
            codes[w]++;
            if (Incident.piracy(e) && area.equals(l.seaArea())) { pir[0]++; pirInc.add(IncidentKey.of(e)); }
            else if (Incident.piracy(e) && area.equals(coast)) { pir[1]++; pirInc.add(IncidentKey.of(e)); }
          }
        }
        out.append(String.format("%n      REPORTS %d: sea %d, land below country %d, centroid %d, other %d | codes 171/1711/181: sea %d, land %d, centroid %d, other %d | pirates' test: sea %d, coast %d -> %d incidents on %s",
            n, where[0], where[1], where[2], where[3], codes[0], codes[1], codes[2], codes[3], pir[0], pir[1], pirInc.size(), area));
        List<String> keys = new ArrayList<>();
        for (String l : AREA_LENSES) keys.add(l + "|" + area);
        for (String p : ep.parties()) keys.add("material_conflict_7d|" + p);
        for (String k : lens.keySet()) if (k.startsWith("dyad_conflict_7d|") && ep.parties().stream().allMatch(p -> k.contains(p))) keys.add(k);
        for (String key : keys) {
          Object[] o = lens.get(key);
          if (o == null) { out.append(String.format("%n      LENS %-40s no series", key)); continue; }
          DetectionSpec spec = (DetectionSpec) o[0];
          SeriesScores sc = (SeriesScores) o[1];
          double vol = (double) o[2];
          DetectorSettings st = spec.settings();
          double limZ = st.zWarning(), limC = st.cusum() ? st.cusumWatch() : Double.NaN;
          int inWin = 0, based = 0, thin = 0, bi = -1, ci = -1; double bz = 0, bc = 0;
          for (int i = 0; i < sc.size(); i++) {
            LocalDate p = sc.periods().get(i);
            if (p.isBefore(ep.start().minusDays(7)) || p.isAfter(ep.end())) continue;
            inWin++;
            if (Double.isNaN(sc.expected()[i])) continue;
            based++;
            double v = sc.volumes() != null ? sc.volumes()[i] : sc.values()[i];
            if (v < st.minPeriodVolume()) thin++;
            if (bi < 0 || sc.scores()[i] > bz) { bz = sc.scores()[i]; bi = i; }
            if (ci < 0 || sc.cusum()[i] > bc) { bc = sc.cusum()[i]; ci = i; }
          }
          String at = bi < 0 ? "" : String.format(" on %s x %.0f e %.1f", sc.periods().get(bi), sc.values()[bi], sc.expected()[bi]);
          out.append(String.format("%n      LENS %-40s %s vol %.0f/%.0f | days %d, baseline %d, below minPeriodVolume %.0f: %d | z %.2f (warn %.2f)%s | cusum %.1f (watch %.1f)%s",
              key, vol >= spec.minSubjectVolume() ? "watched" : "NOT-WATCHED", vol, spec.minSubjectVolume(), inWin, based, st.minPeriodVolume(), thin, bz, limZ, at, bc, limC,
              ci < 0 ? "" : " on " + sc.periods().get(ci)));
        }
        Map<LocalDate, Map<String, Integer>> pd = pday.getOrDefault(area, Map.of());
        for (int span : new int[] {7, 28}) {
          int guard = span == 7 ? 7 : 28, window = span == 7 ? 28 : 56;
          LocalDate bestDay = null; int best = -1, own = 0;
          for (LocalDate d = ep.start(); !d.isAfter(ep.end().plusDays(span - 1)); d = d.plusDays(1)) {
            int s = sum(pd, d, span, null), o = sum(pd, d, span, ep.id());
            if (s > best) { best = s; own = o; bestDay = d; }
          }
          double m = 0, m2 = 0; int k = 0;
          Map<String, Integer> parts = new TreeMap<>();
          for (int j = guard; j < guard + window; j++) {
            LocalDate e = bestDay.minusDays(j);
            if (e.isBefore(start.plusDays(span - 1))) continue;
            int s = sum(pd, e, span, null); m += s; m2 += (double) s * s; k++;
          }
          // the baseline's days, by origin
          LocalDate b0 = bestDay.minusDays(guard + window - 1 + span - 1), b1 = bestDay.minusDays(guard);
          for (LocalDate d = b0; !d.isAfter(b1); d = d.plusDays(1)) {
            if (d.isBefore(start)) continue;
            for (var x : pd.getOrDefault(d, Map.of()).entrySet()) parts.merge(x.getKey().startsWith("chronic") || x.getKey().startsWith("background") ? x.getKey() : "ep " + x.getKey(), x.getValue(), Integer::sum);
          }
          double mean = k == 0 ? Double.NaN : m / k, sd = k < 2 ? Double.NaN : Math.sqrt(Math.max(0, (m2 - k * mean * mean) / (k - 1)));
          out.append(String.format("%n      P%d best %d-day pirates' sum %d (wave's own %d) ending %s | baseline %d sums: mean %.1f sd %.2f (poisson sd %.2f) | baseline days %s..%s by origin %s",
              span, span, best, own, bestDay, k, mean, sd, Math.sqrt(mean), b0, b1, parts));
        }
        String near = truth.episodes().stream().filter(e -> e != ep && e.type() == EpisodeType.PIRACY && area.equals(e.seaArea()) && !e.end().isAfter(ep.start().plusDays(7)) && !e.end().isBefore(ep.start().minusDays(110)))
            .map(e -> e.id() + " " + e.strength() + " " + String.join("-", e.parties()) + " " + e.start() + ".." + e.end()).collect(Collectors.joining("; "));
        out.append("\n      NEAR earlier piracy in " + area + " within 110 d: " + (near.isEmpty() ? "none" : near));
      }
      System.out.println(out); System.out.flush();
    }
  }

  static int sum(Map<LocalDate, Map<String, Integer>> pd, LocalDate end, int span, String only) {
    int s = 0;
    for (int j = 0; j < span; j++) {
      Map<String, Integer> m = pd.get(end.minusDays(j));
      if (m == null) continue;
      if (only == null) for (int v : m.values()) s += v; else s += m.getOrDefault(only, 0);
    }
    return s;
  }

  static boolean relates(AlertRecord a, Episode ep) {
    return switch (a.scope()) {
      case "country" -> ep.parties().contains(a.subject());
      case "area" -> a.subject().equals(ep.seaArea());
      case "dyad" -> ep.parties().stream().allMatch(p -> a.subject().contains(p));
      default -> false;
    };
  }

  static Object acc(Object o, String name) throws Exception {
    Method m = o.getClass().getDeclaredMethod(name);
    m.setAccessible(true);
    return m.invoke(o);
  }
}
