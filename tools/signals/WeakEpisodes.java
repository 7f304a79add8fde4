// Scratch driver of issue 14 (twenty-fourth round, helper r24weak), not part of the build: why weak
// disasters and weak insurgencies are missed, and (with a candidate file) the shipped detectors with
// a candidate's keys added. Run from the repository root:
//   java -cp JAR tools/signals/WeakEpisodes.java 1-20                         (diagnosis, one year)
//   java -Dhistory=true -cp JAR tools/signals/WeakEpisodes.java 1-20          (a year of history first)
//   java -cp JAR tools/signals/WeakEpisodes.java 1-20 FILE 1.0,1.25,1.5       (shipped + FILE at each scale)
// FILE holds properties keys added to (or replacing keys of) the shipped detectors.properties; the
// text "${SCALE}" in it is replaced by each scale. Design seeds only (1-40, 1101-1120).
// Each seed is simulated as `amity evaluate --seeds S --engine plain` does (365 days from 2025-01-01;
// with -Dhistory=true 730 days, the second year scored, as `--history 365 --start 2026-01-01`), day
// by day through ScenarioSimulator.day (reflection, as Insurgency.java does) so that every report
// keeps its incident's origin (episode id, "chronic:SETTING", "background:ISO3"); the rows are
// written and parsed by the product's GDELT 2.0 parser as SimulatedWatch.days does.
// Prints per seed:
//  EP   every scored disaster and insurgency (all strengths; the summary reads the weak ones): type,
//       country, setting, strength, relative intensity, peak incidents a day, span, DETECTED (with
//       the lenses of the related alerts opened in [start-7, end]) or MISSED; its reports by where
//       they land (country centroid, other places or divisions of the country, conflict-area
//       divisions, other countries, at sea); its incidents on the country's series (distinct
//       incident keys whose first report is the episode's, counted for the country as the series
//       count them), their humanitarian and rebel-material-conflict parts, per day at most and on
//       average over the span, against the country's background incidents a day (days outside every
//       episode of the country, start-7..end+21) and its background humanitarian share; the best
//       seven-day sum of the episode's humanitarian incidents against the background humanitarian
//       seven-day sum's mean and standard deviation on clean days.
//  LENS per lens that could see it (disasters: humanitarian, humanitarian_7d, humanitarian_28d_long,
//       coercion_7d, conflict_7d; insurgencies: theatre_material_conflict_7d, theatre_material_
//       conflict_28d_long, rebel_material_conflict_7d, material_conflict_7d, conflict_7d): whether
//       the series is watched (whole-series volume against minVolume), days of [start-7, end]
//       scored / with a baseline / below minPeriodVolume, best z (day, x, v, expected, baseline
//       share p, clean share) against the warning limit, best CUSUM against the watch limit.
//  NEAR other episodes of the country ending within 56 days before the start (the seven-day lenses'
//       baseline: 28 days before a 7-day guard and the week itself), decoys and quiet stretches
//       overlapping [start-35, end].
//  RUN  shipped (and shipped + FILE at each scale): recall, false alerts, all three targets, missed;
//       each false alert added by the candidate (not in the shipped list) with its subject's episodes.
// At the end TOTAL lines.
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

public class WeakEpisodes {
  static final Map<String, ConflictArea> SETTING = Map.of("mindanao", ConflictArea.MINDANAO, "deep-south", ConflictArea.DEEP_SOUTH,
      "rakhine", ConflictArea.RAKHINE, "kachin-shan", ConflictArea.KACHIN_SHAN, "papua", ConflictArea.PAPUA);
  static final String[] DISASTER_LENSES = {"humanitarian", "humanitarian_7d", "humanitarian_28d_long", "coercion_7d", "conflict_7d"};
  static final String[] INSURGENCY_LENSES = {"theatre_material_conflict_7d", "theatre_material_conflict_28d_long", "rebel_material_conflict_7d", "material_conflict_7d", "conflict_7d"};

