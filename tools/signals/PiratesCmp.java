// Scratch driver of issue 14 (twenty-fourth round), not part of the build: Pirates.java with one block
// added (marked "the product's series") that compares the candidate's series with the product's
// pirate_incidents rows and scores both. Pirates.java was copied from CoastCrime.java
// (twenty-first round) and changed to the pirates candidate sea_pirates_7d
// (docs/records/twenty-third-round/pirates.txt, defined there before any run). Run from the
// repository root:
//   java -cp JAR tools/signals/Pirates.java 1-20 1.0,1.1,1.25,1.5 [history]
// The lens: for MALACCA_SINGAPORE and SULU_CELEBES, reports of CAMEO 171, 1711, 181 whose source's
// stored types (the first EventKinds.STORED_TYPES) hold CRM or UAF or REB/INS/SEP when placed in the
// sea area; CRM, or UAF outside a conflict area's divisions, when placed on one of the area's coastal
// divisions (the COAST lists below, as CoastCrime.java) known at least to the division; CRM or UAF
// in Singapore at any precision (MALACCA_SINGAPORE only). Grouped into incidents by IncidentKey,
// counted per day, summed over seven days, scored by the spec of sea_incidents_7d with its limits
// times each scale; alerts on the sea area added to the shipped alerts and scored with
// DetectionEvaluator. With "history": two simulated years from 2025-01-01, scored from 2026-01-01
// (evaluateFrom), as `evaluate --history 365 --start 2026-01-01`.
// Prints per seed PIRACY lines (every scored piracy episode: where its reports land, the same for
// the codes, for the codes with a CRM/UAF source, what the lens takes, best z and CUSUM of
// sea_incidents_7d and of the candidate at scale 1), RUN lines (shipped and each scale, with every
// added alert and, for the false ones, the origins of the lens's incidents in the opening week);
// at the end TOTAL and CAL lines (null-day z of both lenses), as CoastCrime.java.
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

public class PiratesCmp {
  static final Set<String> CODES = Set.of("171", "1711", "181");
  // First-order divisions (GDELT ADM1, FIPS 10-4) with a coast on the waters of each area as the IHO
  // limits draw them (S-23: Malacca Strait from the Pedropunt-Phuket line to Tanjong Piai, Singapore
  // Strait to the Tanjong Datok-Tanjong Berakit line; the Sulu Sea between Palawan, Panay, Negros,
  // the Zamboanga peninsula, the Sulu archipelago and Sabah; the Celebes Sea with the Moro and Davao
  // gulfs, to North Sulawesi and north-east Kalimantan). Singapore: every place of the city-state
  // known better than the country (SN00, "Singapore (general)", is how GDELT writes its places).
  static final Map<String, Set<String>> COAST = Map.of(
      "MALACCA_SINGAPORE", Set.of(
          "ID01", "ID26", "ID37", "ID40",                                 // Aceh, Sumatera Utara, Riau, Kepulauan Riau
          "MY08", "MY02", "MY09", "MY07", "MY12", "MY05", "MY04", "MY01", // Perlis .. Johor
          "SN00",                                                         // Singapore
          "TH62", "TH61", "TH63", "TH65", "TH67"),                        // Phuket, Phangnga, Krabi, Trang, Satun
      "SULU_CELEBES", Set.of(
          "RP49", "RP06", "RP30", "RP45", "RP46",                         // Palawan, Antique, Iloilo, Negros Occ., Negros Or.
          "RP65", "RP66", "RP22", "RP60", "RP72",                         // Zamboanga del Norte/Sur, Basilan, Sulu, Tawi-Tawi
          "RP35", "RP56", "RP71", "RP25", "RP24", "RP26",                 // Lanao del Sur, Maguindanao, Sultan Kudarat, Davao del Sur, Davao, Davao Oriental
          "MY16",                                                         // Sabah
          "ID14", "ID31", "ID34", "ID21"));                               // Kalimantan Timur, Sulawesi Utara, Gorontalo, Sulawesi Tengah
  // Divisions of the lists above that also have a coast on the South China Sea as S-23 (1953) draws
  // it: Johor's east coast, north of Tanjong Datok; Kepulauan Riau (Bintan's east coast, Lingga,
  // Anambas, Natuna); Riau (Indragiri Hilir, south-east of Tanjong Kedabu, on the waters the South
  // China Sea's southern limit takes down Sumatra's east coast); Palawan's west coast; Sabah's west
  // coast. Geography only (coast-crime-2.txt goes through every division of the lists).
  static final Set<String> SCS_ALSO = Set.of("MY01", "ID40", "ID37", "RP49", "MY16");
  static Map<String, Set<String>> coast = COAST;
  static String LENS = "sea_pirates_7d";
  static final Set<String> AT_SEA = Set.of("CRM", "UAF", "REB", "INS", "SEP");
  static final Set<String> CONFLICT = new TreeSet<>();
  static {
    for (org.amity.event.ConflictArea c : org.amity.event.ConflictArea.values()) CONFLICT.addAll(c.divisions());
  }

