// Scratch driver of issue 14 (twenty-second round), not part of the build: copied from CoastCrime.java
// (twenty-first round) and changed to the coast-places candidate sea_coast_places_7d
// (docs/records/twenty-second-round/coast-places.txt, defined there before any run). Run from the
// repository root:
//   java -cp JAR tools/signals/CoastPlaces.java 1-20 1.0,1.1,1.25,1.5 [history]
// For the Malacca and Singapore Straits and the Sulu and Celebes Seas, the incidents of CAMEO 171,
// 1711 or 181 whose reports are placed in the sea area (the product's rule, Location.seaArea) or at
// a place known at least to the city/landmark level (GeoPrecision.PLACE, GDELT type 3/4) with
// coordinates, not a named sea feature, within D = 25 km of the area's polygon (SeaArea.polygon();
// 0 inside it, else the shortest distance to its edges on a local equirectangular projection);
// grouped into incidents by IncidentKey, counted per day, summed over seven days and scored by the
// spec of sea_incidents_7d with the profile's limits times each scale given; alerts on the sea area,
// added to the shipped alerts (SimulatedWatch.alerts) and scored with DetectionEvaluator.
// With "history": two simulated years from 2025-01-01, scored from 2026-01-01 (evaluateFrom), as
// `evaluate --history 365 --start 2026-01-01`.
// Prints first a PLACES line: the simulator's city-level places (places.tsv) within D of each area,
// and those within 100 km but beyond D, with their distances (what D reaches; a measurement only).
// Per seed:
//  PIRACY  every (scored) piracy episode: strength, relative intensity, shipped detected or not, its
//          reports by where they land (in its sea area / at a city-level place within D ("coast") /
//          at a country centroid / elsewhere), the same for the candidate's codes, the places its
//          "coast" and "elsewhere" reports fall at, best z and CUSUM of sea_incidents_7d and of the
//          candidate (scale 1), and the split of "elsewhere" (city-level beyond D, ADM1, other);
//  RUN     shipped, and shipped + candidate at each scale, as CoastCrime.java;
// and at the end the TOTAL and CAL lines, as CoastCrime.java.
import java.lang.reflect.Method;
import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;
import java.util.stream.*;
import org.amity.event.Event;
import org.amity.event.GeoPrecision;
import org.amity.event.SeaArea;
import org.amity.ingest.FileScan;
import org.amity.ingest.Format;
import org.amity.pipeline.WatchJob;
import org.amity.signal.*;
import org.amity.signal.daily.*;
import org.amity.simulate.*;

public class CoastPlaces {
  static final Set<String> CODES = Set.of("171", "1711", "181");
  static final double D_KM = 25.0;
  static final List<String> AREAS = List.of("MALACCA_SINGAPORE", "SULU_CELEBES");
  static final String LENS = "sea_coast_places_7d";

  /** Distance in km from a point to the area's polygon: 0 inside, else the nearest edge. */
  static double distanceKm(double lat, double lon, SeaArea area) {
    if (area.contains(lat, lon)) return 0;
    double[][] poly = area.polygon();
    double k = 111.195, c = Math.cos(Math.toRadians(lat)), best = Double.POSITIVE_INFINITY;
    for (int i = 0, j = poly.length - 1; i < poly.length; j = i++) {
      double ax = (poly[j][1] - lon) * c * k, ay = (poly[j][0] - lat) * k;
      double bx = (poly[i][1] - lon) * c * k, by = (poly[i][0] - lat) * k;
      double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
      double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
      double px = ax + t * dx, py = ay + t * dy;
      best = Math.min(best, Math.sqrt(px * px + py * py));
    }
    return best;
  }

  static final Map<String, Double> DIST = new HashMap<>();

  static double dist(org.amity.event.Location l, String area) {
    String key = area + "|" + l.latitude() + "|" + l.longitude();
    Double d = DIST.get(key);
    if (d == null) { d = distanceKm(l.latitude(), l.longitude(), SeaArea.valueOf(area)); DIST.put(key, d); }
    return d;
  }