  public static void main(String[] args) throws Exception {
    String[] r = args[0].split("-");
    long from = Long.parseLong(r[0]), to = Long.parseLong(r.length > 1 ? r[1] : r[0]);
    boolean okSeeds = (from >= 1 && to <= 40) || (from >= 1101 && to <= 1120);
    for (int b = 2001; b <= 2801; b += 100) okSeeds |= from >= b && to <= b + 19; // spent ranges (twenty-seventh round)
    if (!okSeeds || from > to) throw new IllegalArgumentException("design seeds 1-40, 1101-1120 or spent 2001-2020 ... 2801-2820 only");
    String candText = args.length > 1 ? Files.readString(Path.of(args[1])) : null;
    double[] scales = args.length > 2 ? Arrays.stream(args[2].split(",")).mapToDouble(Double::parseDouble).toArray() : candText == null ? new double[0] : new double[] {1.0};
    boolean history = Boolean.getBoolean("history");
    int days = history ? 730 : 365;
    LocalDate start = LocalDate.parse("2025-01-01"), scored = history ? LocalDate.parse("2026-01-01") : start;
    String shippedText;
    try (var in = DetectorConfig.class.getResourceAsStream("/org/amity/signal/detectors.properties")) { shippedText = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8); }
    DetectorConfig cfg = DetectorConfig.parse(shippedText, "shipped");
    List<DetectorConfig> cands = new ArrayList<>();
    for (double s : scales) cands.add(DetectorConfig.parse(merge(shippedText, candText.replace("${SCALE}", Double.toString(s))), "candidate s=" + s));
    if (candText != null) System.out.println("CANDIDATE " + args[1] + " scales " + Arrays.toString(scales));
    WatchJob.Options options = WatchJob.Options.standard();
    int k = scales.length + 1;
    int[] det = new int[k], fal = new int[k], all3 = new int[k], eps = new int[1];
    Map<String, int[]> byClass = new TreeMap<>(); // "type strength" -> [episodes, detected per config...]
    Method day = ScenarioSimulator.class.getDeclaredMethod("day", LocalDate.class, int.class, long.class);
    day.setAccessible(true);
    Method firstId = ScenarioSimulator.class.getDeclaredMethod("firstId");
    firstId.setAccessible(true);
    Class<?> writer = Class.forName("org.amity.simulate.ExportRowWriter");
    Class<?> reportClass = Class.forName("org.amity.simulate.ExportRowWriter$Report");
    Method row = writer.getDeclaredMethod("row", reportClass);
    row.setAccessible(true);
    for (long seed = from; seed <= to; seed++) {
      Path dir = Files.createTempDirectory("weak-" + seed + "-");
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
        if (in == null) return;
        if (Arrays.asList(DISASTER_LENSES).contains(spec.name()) || Arrays.asList(INSURGENCY_LENSES).contains(spec.name()))
          lens.put(spec.name() + "|" + sub.name(), new Object[] {spec, spec.score(in.periods(), in.numerator(), in.denominator()), in.volume()});
      });
      Evaluation ship = eval(truth, shipped, history, scored);
      Set<String> shippedDetected = ship.detail().stream().filter(x -> x.detected()).map(x -> x.id()).collect(Collectors.toSet());
      Set<String> scoredIds = ship.detail().stream().map(x -> x.id()).collect(Collectors.toSet());
      // first origin of every incident key; the country's incidents per day by origin class
      Map<IncidentKey, String> firstOrigin = new HashMap<>();
      for (int i = 0; i < events.size(); i++) firstOrigin.putIfAbsent(IncidentKey.of(events.get(i)), origin.get(i));
      // per country: day -> [all incidents, humanitarian, rebel mc]; per episode id: day -> [incidents, humanitarian, rebel mc] on its first party
      Map<String, Map<LocalDate, long[]>> country = new HashMap<>();
      Map<String, Map<LocalDate, long[]>> episodeOn = new HashMap<>();
      Map<String, String> firstParty = new HashMap<>();
      for (Episode e : truth.episodes()) firstParty.put(e.id(), e.parties().get(0));
      for (org.amity.signal.daily.Incident inc : DailyIndicators.incidents(events)) {
        IncidentKey key = inc.key();
        String o = firstOrigin.get(key);
        for (Subject s : subjects.of(inc)) {
          if (s.scope() != Scope.COUNTRY) continue;
          long[] c = country.computeIfAbsent(s.name(), x -> new TreeMap<>()).computeIfAbsent(key.day(), x -> new long[3]);
          c[0]++; if (inc.humanitarian()) c[1]++; if (inc.rebelMaterialConflict()) c[2]++;
          if (o != null && firstParty.containsKey(o) && firstParty.get(o).equals(s.name())) {
            long[] q = episodeOn.computeIfAbsent(o, x -> new TreeMap<>()).computeIfAbsent(key.day(), x -> new long[3]);
            q[0]++; if (inc.humanitarian()) q[1]++; if (inc.rebelMaterialConflict()) q[2]++;
          }
        }
      }
      StringBuilder out = new StringBuilder("seed " + seed);
      // ORIGIN: per country, the year's humanitarian and rebel-mc incidents by origin class (scored days only)
      Map<String, Map<String, long[]>> byOrigin = new TreeMap<>();
      for (org.amity.signal.daily.Incident inc : DailyIndicators.incidents(events)) {
        IncidentKey key = inc.key();
        if (key.day().isBefore(scored) || !(inc.humanitarian() || inc.rebelMaterialConflict())) continue;
        String o = firstOrigin.get(key);
        String cls = o == null ? "?" : o.startsWith("background:") ? "background" : o.startsWith("chronic:") ? o : "episode " + (truth.episodes().stream().filter(e -> e.id().equals(o)).map(e -> e.type().toString()).findFirst().orElse(o));
        for (Subject sb : subjects.of(inc)) {
          if (sb.scope() != Scope.COUNTRY) continue;
          long[] c = byOrigin.computeIfAbsent(sb.name(), x -> new TreeMap<>()).computeIfAbsent(cls, x -> new long[2]);
          if (inc.humanitarian()) c[0]++; if (inc.rebelMaterialConflict()) c[1]++;
        }
      }
      byOrigin.forEach((c, m) -> out.append(String.format("%n  ORIGIN %s %s", c, m.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()[0] + "/" + e.getValue()[1]).collect(Collectors.joining(" ")))));
      for (Episode ep : truth.episodes()) {
        if (!(ep.type() == EpisodeType.DISASTER || ep.type() == EpisodeType.INSURGENCY) || !scoredIds.contains(ep.id())) continue;
        String iso = ep.parties().get(0);
        ConflictArea area = ep.type() == EpisodeType.INSURGENCY ? SETTING.get(ep.setting()) : null;
        int[] where = new int[6]; int n = 0;
        for (int i = 0; i < events.size(); i++) {
          if (!ep.id().equals(origin.get(i))) continue;
          Event e = events.get(i);
          n++;
          var loc = e.action();
          int w = loc.seaArea() != null ? 4
              : ConflictArea.of(loc).isPresent() && iso.equals(loc.country()) ? 2
              : iso.equals(loc.country()) && loc.precision() == GeoPrecision.COUNTRY ? 0
              : iso.equals(loc.country()) ? 1
              : loc.country() == null ? 5 : 3;
          where[w]++;
        }
        String detectors = shipped.stream().filter(a -> relates(a, ep) && !a.opened().isBefore(ep.start().minusDays(7)) && !a.opened().isAfter(ep.end()))
            .map(a -> a.indicator() + "@" + a.subject() + ":" + a.peakLevel()).distinct().collect(Collectors.joining(","));
        // episode's incidents on its country, and the country's background (days outside its episodes)
        Map<LocalDate, long[]> mine = episodeOn.getOrDefault(ep.id(), Map.of());
        Map<LocalDate, long[]> cs = country.getOrDefault(iso, Map.of());
        long epInc = 0, epHum = 0, epReb = 0, peakInc = 0;
        for (var x : mine.values()) { epInc += x[0]; epHum += x[1]; epReb += x[2]; peakInc = Math.max(peakInc, x[0]); }
        int spanDays = (int) (ep.end().toEpochDay() - ep.start().toEpochDay() + 1);
        double bgInc = 0, bgHum = 0; int bgDays = 0;
        List<Double> hum7 = new ArrayList<>();
        for (LocalDate d = scored; d.isBefore(start.plusDays(days)); d = d.plusDays(1)) {
          final LocalDate dd = d;
          boolean clean = truth.episodes().stream().noneMatch(e -> e.parties().contains(iso) && near(dd, e) || e.involved().contains(iso) && near(dd, e));
          if (!clean) continue;
          long[] c = cs.getOrDefault(d, new long[3]);
          bgInc += c[0]; bgHum += c[1]; bgDays++;
          boolean weekClean = true; double h = 0;
          for (int j = 0; j < 7; j++) {
            LocalDate q = d.minusDays(j);
            final LocalDate qq = q;
            if (q.isBefore(scored) || truth.episodes().stream().anyMatch(e -> (e.parties().contains(iso) || e.involved().contains(iso)) && near(qq, e))) { weekClean = false; break; }
            h += cs.getOrDefault(q, new long[3])[ep.type() == EpisodeType.DISASTER ? 1 : 2];
          }
          if (weekClean) hum7.add(h);
        }
        double m7 = hum7.stream().mapToDouble(x -> x).average().orElse(Double.NaN);
        double sd7 = Math.sqrt(hum7.stream().mapToDouble(x -> (x - m7) * (x - m7)).sum() / Math.max(1, hum7.size() - 1));
        long best7 = 0;
        for (LocalDate d = ep.start(); !d.isAfter(ep.end().plusDays(6)); d = d.plusDays(1)) {
          long s = 0;
          for (int j = 0; j < 7; j++) s += mine.getOrDefault(d.minusDays(j), new long[3])[ep.type() == EpisodeType.DISASTER ? 1 : 2];
          best7 = Math.max(best7, s);
        }
        out.append(String.format("%n  EP %s %s %s %s %s rel %.3f peak/day %.2f %s..%s (%d d) %s%s | reports %d: centroid %d places/divisions %d conflict-area %d other-countries %d sea %d none %d"
            + " | on %s: incidents %d (humanitarian %d, rebel-mc %d), max/day %d, mean/day over span %.2f | background %s: %.1f incidents/day, humanitarian share %.4f (%.2f/day) over %d clean days"
            + " | best 7-day sum of its %s incidents %d vs clean 7-day background mean %.1f sd %.2f",
            ep.id(), ep.type(), iso, ep.setting(), ep.strength(), ep.relativeIntensity(), ep.peakIncidentsPerDay(), ep.start(), ep.end(), spanDays,
            shippedDetected.contains(ep.id()) ? "DETECTED " : "MISSED", detectors,
            n, where[0], where[1], where[2], where[3], where[4], where[5],
            iso, epInc, epHum, epReb, peakInc, epInc / (double) spanDays, iso, bgInc / Math.max(1, bgDays), bgHum / Math.max(1, bgInc), bgHum / Math.max(1, bgDays), bgDays,
            ep.type() == EpisodeType.DISASTER ? "humanitarian" : "rebel-mc", best7, m7, sd7));
        String[] lenses = ep.type() == EpisodeType.DISASTER ? DISASTER_LENSES : INSURGENCY_LENSES;
        for (String l : lenses) {
          String subj = l.startsWith("theatre") ? area.name() : iso;
          Object[] o = lens.get(l + "|" + subj);
          if (o == null) { out.append(String.format("%n      LENS %-36s %-11s no series", l, subj)); continue; }
          DetectionSpec spec = (DetectionSpec) o[0];
          SeriesScores sc = (SeriesScores) o[1];
          double vol = (double) o[2];
          DetectorSettings st = spec.settings();
          boolean watched = vol >= spec.minSubjectVolume();
          int inWin = 0, based = 0, thin = 0, bi = -1; double bz = 0, bc = 0;
          for (int i = 0; i < sc.size(); i++) {
            LocalDate p = sc.periods().get(i);
            if (p.isBefore(ep.start().minusDays(7)) || p.isAfter(ep.end())) continue;
            inWin++;
            if (Double.isNaN(sc.expected()[i])) continue;
            based++;
            if (sc.volumes() != null && sc.volumes()[i] < st.minPeriodVolume()) thin++;
            if (bi < 0 || sc.scores()[i] > bz) { bz = sc.scores()[i]; bi = i; }
            bc = Math.max(bc, sc.cusum()[i]);
          }
          String at = bi < 0 ? "" : String.format(" on %s x %.0f v %.0f e %.1f p %.4f (clean %.4f)", sc.periods().get(bi), sc.values()[bi],
              sc.volumes() == null ? Double.NaN : sc.volumes()[bi], sc.expected()[bi], sc.baselineShare()[bi], cleanShare(sc, truth, iso, scored));
          out.append(String.format("%n      LENS %-36s %-11s %s vol %.0f/%.0f | window days %d, with baseline %d, below minPeriodVolume %.0f: %d | best z %.2f (warn %.2f)%s | best cusum %.1f (watch %.1f)",
              l, subj, watched ? "watched" : "NOT-WATCHED", vol, spec.minSubjectVolume(), inWin, based, st.minPeriodVolume(), thin, bz, st.zWarning(),
              at, bc, st.cusum() ? st.cusumWatch() : Double.NaN));
        }
        String near = truth.episodes().stream().filter(e -> e != ep && (e.parties().contains(iso) || e.involved().contains(iso)) && e.end().isBefore(ep.start()) && !e.end().isBefore(ep.start().minusDays(56)))
            .map(e -> e.id() + " " + e.type() + " " + e.strength() + " " + String.join("-", e.parties()) + " " + e.start() + ".." + e.end() + (e.parties().contains(iso) ? "" : " (involved)")).collect(Collectors.joining("; "));
        String decoys = truth.decoys().stream().filter(dc -> dc.toString().contains(iso) && !dc.end().isBefore(ep.start().minusDays(35)) && !dc.start().isAfter(ep.end())).map(Object::toString).collect(Collectors.joining("; "));
        String quiet = truth.quiet().stream().filter(q -> !q.end().isBefore(ep.start().minusDays(35)) && !q.start().isAfter(ep.end())).map(Object::toString).collect(Collectors.joining("; "));
        out.append(String.format("%n      NEAR earlier episodes of %s within 56 d: %s | decoys: %s | quiet: %s", iso, near.isEmpty() ? "none" : near, decoys.isEmpty() ? "none" : decoys, quiet.isEmpty() ? "none" : quiet));
      }
      for (int li = 0; li < k; li++) {
        List<AlertRecord> alerts = li == 0 ? shipped : SimulatedWatch.alerts(cands.get(li - 1), table, options::alertsOn);
        Evaluation ev = eval(truth, alerts, history, scored);
        det[li] += ev.detected(); fal[li] += ev.falseAlerts(); if (li == 0) eps[0] += ev.episodes();
        boolean ok = ev.recall() >= 0.9 && (ev.precision() == null || ev.precision() >= 0.8) && ev.falseAlertsPerCountryYear() <= 0.3 + 1e-9;
        all3[li] += ok ? 1 : 0;
        for (var x : ev.detail()) {
          int[] c = byClass.computeIfAbsent(x.type() + " " + x.strength(), q -> new int[k + 1]);
          if (li == 0) c[0]++;
          if (x.detected()) c[li + 1]++;
        }
        String missed = ev.detail().stream().filter(x -> !x.detected()).map(x -> x.id() + " " + x.type() + " " + x.strength() + " " + String.join("-", x.parties())).collect(Collectors.joining("; "));
        out.append(String.format("%n  RUN %-9s detected %d/%d recall %.3f false %d (%.3f/cy) by subject %s%s missed: %s", li == 0 ? "shipped" : "s=" + scales[li - 1], ev.detected(), ev.episodes(), ev.recall(), ev.falseAlerts(), ev.falseAlertsPerCountryYear(), ev.falseAlertsBySubject(), ok ? " ok" : "", missed));
        if (li > 0) {
          Set<String> before = shipped.stream().map(a -> a.scope() + "|" + a.subject() + "|" + a.indicator() + "|" + a.opened()).collect(Collectors.toSet());
          for (AlertRecord a : alerts) {
            if (before.contains(a.scope() + "|" + a.subject() + "|" + a.indicator() + "|" + a.opened())) continue;
            Evaluation one = eval(truth, List.of(a), history, scored);
            String related = one.detail().stream().filter(x -> x.detected()).map(x -> x.id()).collect(Collectors.joining(","));
            out.append(String.format("%n      ADDED %s %s %s %s..%s peak %s -> %s", a.scope(), a.subject(), a.indicator(), a.opened(), a.closed(), a.peakLevel(),
                one.falseAlerts() == 1 ? "FALSE" : related.isEmpty() ? "related, outside any window" : "detects " + related + (shippedDetected.containsAll(Arrays.asList(related.split(","))) ? " (already detected)" : " (NEW)")));
          }
        }
      }
      System.out.println(out); System.out.flush();
    }
    for (int li = 0; li < k; li++)
      System.out.printf("TOTAL %-9s detected %d/%d false %d all three %d%n", li == 0 ? "shipped" : "s=" + scales[li - 1], det[li], eps[0], fal[li], all3[li]);
    byClass.forEach((c, v) -> {
      StringBuilder b = new StringBuilder("CLASS " + c + " episodes " + v[0] + " detected");
      for (int li = 0; li < k; li++) b.append(" ").append(li == 0 ? "shipped" : "s=" + scales[li - 1]).append(" ").append(v[li + 1]);
      System.out.println(b);
    });
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

  static boolean relates(AlertRecord a, Episode ep) {
    return switch (a.scope()) {
      case "country" -> ep.parties().contains(a.subject());
      case "theatre" -> { try { yield ep.parties().contains(ConflictArea.valueOf(a.subject()).country()); } catch (IllegalArgumentException e) { yield false; } }
      default -> false;
    };
  }

  static Evaluation eval(Truth truth, List<AlertRecord> alerts, boolean history, LocalDate scored) {
    return history ? DetectionEvaluator.evaluateFrom(truth, alerts, "watch", scored) : DetectionEvaluator.evaluate(truth, alerts, "watch");
  }

  static boolean near(LocalDate p, Episode e) {
    return !p.isBefore(e.start().minusDays(7)) && !p.isAfter(e.end().plusDays(21));
  }

  /** The share over the scored run's days outside every episode of the country (start-7..end+21), from the rolled values. */
  static double cleanShare(SeriesScores sc, Truth truth, String iso, LocalDate scored) {
    double sx = 0, sv = 0;
    if (sc.volumes() == null) return Double.NaN;
    for (int i = 0; i < sc.size(); i++) {
      LocalDate p = sc.periods().get(i);
      if (p.isBefore(scored)) continue;
      boolean in = truth.episodes().stream().anyMatch(e -> (e.parties().contains(iso) || e.involved().contains(iso)) && near(p, e));
      if (in) continue;
      sx += sc.values()[i]; sv += sc.volumes()[i];
    }
    return sv == 0 ? Double.NaN : sx / sv;
  }

  static Object acc(Object o, String name) throws Exception {
    Method m = o.getClass().getDeclaredMethod(name);
    m.setAccessible(true);
    return m.invoke(o);
  }
}
