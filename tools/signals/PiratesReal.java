// Scratch driver of issue 14 (twenty-third round, helper r23b), not part of the build: the pirates
// candidate sea_pirates_7d (docs/records/twenty-third-round/pirates.txt; definition copied unchanged
// from tools/signals/Pirates.java: codes, COAST lists, conflict-area exception for UAF, Singapore at
// any precision, the actor rules at sea and on land) measured on a REAL store as a null/background
// check. No simulation. Run from the repository root, one store at a time:
//   java -cp JAR tools/signals/PiratesReal.java STORE.duckdb LABEL [ALERTS.json]
// ALERTS.json: the product's `alerts --status all --json` of the same store after `watch --full`
// (the shipped lenses' alerts), compared with the candidate's.
// Prints: the candidate's reports and incidents per sea area and month, split by part (sea / coastal
// division / Singapore) and by the source type that qualified them (CRM, UAF, REB/INS/SEP); the
// seize/abduct reports (171/1711/181) placed in the area or in its coastal states, by place and by
// whether the source has any stored type (what the lens cannot see); the candidate's series volume
// against the floor (minVolume 50); its alerts at scale 1.0 scored as sea_incidents_7d (count,
// rolling7) with the reports of the week to the opening; and the shipped sea lenses' alerts on
// the same areas, to tell which candidate alerts are added.
import java.nio.file.*;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.*;
import java.util.stream.*;
import org.amity.event.Event;
import org.amity.event.GeoPrecision;
import org.amity.event.SeaArea;
import org.amity.pipeline.WatchJob;
import org.amity.signal.*;
import org.amity.signal.daily.*;
import org.amity.store.EventQuery;
import org.amity.store.duckdb.DuckDbEventStore;

public class PiratesReal {
  static final Set<String> CODES = Set.of("171", "1711", "181");
  // copied unchanged from Pirates.java (CoastCrime.java's lists)
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
  static final Map<String, Set<String>> coast = COAST;
  static final String LENS = "sea_pirates_7d";
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

  /** The candidate's actor-and-place rule (pirates.txt), codes aside: as Pirates.java. */
  static boolean signature(Event e, String area) {
    var l = e.action();
    if (area.equals(l.seaArea())) return hasAny(e, AT_SEA);
    if (l.seaArea() != null) return false;
    if (onCoast(e, area)) return hasAny(e, Set.of("CRM")) || (!CONFLICT.contains(l.adm1()) && hasAny(e, Set.of("UAF")));
    if (area.equals("MALACCA_SINGAPORE") && inSingapore(e)) return crmUaf(e);
    return false;
  }

  static boolean onCoast(Event e, String area) {
    var l = e.action();
    return l.seaArea() == null && l.adm1() != null && (l.precision() == GeoPrecision.ADM1 || l.precision() == GeoPrecision.PLACE) && coast.get(area).contains(l.adm1());
  }

  static boolean inLens(Event e, String area) {
    return CODES.contains(e.code().code()) && signature(e, area);
  }

  /** Where a report lies for the area: sea / coast / singapore / centroid / other-place / other-sea. */
  static String place(Event e, String area) {
    var l = e.action();
    if (area.equals(l.seaArea())) return "sea";
    if (l.seaArea() != null) return "other-sea";
    if (onCoast(e, area)) return "coast";
    if (area.equals("MALACCA_SINGAPORE") && inSingapore(e)) return "singapore";
    if (l.precision() == GeoPrecision.COUNTRY || l.adm1() == null && l.precision() != GeoPrecision.PLACE) return "centroid";
    return "elsewhere";
  }

  /** The type that qualified a lens report: CRM first, then UAF, then REB/INS/SEP. */
  static String why(Event e) {
    if (hasAny(e, Set.of("CRM"))) return "CRM";
    if (hasAny(e, Set.of("UAF"))) return "UAF";
    return "REB/INS/SEP";
  }