  static boolean hasAny(Event e, Set<String> types) {
    List<String> t = e.source().types();
    for (int i = 0; i < Math.min(t.size(), org.amity.event.EventKinds.STORED_TYPES); i++) if (types.contains(t.get(i))) return true;
    return false;
  }

  static boolean crmUaf(Event e) {
    return hasAny(e, Set.of("CRM", "UAF"));
  }

  static boolean inSingapore(Event e) {
    var l = e.action();
    return l.seaArea() == null && "SGP".equals(l.country());
  }

  /** The candidate's actor-and-place rule (pirates.txt), codes aside. */
  static boolean signature(Event e, String area) {
    var l = e.action();
    if (area.equals(l.seaArea())) return hasAny(e, AT_SEA);
    if (l.seaArea() != null) return false;
    if (onCoast(e, area)) return hasAny(e, Set.of("CRM")) || (!CONFLICT.contains(l.adm1()) && hasAny(e, Set.of("UAF")));
    if (area.equals("MALACCA_SINGAPORE") && inSingapore(e)) return crmUaf(e);
    return false;
  }

  public static void main(String[] args) throws Exception {
    String[] r = args[0].split("-");
    long from = Long.parseLong(r[0]), to = Long.parseLong(r.length > 1 ? r[1] : r[0]);
    double[] scales = Arrays.stream(args[1].split(",")).mapToDouble(Double::parseDouble).toArray();
    boolean historyRun = args.length > 2 && args[2].equals("history");
    int days = historyRun ? 730 : 365;
    LocalDate scoredFrom = historyRun ? LocalDate.parse("2026-01-01") : null;
    System.out.println("MODE " + LENS + ", " + (historyRun ? "two years from 2025-01-01, scored from 2026-01-01" : "one year from 2025-01-01") + "; conflict divisions " + CONFLICT);
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
      for (String a : coast.keySet()) {
        Map<IncidentKey, Incident> inc = new LinkedHashMap<>();
        Map<IncidentKey, String> io = incOrigin.computeIfAbsent(a, x -> new HashMap<>());
        for (int i = 0; i < events.size(); i++) {
          Event e = events.get(i);
          if (!inLens(e, a)) continue;
          Incident one = Incident.of(e); inc.merge(one.key(), one, Incident::plus);
          io.putIfAbsent(one.key(), (origin.get(i).startsWith("chronic:") ? origin.get(i) : origin.get(i).startsWith("background:") ? origin.get(i) : "episode " + origin.get(i)) + " " + (e.source().types().isEmpty() ? "-" : e.source().types().get(0)));
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
      // the product's series: pirate_incidents of the area's rows, scored by the shipped spec
      DetectionSpec prod = cfg.specs().stream().filter(s -> s.name().equals(LENS)).findFirst().orElseThrow();
      for (String a : coast.keySet()) {
        // helper rows again
        Map<LocalDate, Long> h = new TreeMap<>();
        Map<IncidentKey, Incident> inc = new LinkedHashMap<>();
        for (Event e : events) if (inLens(e, a)) { Incident one = Incident.of(e); inc.merge(one.key(), one, Incident::plus); }
        for (Incident i : inc.values()) h.merge(i.key().day(), 1L, Long::sum);
        Map<LocalDate, Long> p = new TreeMap<>();
        List<IndicatorDay> prodRows = new ArrayList<>();
        for (IndicatorDay d : table) if (d.scope() == Scope.AREA && d.subject().equals(a)) { prodRows.add(d); if (d.counts().pirateIncidents() > 0) p.put(d.day(), d.counts().pirateIncidents()); }
        int diff = 0;
        Set<LocalDate> all = new TreeSet<>(h.keySet()); all.addAll(p.keySet());
        for (LocalDate d : all) { long x = h.getOrDefault(d, 0L), y = p.getOrDefault(d, 0L); if (x != y) { diff++; if (diff <= 15) System.out.println("DIFF " + a + " " + d + " helper " + x + " product " + y); } }
        System.out.println("SERIES " + a + " helper total " + h.values().stream().mapToLong(Long::longValue).sum() + " product total " + p.values().stream().mapToLong(Long::longValue).sum() + " days differing " + diff);
        DetectorInput in = DetectorSeries.of(prod, prodRows, coverage);
        SeriesScores ps = in == null ? null : prod.score(in.periods(), in.numerator(), null);
        for (Episode ep : truth.episodes()) if (ep.type() == EpisodeType.PIRACY && a.equals(ep.seaArea())) {
          double[] bp = best(ps, ep), bh = best(lens.get(a)[0], ep);
          System.out.printf("EP %s %s product z %.2f cusum %.1f | helper z %.2f cusum %.1f | product vol %s%n", ep.id(), a, bp[0], bp[1], bh[0], bh[1], in == null ? "-" : in.volume());
          if (ps != null) for (DetectedAlert d : AlertBuilder.alerts(prod, a, ps)) System.out.println("  PALERT " + d.opened() + ".." + d.closed() + " " + d.peakLevel());
          if (lens.get(a)[0] != null) for (DetectedAlert d : AlertBuilder.alerts(cand[0], a, lens.get(a)[0])) System.out.println("  HALERT " + d.opened() + ".." + d.closed() + " " + d.peakLevel());
        }
      }
      Evaluation ship = DetectionEvaluator.evaluateFrom(truth, shipped, "watch", scoredFrom);
      Set<String> shippedDetected = ship.detail().stream().filter(x -> x.detected()).map(x -> x.id()).collect(Collectors.toSet());
      StringBuilder out = new StringBuilder("seed " + seed);
      // the diagnosis of every piracy episode
      for (Episode ep : truth.episodes()) {
        if (ep.type() != EpisodeType.PIRACY) continue;
        if (scoredFrom != null && ep.start().isBefore(scoredFrom)) continue;
        int[] all = new int[4], crime = new int[4], sig = new int[4], took = new int[4];
        int sgpCentroid = 0, sgpTook = 0, coastReb = 0;
        Map<String, Integer> srcTypes = new TreeMap<>();
        for (int i = 0; i < events.size(); i++) {
          if (!ep.id().equals(origin.get(i))) continue;
          Event e = events.get(i);
          int where = ep.seaArea().equals(e.action().seaArea()) ? 0 : onCoast(e, ep.seaArea()) ? 1 : e.action().precision() == GeoPrecision.COUNTRY ? 2 : 3;
          all[where]++;
          boolean code = CODES.contains(e.code().code());
          if (code) crime[where]++;
          if (code && crmUaf(e)) sig[where]++;
          if (inLens(e, ep.seaArea())) took[where]++;
          if (code) srcTypes.merge(e.source().types().isEmpty() ? "-" : e.source().types().get(0), 1, Integer::sum);
          if (where == 2 && "SGP".equals(e.action().country())) { sgpCentroid++; if (inLens(e, ep.seaArea())) sgpTook++; }
          if (where == 1 && code && hasAny(e, Set.of("REB", "INS", "SEP")) && !crmUaf(e)) coastReb++;
        }
        double[] bs = best(sea.get(ep.seaArea()), ep), bc = best(lens.get(ep.seaArea())[0], ep);
        int tot = Arrays.stream(all).sum(), totc = Arrays.stream(crime).sum(), tots = Arrays.stream(sig).sum();
        out.append(String.format("%n  PIRACY %s %s %s %s rel %.3f peak/day %.1f %s..%s %s | reports sea %d coast %d centroid %d elsewhere %d | codes 171/1711/181: sea %d coast %d centroid %d elsewhere %d | codes with CRM/UAF source: sea %d coast %d centroid %d elsewhere %d (%.0f%% of codes, %.0f%% of reports) | lens takes: sea %d coast %d centroid %d elsewhere %d | SGP centroid %d (taken %d) | coast codes by REB/INS/SEP only %d | codes' source type1 %s | sea_incidents_7d best z %.2f cusum %.1f | candidate best z %.2f cusum %.1f",
            ep.id(), ep.seaArea(), ep.strength(), String.join("-", ep.parties()), ep.relativeIntensity(), ep.peakIncidentsPerDay(), ep.start(), ep.end(),
            shippedDetected.contains(ep.id()) ? "DETECTED" : "MISSED", all[0], all[1], all[2], all[3], crime[0], crime[1], crime[2], crime[3],
            sig[0], sig[1], sig[2], sig[3], 100.0 * tots / Math.max(1, totc), 100.0 * tots / Math.max(1, tot), took[0], took[1], took[2], took[3], sgpCentroid, sgpTook, coastReb, srcTypes, bs[0], bs[1], bc[0], bc[1]));
      }
      // shipped, and shipped + candidate at each scale
      for (int li = 0; li < k; li++) {
        List<AlertRecord> alerts = new ArrayList<>(shipped);
        int base = alerts.size();
        if (li > 0) {
          for (String a : coast.keySet()) {
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
      for (String a : coast.keySet()) {
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

  /** On a listed division of the area, known at least to the division. */
  static boolean onCoast(Event e, String area) {
    return onList(e, coast, area);
  }

  static boolean onList(Event e, Map<String, Set<String>> lists, String area) {
    var l = e.action();
    return l.seaArea() == null && l.adm1() != null && (l.precision() == GeoPrecision.ADM1 || l.precision() == GeoPrecision.PLACE) && lists.get(area).contains(l.adm1());
  }

  static boolean inLens(Event e, String area) {
    return CODES.contains(e.code().code()) && signature(e, area);
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