  static void printPlaces() throws Exception {
    String tsv;
    try (var in = ScenarioSimulator.class.getResourceAsStream("/org/amity/simulate/places.tsv")) { tsv = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8); }
    for (String a : AREAS) {
      List<String> within = new ArrayList<>(), near = new ArrayList<>();
      for (String line : tsv.split("\n")) {
        if (line.startsWith("#") || line.isBlank()) continue;
        String[] f = line.split("\t", -1);
        if (f.length < 8 || !(f[1].equals("city") || f[1].equals("uscity"))) continue;
        double d = distanceKm(Double.parseDouble(f[6]), Double.parseDouble(f[7]), SeaArea.valueOf(a));
        String t = String.format("%s(%s,%.0fkm)", f[0], f[4], d);
        if (d <= D_KM) within.add(t); else if (d <= 100) near.add(t);
      }
      System.out.println("PLACES " + a + " within " + D_KM + " km: " + within + " | beyond but within 100 km: " + near);
    }
  }

  public static void main(String[] args) throws Exception {
    String[] r = args[0].split("-");
    long from = Long.parseLong(r[0]), to = Long.parseLong(r.length > 1 ? r[1] : r[0]);
    double[] scales = Arrays.stream(args[1].split(",")).mapToDouble(Double::parseDouble).toArray();
    boolean historyRun = args.length > 2 && args[2].equals("history");
    int days = historyRun ? 730 : 365;
    LocalDate scoredFrom = historyRun ? LocalDate.parse("2026-01-01") : null;
    System.out.println("MODE " + LENS + " D " + D_KM + " km, " + (historyRun ? "two years from 2025-01-01, scored from 2026-01-01" : "one year from 2025-01-01"));
    printPlaces();
    DetectorConfig cfg = DetectorConfig.standard();
    String text;
    try (var in = DetectorConfig.class.getResourceAsStream("/org/amity/signal/detectors.properties")) { text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8); }
    DetectionSpec[] cand = new DetectionSpec[scales.length];
    for (int i = 0; i < scales.length; i++) {
      String extra = "\nspec." + LENS + ".scope = area\nspec." + LENS + ".resolution = day\nspec." + LENS + ".rolling = 7\nspec." + LENS + ".source = events\nspec." + LENS
          + ".numerator = mc_incidents\nspec." + LENS + ".denominator = none\nspec." + LENS + ".minVolume = 50\nspec." + LENS + ".profile = rolling7\nspec." + LENS + ".limitsScale = " + scales[i] + "\n";
      cand[i] = DetectorConfig.parse(text + extra, "candidate").specs().stream().filter(s -> s.name().equals(LENS)).findFirst().orElseThrow();
    }
    DetectionSpec seaSpec = cfg.specs().stream().filter(s -> s.name().equals("sea_incidents_7d")).findFirst().orElseThrow();
    WatchJob.Options options = WatchJob.Options.standard();
    int k = scales.length + 1;
    int[] det = new int[k], fal = new int[k], all3 = new int[k], eps = new int[1];
    Map<String, double[]> cal = new TreeMap<>();
    Method day = ScenarioSimulator.class.getDeclaredMethod("day", LocalDate.class, int.class, long.class);
    day.setAccessible(true);
    Method firstId = ScenarioSimulator.class.getDeclaredMethod("firstId");
    firstId.setAccessible(true);
    for (long seed = from; seed <= to; seed++) {
      Path dir = Files.createTempDirectory("coastcrime-" + seed + "-");
      LocalDate start = LocalDate.parse("2025-01-01");
      ScenarioSimulator sim = new ScenarioSimulator(GdeltProfile.standard(), SimulationSettings.of(days, seed, start, SimulationSettings.DEFAULT_ROWS_PER_DAY, null, null));
      SimulationResult res = sim.writeTo(dir.resolve("files"), true);
      // the events as the product parses them, each with the origin the simulator gave its incident
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
      List<IndicatorDay> table = DailyIndicators.of(events, IncidentSubjects.watching(options.watchSet()).withTheatres(cfg.theatres()));
      List<AlertRecord> shipped = SimulatedWatch.alerts(cfg, table, options::alertsOn);
      LocalDate coverage = DetectorSeries.coverageStart(SeriesDetection.worldIncidents(table));
      // the shipped seven-day sea lens, per area
      Map<String, SeriesScores> sea = new HashMap<>();
      Map<String, List<IndicatorDay>> seaRows = new HashMap<>();
      for (IndicatorDay d : table) if (d.scope() == Scope.AREA) seaRows.computeIfAbsent(d.subject(), x -> new ArrayList<>()).add(d);
      seaRows.forEach((a, rows) -> {
        DetectorInput in = DetectorSeries.of(seaSpec, rows, coverage);
        if (in != null && in.volume() >= seaSpec.minSubjectVolume()) sea.put(a, seaSpec.score(in.periods(), in.numerator(), null));
      });
      // the candidate's series, per area and scale
      Map<String, SeriesScores[]> lens = new HashMap<>();
      Map<String, Map<IncidentKey, String>> incOrigin = new HashMap<>(); // the origin of each lens incident's first report
      for (String a : AREAS) {
        Map<IncidentKey, Incident> inc = new LinkedHashMap<>();
        Map<IncidentKey, String> io = incOrigin.computeIfAbsent(a, x -> new HashMap<>());
        for (int i = 0; i < events.size(); i++) {
          Event e = events.get(i);
          if (!inLens(e, a)) continue;
          Incident one = Incident.of(e); inc.merge(one.key(), one, Incident::plus);
          io.putIfAbsent(one.key(), origin.get(i).startsWith("chronic:") ? origin.get(i) : origin.get(i).startsWith("background:") ? origin.get(i) : "episode " + origin.get(i));
        }
        List<IndicatorDay> rows = new ArrayList<>();
        Map<LocalDate, DayCounts> byDay = new TreeMap<>();
        for (Incident i : inc.values()) byDay.merge(i.key().day(), DayCounts.of(i), DayCounts::plus);
        byDay.forEach((d, c) -> rows.add(new IndicatorDay(Scope.AREA, a, d, c)));
        SeriesScores[] sc = new SeriesScores[scales.length];
        for (int s = 0; s < scales.length; s++) {
          DetectorInput in = DetectorSeries.of(cand[s], rows, coverage);
          if (in != null && in.volume() >= cand[s].minSubjectVolume() && options.alertsOn(Scope.AREA, a)) sc[s] = cand[s].score(in.periods(), in.numerator(), null);
        }
        lens.put(a, sc);
      }
      Evaluation ship = DetectionEvaluator.evaluateFrom(truth, shipped, "watch", scoredFrom);
      Set<String> shippedDetected = ship.detail().stream().filter(x -> x.detected()).map(x -> x.id()).collect(Collectors.toSet());
      StringBuilder out = new StringBuilder("seed " + seed);
      // the diagnosis of every piracy episode
      for (Episode ep : truth.episodes()) {
        if (ep.type() != EpisodeType.PIRACY) continue;
        if (scoredFrom != null && ep.start().isBefore(scoredFrom)) continue;
        int[] all = new int[4], crime = new int[4], split = new int[3];
        Map<String, Integer> divs = new TreeMap<>();
        for (int i = 0; i < events.size(); i++) {
          if (!ep.id().equals(origin.get(i))) continue;
          Event e = events.get(i);
          int where = ep.seaArea().equals(e.action().seaArea()) ? 0 : onCoast(e, ep.seaArea()) ? 1 : e.action().precision() == GeoPrecision.COUNTRY ? 2 : 3;
          all[where]++;
          if (CODES.contains(e.code().code())) crime[where]++;
          var l = e.action();
          if (where == 3) split[l.seaArea() == null && l.precision() == GeoPrecision.PLACE && l.hasCoordinates() ? 0 : l.precision() == GeoPrecision.ADM1 ? 1 : 2]++;
          if ((where == 1 || where == 3) && l.precision() == GeoPrecision.PLACE && l.seaArea() == null && l.hasCoordinates())
            divs.merge((l.name() == null ? "?" : l.name().split(",")[0]) + String.format("(%.0fkm)", dist(l, ep.seaArea())), 1, Integer::sum);
          else if (where == 3) divs.merge((l.precision() + ":" + (l.name() == null ? "?" : l.name().split(",")[0])), 1, Integer::sum);
        }
        double[] bs = best(sea.get(ep.seaArea()), ep), bc = best(lens.get(ep.seaArea())[0], ep);
        out.append(String.format("%n  PIRACY %s %s %s %s rel %.3f peak/day %.1f %s..%s %s | reports sea %d coast %d centroid %d elsewhere %d | codes 171/1711/181: sea %d coast %d centroid %d elsewhere %d | divisions %s | sea_incidents_7d best z %.2f cusum %.1f | candidate best z %.2f cusum %.1f",
            ep.id(), ep.seaArea(), ep.strength(), String.join("-", ep.parties()), ep.relativeIntensity(), ep.peakIncidentsPerDay(), ep.start(), ep.end(),
            shippedDetected.contains(ep.id()) ? "DETECTED" : "MISSED", all[0], all[1], all[2], all[3], crime[0], crime[1], crime[2], crime[3], divs, bs[0], bs[1], bc[0], bc[1]));
        out.append(String.format(" | elsewhere: city-level beyond D %d, ADM1 %d, other %d", split[0], split[1], split[2]));
      }
      // shipped, and shipped + candidate at each scale
      for (int li = 0; li < k; li++) {
        List<AlertRecord> alerts = new ArrayList<>(shipped);
        int base = alerts.size();
        if (li > 0) {
          for (String a : AREAS) {
            SeriesScores sc = lens.get(a)[li - 1];
            if (sc == null) continue;
            for (DetectedAlert d : AlertBuilder.alerts(cand[li - 1], a, sc))
              alerts.add(new AlertRecord(alerts.size() + 1, d.scope().key(), d.subject(), d.indicator(), d.level().key(), d.peakLevel().key(), d.opened(), d.closed()));
          }
        }
        Evaluation ev = DetectionEvaluator.evaluateFrom(truth, alerts, "watch", scoredFrom);
        det[li] += ev.detected(); fal[li] += ev.falseAlerts(); if (li == 0) eps[0] += ev.episodes();
        boolean ok = ev.recall() >= 0.9 && (ev.precision() == null || ev.precision() >= 0.8) && ev.falseAlertsPerCountryYear() <= 0.3 + 1e-9;
        all3[li] += ok ? 1 : 0;
        String missed = ev.detail().stream().filter(x -> !x.detected()).map(x -> x.id() + " " + x.type() + " " + x.strength() + " " + String.join("-", x.parties())).collect(Collectors.joining("; "));
        out.append(String.format("%n  RUN %-9s recall %.3f false %d (%.3f/cy) by subject %s%s missed: %s", li == 0 ? "shipped" : "s=" + scales[li - 1], ev.recall(), ev.falseAlerts(), ev.falseAlertsPerCountryYear(), ev.falseAlertsBySubject(), ok ? " ok" : "", missed));
        for (int i = base; i < alerts.size(); i++) {
          AlertRecord ar = alerts.get(i);
          if (scoredFrom != null && ar.opened().isBefore(scoredFrom)) continue;
          boolean isFalse = DetectionEvaluator.evaluateFrom(truth, List.of(ar), "watch", scoredFrom).falseAlerts() == 1;
          List<String> coastal = SeaArea.valueOf(ar.subject()).coastalStates();
          String near = truth.episodes().stream().filter(e -> e.parties().stream().anyMatch(coastal::contains)
              && !(ar.closed() != null && ar.closed().isBefore(e.start().minusDays(7))) && !ar.opened().isAfter(e.end().plusDays(14)))
              .map(e -> e.id() + " " + e.type() + " " + e.strength() + " " + String.join("-", e.parties()) + (e.seaArea() == null ? "" : " " + e.seaArea())).collect(Collectors.joining("; "));
          out.append(String.format("%n      %s %s %s..%s peak %s | overlapping episodes of its coastal states: %s", isFalse ? "FALSE" : "added", ar.subject(), ar.opened(), ar.closed(), ar.peakLevel(), near.isEmpty() ? "none" : near));
          if (isFalse) {
            // where the lens's incidents of the seven days to the opening came from, against the 28 days before the guard
            Map<String, Integer> week = new TreeMap<>(), before = new TreeMap<>();
            incOrigin.get(ar.subject()).forEach((key, o) -> {
              long d = java.time.temporal.ChronoUnit.DAYS.between(key.day(), ar.opened());
              if (d >= 0 && d < 7) week.merge(o + (key.seaArea() == null ? " coast" : " sea"), 1, Integer::sum);
              else if (d >= 14 && d < 42) before.merge(o + (key.seaArea() == null ? " coast" : " sea"), 1, Integer::sum);
            });
            String decoys = truth.decoys().stream().filter(dc -> !dc.start().isAfter(ar.opened()) && !dc.end().plusDays(14).isBefore(ar.opened().minusDays(7)))
                .map(dc -> dc.subject() + " " + dc.story() + " x" + dc.factor() + " " + dc.start() + ".." + dc.end()).collect(Collectors.joining("; "));
            out.append(String.format("%n        opening week's incidents by origin %s | the 28 baseline days' (per 7 days) %s | decoys %s", week,
                before.entrySet().stream().map(x -> x.getKey() + "=" + String.format("%.1f", x.getValue() / 4.0)).collect(Collectors.joining(", ", "{", "}")), decoys.isEmpty() ? "none" : decoys));
          }
        }
      }
      System.out.println(out); System.out.flush();
      // calibration on null days
      for (String a : AREAS) {
        List<String> coastal = SeaArea.valueOf(a).coastalStates();
        for (int which = 0; which < 2; which++) {
          SeriesScores sc = which == 0 ? sea.get(a) : lens.get(a)[0];
          if (sc == null) continue;
          for (int t = 0; t < sc.size(); t++) {
            if (Double.isNaN(sc.expected()[t])) continue;
            LocalDate p = sc.periods().get(t);
            double z = sc.scores()[t];
            boolean own = truth.episodes().stream().anyMatch(e -> a.equals(e.seaArea()) && near(p, e));
            boolean any = truth.episodes().stream().anyMatch(e -> (a.equals(e.seaArea()) || e.parties().stream().anyMatch(coastal::contains)) && near(p, e));
            String name = (which == 0 ? "sea_incidents_7d " : LENS + " ") + a;
            if (!own) add(cal, name + " outside-area-episodes", z);
            if (!any) add(cal, name + " outside-coastal-states-episodes", z);
          }
        }
      }
    }
    for (int li = 0; li < k; li++)
      System.out.printf("TOTAL %-9s detected %d/%d false %d all three %d%n", li == 0 ? "shipped" : "s=" + scales[li - 1], det[li], eps[0], fal[li], all3[li]);
    System.out.println("CAL lens area days: n, mean z, var z, P(z>3), P(z>4.5), max z");
    cal.forEach((key, c) -> System.out.printf("CAL %-75s %6.0f %7.3f %6.3f %.5f %.5f %6.2f%n", key, c[0], c[1] / c[0], c[2] / c[0] - (c[1] / c[0]) * (c[1] / c[0]), c[3] / c[0], c[4] / c[0], c[5]));
  }

  static boolean near(LocalDate p, Episode e) {
    return !p.isBefore(e.start().minusDays(7)) && !p.isAfter(e.end().plusDays(14 + 7));
  }

  static void add(Map<String, double[]> cal, String key, double z) {
    double[] c = cal.computeIfAbsent(key, x -> new double[] {0, 0, 0, 0, 0, Double.NEGATIVE_INFINITY});
    c[0]++; c[1] += z; c[2] += z * z; c[3] += z > 3 ? 1 : 0; c[4] += z > 4.5 ? 1 : 0; c[5] = Math.max(c[5], z);
  }

  /** At a place known at least to the city/landmark level, not a named sea, within D of the area's polygon. */
  static boolean onCoast(Event e, String area) {
    var l = e.action();
    return l.seaArea() == null && l.precision() == GeoPrecision.PLACE && l.hasCoordinates() && dist(l, area) <= D_KM;
  }

  static boolean inLens(Event e, String area) {
    return CODES.contains(e.code().code()) && (area.equals(e.action().seaArea()) || onCoast(e, area));
  }

  /** The best z and CUSUM of a series from a week before the episode's start to its end. */
  static double[] best(SeriesScores sc, Episode ep) {
    double bz = Double.NaN, bc = Double.NaN;
    if (sc == null) return new double[] {bz, bc};
    bz = 0; bc = 0;
    for (int i = 0; i < sc.size(); i++) {
      LocalDate p = sc.periods().get(i);
      if (p.isBefore(ep.start().minusDays(7)) || p.isAfter(ep.end()) || Double.isNaN(sc.expected()[i])) continue;
      bz = Math.max(bz, sc.scores()[i]); bc = Math.max(bc, sc.cusum()[i]);
    }
    return new double[] {bz, bc};
  }

  static Object acc(Object o, String name) throws Exception {
    Method m = o.getClass().getDeclaredMethod(name);
    m.setAccessible(true);
    return m.invoke(o);
  }
}