  static String desc(Event e) {
    var l = e.action();
    // ACLED's terms forbid passing its rows on: for ACLED only the date, code, source types, province and sub-event
    if (e.dataset().equals("acled"))
      return e.eventDate() + " acled " + e.code().code() + " src types " + e.source().types() + " @" + l.country() + "/" + l.adm1() + "/" + l.precision() + (e.subtype() == null ? "" : " [" + e.subtype() + "]");
    return e.eventDate() + " " + e.dataset() + ":" + e.nativeId() + " " + e.code().code() + " src=" + e.source().name() + " " + e.source().types()
        + " tgt=" + e.target().name() + " @" + l.country() + "/" + l.adm1() + "/" + l.precision() + "/" + (l.seaArea() == null ? "-" : l.seaArea()) + " '" + l.name() + "'"
        + (e.subtype() == null ? "" : " [" + e.subtype() + "]");
  }

  public static void main(String[] args) throws Exception {
    Path db = Path.of(args[0]);
    String label = args[1];
    Path alertsJson = args.length > 2 ? Path.of(args[2]) : null;
    List<Event> events = new ArrayList<>();
    try (DuckDbEventStore store = DuckDbEventStore.open(db)) {
      store.forEachEvent(EventQuery.all(), events::add);
    }
    events.sort(Comparator.comparing(Event::eventDate));
    System.out.println("STORE " + label + " " + db + ": " + events.size() + " events, " + events.get(0).eventDate() + ".." + events.get(events.size() - 1).eventDate()
        + ", datasets " + events.stream().collect(Collectors.groupingBy(Event::dataset, TreeMap::new, Collectors.counting())));
    System.out.println("conflict divisions " + CONFLICT);
    DetectorConfig cfg = DetectorConfig.standard();
    String text;
    try (var in = DetectorConfig.class.getResourceAsStream("/org/amity/signal/detectors.properties")) { text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8); }
    String extra = "\nspec." + LENS + ".scope = area\nspec." + LENS + ".resolution = day\nspec." + LENS + ".rolling = 7\nspec." + LENS + ".source = events\nspec." + LENS
        + ".numerator = mc_incidents\nspec." + LENS + ".denominator = none\nspec." + LENS + ".minVolume = 50\nspec." + LENS + ".profile = rolling7\nspec." + LENS + ".limitsScale = 1.0\n";
    DetectionSpec cand = DetectorConfig.parse(text + extra, "candidate").specs().stream().filter(s -> s.name().equals(LENS)).findFirst().orElseThrow();
    DetectionSpec seaSpec = cfg.specs().stream().filter(s -> s.name().equals("sea_incidents_7d")).findFirst().orElseThrow();
    WatchJob.Options options = WatchJob.Options.standard();
    List<IndicatorDay> table = DailyIndicators.of(events, IncidentSubjects.watching(options.watchSet()).withTheatres(cfg.theatres()));
    LocalDate coverage = DetectorSeries.coverageStart(SeriesDetection.worldIncidents(table));
    System.out.println("coverage start " + coverage);
    // the shipped alerts (product watch) on the sea areas
    List<String[]> shippedAlerts = new ArrayList<>(); // subject, indicator, opened, closed, level
    if (alertsJson != null && Files.exists(alertsJson)) {
      var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(alertsJson.toFile());
      var arr = node.isArray() ? node : node.has("alerts") ? node.get("alerts") : node;
      System.out.println("SHIPPED alerts in " + alertsJson + ": " + arr.size());
      for (var a : arr) {
        String subj = a.path("subject").asText(), ind = a.path("indicator").asText();
        String op = a.path("opened").asText(), cl = a.path("closed").isNull() ? "" : a.path("closed").asText(), lv = a.path("level").asText();
        String pk = a.path("peakLevel").asText(a.path("peak").asText());
        System.out.println("  SHIPPED " + a.path("scope").asText() + " " + subj + " " + ind + " " + op + ".." + cl + " " + lv + (pk.isEmpty() ? "" : " peak " + pk));
        shippedAlerts.add(new String[] {subj, ind, op, cl, lv});
      }
    }
    // seize/abduct reports the store places nowhere (no action country, no sea area): the lens cannot read them
    List<Event> unplaced = events.stream().filter(e -> CODES.contains(e.code().code()) && e.action().country() == null && e.action().seaArea() == null).toList();
    System.out.println("UNPLACED codes 171/1711/181 (no action country, no sea area): " + unplaced.size() + ", by source type1 "
        + unplaced.stream().collect(Collectors.groupingBy(e -> e.source().types().isEmpty() ? "-" : e.source().types().get(0), TreeMap::new, Collectors.counting())));
    unplaced.stream().filter(e -> hasAny(e, AT_SEA)).limit(40).forEach(e -> System.out.println("    UNPLACED " + desc(e)));
    for (String a : new TreeSet<>(coast.keySet())) {
      List<String> coastal = SeaArea.valueOf(a).coastalStates();
      System.out.println();
      System.out.println("=== " + label + " " + a + " (coastal states " + coastal + ")");
      // seize/abduct reports in the area or its coastal states: by place and typed/untyped
      Map<String, int[]> codesBy = new TreeMap<>(); // place -> {all, no type, CRM/UAF, REB/INS/SEP, state(COP/MIL/GOV/...), other type}
      Map<String, Integer> firstTypes = new TreeMap<>();
      for (Event e : events) {
        if (!CODES.contains(e.code().code())) continue;
        var l = e.action();
        if (!a.equals(l.seaArea()) && (l.country() == null || !coastal.contains(l.country()))) continue;
        int[] c = codesBy.computeIfAbsent(place(e, a), x -> new int[6]);
        c[0]++;
        List<String> t = e.source().types();
        if (t.isEmpty()) c[1]++;
        else if (crmUaf(e)) c[2]++;
        else if (hasAny(e, Set.of("REB", "INS", "SEP"))) c[3]++;
        else if (hasAny(e, Set.of("COP", "MIL", "GOV", "SPY", "JUD"))) c[4]++;
        else c[5]++;
        firstTypes.merge(e.dataset() + ":" + (t.isEmpty() ? "-" : t.get(0)), 1, Integer::sum);
      }
      int[] tot = new int[6];
      codesBy.values().forEach(c -> { for (int i = 0; i < 6; i++) tot[i] += c[i]; });
      System.out.printf("CODES 171/1711/181 in the area or its coastal states: %d reports, no source type %d (%.0f%%), CRM/UAF %d, REB/INS/SEP %d, state %d, other types %d%n",
          tot[0], tot[1], 100.0 * tot[1] / Math.max(1, tot[0]), tot[2], tot[3], tot[4], tot[5]);
      codesBy.forEach((p, c) -> System.out.printf("  CODES %-10s %5d reports: no type %d, CRM/UAF %d, REB/INS/SEP %d, state %d, other %d%n", p, c[0], c[1], c[2], c[3], c[4], c[5]));
      System.out.println("  CODES source type1 " + firstTypes);
      // the non-state-armed (CRM/UAF/REB/INS/SEP) seize/abduct reports there, as read (at most 40, outside the area's sea)
      List<Event> armed = events.stream().filter(e -> CODES.contains(e.code().code()) && !a.equals(e.action().seaArea()) && e.action().country() != null
          && coastal.contains(e.action().country()) && hasAny(e, AT_SEA)).toList();
      System.out.println("  CODES with a CRM/UAF/REB/INS/SEP source, not in the area's sea: " + armed.size() + (armed.size() > 40 ? " (first 40)" : ""));
      armed.stream().limit(40).forEach(e -> System.out.println("    " + place(e, a) + (inLens(e, a) ? " LENS " : " -    ") + desc(e)));
      // the candidate's reports and incidents
      Map<IncidentKey, Incident> inc = new LinkedHashMap<>();
      Map<IncidentKey, List<Event>> incEvents = new HashMap<>();
      Map<String, Map<String, Integer>> monthReports = new TreeMap<>(); // month -> part/type -> n
      Map<String, Set<IncidentKey>> monthInc = new TreeMap<>();
      Map<String, Integer> partType = new TreeMap<>();
      for (Event e : events) {
        if (!inLens(e, a)) continue;
        Incident one = Incident.of(e);
        inc.merge(one.key(), one, Incident::plus);
        incEvents.computeIfAbsent(one.key(), x -> new ArrayList<>()).add(e);
        String m = e.eventDate().toString().substring(0, 7);
        String k = place(e, a) + "/" + why(e);
        monthReports.computeIfAbsent(m, x -> new TreeMap<>()).merge(k, 1, Integer::sum);
        monthInc.computeIfAbsent(m, x -> new HashSet<>()).add(one.key());
        partType.merge(k, 1, Integer::sum);
      }
      String li = System.getenv("LIST");
      if (li != null && li.startsWith(a + ":")) {
        String[] f = li.split(":");
        LocalDate lf = LocalDate.parse(f[1]), lt = LocalDate.parse(f[2]);
        for (Event e : events) if (!e.eventDate().isBefore(lf) && !e.eventDate().isAfter(lt) && CODES.contains(e.code().code())
            && (a.equals(e.action().seaArea()) || e.action().country() != null && coastal.contains(e.action().country())))
          System.out.println("  LIST " + place(e, a) + (inLens(e, a) ? " LENS " : " -    ") + desc(e));
      }
      System.out.println("LENS reports " + partType.values().stream().mapToInt(Integer::intValue).sum() + " by part/type " + partType + "; incidents " + inc.size());
      for (String m : monthReports.keySet())
        System.out.println("  MONTH " + m + " reports " + monthReports.get(m).values().stream().mapToInt(Integer::intValue).sum() + " " + monthReports.get(m) + " incidents " + monthInc.get(m).size());
      // the series and its score
      List<IndicatorDay> rows = new ArrayList<>();
      Map<LocalDate, DayCounts> byDay = new TreeMap<>();
      for (Incident i : inc.values()) byDay.merge(i.key().day(), DayCounts.of(i), DayCounts::plus);
      byDay.forEach((d, c) -> rows.add(new IndicatorDay(Scope.AREA, a, d, c)));
      DetectorInput in = DetectorSeries.of(cand, rows, coverage);
      double vol = in == null ? 0 : in.volume();
      long incFromCoverage = inc.keySet().stream().filter(k -> coverage == null || !k.day().isBefore(coverage)).count();
      System.out.printf("VOLUME candidate series from coverage %s: %.0f (incidents from coverage %d), floor %.0f -> %s; alerts on for the area: %s%n", coverage, vol, incFromCoverage,
          cand.minSubjectVolume(), vol >= cand.minSubjectVolume() ? "SCORED" : "BELOW FLOOR (not scored)", options.alertsOn(Scope.AREA, a));
      // the shipped seven-day sea lens, recomputed here for reference
      List<IndicatorDay> seaRows = table.stream().filter(d -> d.scope() == Scope.AREA && d.subject().equals(a)).toList();
      DetectorInput sin = DetectorSeries.of(seaSpec, seaRows, coverage);
      System.out.printf("VOLUME sea_incidents_7d (recomputed) %.0f%n", sin == null ? 0 : sin.volume());
      if (sin != null && sin.volume() >= seaSpec.minSubjectVolume()) {
        for (DetectedAlert d : AlertBuilder.alerts(seaSpec, a, seaSpec.score(sin.periods(), sin.numerator(), null)))
          System.out.println("  RECOMPUTED sea_incidents_7d " + d.opened() + ".." + d.closed() + " " + d.level() + " peak " + d.peakLevel());
      }
      if (in == null || vol < cand.minSubjectVolume() || !options.alertsOn(Scope.AREA, a)) continue;
      SeriesScores sc = cand.score(in.periods(), in.numerator(), null);
      double maxZ = Double.NEGATIVE_INFINITY, maxC = Double.NEGATIVE_INFINITY; LocalDate maxAt = null, maxCAt = null; int n = 0, over3 = 0;
      for (int t = 0; t < sc.size(); t++) {
        if (Double.isNaN(sc.expected()[t])) continue;
        n++; if (sc.scores()[t] > 3) over3++;
        if (sc.cusum()[t] > maxC) { maxC = sc.cusum()[t]; maxCAt = sc.periods().get(t); }
        if (sc.scores()[t] > maxZ) { maxZ = sc.scores()[t]; maxAt = sc.periods().get(t); }
      }
      System.out.printf("SCORED days %d, z>3 on %d, max z %.2f on %s, max CUSUM %.2f on %s%n", n, over3, maxZ, maxAt, maxC, maxCAt);
      // the five highest days (at most one per 28 days), and a trace when asked (TRACE=AREA:FROM:TO)
      List<Integer> idx = IntStream.range(0, sc.size()).filter(t -> !Double.isNaN(sc.expected()[t])).boxed()
          .sorted(Comparator.comparingDouble((Integer t) -> -sc.scores()[t])).toList();
      List<LocalDate> tops = new ArrayList<>();
      for (int t : idx) {
        LocalDate p = sc.periods().get(t);
        if (tops.stream().anyMatch(q -> Math.abs(ChronoUnit.DAYS.between(q, p)) < 28)) continue;
        tops.add(p);
        System.out.printf("  TOPZ %s value %.0f expected %.2f z %.2f cusum %.2f%n", p, sc.values()[t], sc.expected()[t], sc.scores()[t], sc.cusum()[t]);
        if (tops.size() == 5) break;
      }
      String tr = System.getenv("TRACE");
      if (tr != null && tr.startsWith(a + ":")) {
        String[] f = tr.split(":");
        LocalDate tf = LocalDate.parse(f[1]), tt = LocalDate.parse(f[2]);
        SeriesScores ss = sin == null ? null : seaSpec.score(sin.periods(), sin.numerator(), null);
        Map<LocalDate, Integer> sIdx = new HashMap<>();
        if (ss != null) for (int t = 0; t < ss.size(); t++) sIdx.put(ss.periods().get(t), t);
        for (int t = 0; t < sc.size(); t++) {
          LocalDate p = sc.periods().get(t);
          if (p.isBefore(tf) || p.isAfter(tt)) continue;
          Integer u = sIdx.get(p);
          System.out.printf("  TRACE %s candidate value %.0f expected %.2f z %.2f cusum %.2f | sea_incidents_7d value %s z %s%n", p, sc.values()[t], sc.expected()[t], sc.scores()[t], sc.cusum()[t],
              u == null ? "-" : String.format("%.0f", ss.values()[u]), u == null ? "-" : String.format("%.2f", ss.scores()[u]));
        }
      }
      List<DetectedAlert> al = AlertBuilder.alerts(cand, a, sc);
      System.out.println("ALERTS candidate " + al.size());
      int added = 0;
      for (DetectedAlert d : al) {
        // overlapping shipped alerts on the same area (any shipped lens), open within 14 days either side
        List<String> over = new ArrayList<>();
        for (String[] s : shippedAlerts) {
          if (!s[0].equals(a)) continue;
          LocalDate so = LocalDate.parse(s[2].substring(0, 10)), scl = s[3].isEmpty() ? null : LocalDate.parse(s[3].substring(0, 10));
          boolean ov = !(d.closed() != null && d.closed().isBefore(so.minusDays(14))) && !(scl != null && scl.plusDays(14).isBefore(d.opened()));
          if (ov) over.add(s[1] + " " + s[2] + ".." + s[3]);
        }
        if (over.isEmpty()) added++;
        System.out.printf("  ALERT %s %s..%s level %s peak %s peakPeriod %s value %.0f expected %.2f z %.2f | %s%n", a, d.opened(), d.closed(), d.level(), d.peakLevel(), d.peakPeriod(),
            d.value(), d.expected(), d.score(), over.isEmpty() ? "ADDED (no shipped alert on the area within 14 days)" : "shipped beside it: " + over);
        // the reports of the seven days to the opening
        incEvents.forEach((k, evs) -> {
          long dd = ChronoUnit.DAYS.between(k.day(), d.opened());
          if (dd >= 0 && dd < 7) for (Event e : evs) System.out.println("      " + place(e, a) + "/" + why(e) + " " + desc(e));
        });
      }
      System.out.println("ADDED " + a + " " + added + " of " + al.size());
    }
  }
}
