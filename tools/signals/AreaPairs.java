// Scratch driver of issue 14 (nineteenth round), not part of the build: pooled evidence of a sea
// area and the dyads of its coastal states, attributed to the sea area, scored end to end with the
// simulator's own matcher. Run from the repository root:
//   java -cp amity-app/target/amity.jar tools/signals/AreaPairs.java 1-20 [LIMITS] [MODE]
// MODE pair (default): the dyad's and the area's lenses, alerts on the area; joint: the same with
// each lens's part capped at the allowance times sqrt(2), so that neither alone accumulates; trio-area and trio-dyad:
// the members' seven-day conflict lenses (region members only) pooled too, the alert on the area or
// on the dyad; the correlations the design seeds gave (Groups.java: dyad-member 0.016, dyad-sea 0.001,
// member-member 0.042, member-sea 0.045) in the pooled score's spread.
// For every sea area A and every dyad D (a member of the region in it) whose two parties both border
// A (SeaArea.coastalStates), fixed before any episode is looked at: Z = (z_D + z_A) / sqrt(2), the
// seven-day dyad conflict lens and the area's seven-day attacks lens taken as independent (their
// correlation on null days is 0.001, docs/signals.md), run through the seven-day profile's CUSUM
// (allowance 1.5, cap 4, ceiling 28). When it reaches a limit L an alert opens on the sea area (scope
// area, subject A) and stays open until the accumulator is back at zero. For each L (default 6, 8,
// 10, 12, 14) the shipped alerts plus these are scored with DetectionEvaluator: detected, false,
// seeds meeting all three targets, per seed and in total, beside the shipped alerts alone.
import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;
import java.util.stream.*;
import org.amity.event.CountryTable;
import org.amity.event.SeaArea;
import org.amity.pipeline.WatchJob;
import org.amity.signal.*;
import org.amity.signal.daily.*;
import org.amity.simulate.*;

public class AreaPairs {
  public static void main(String[] args) throws Exception {
    String[] r = args[0].split("-");
    long from = Long.parseLong(r[0]), to = Long.parseLong(r.length > 1 ? r[1] : r[0]);
    double[] limits = args.length > 1 ? Arrays.stream(args[1].split(",")).mapToDouble(Double::parseDouble).toArray() : new double[] {6, 8, 10, 12, 14};
    String mode = args.length > 2 ? args[2] : "pair";
    // -Dhistory=true: two simulated years from 2025-01-01, the second scored (Sweep2.java's protocol)
    boolean history = Boolean.getBoolean("history");
    LocalDate scored = LocalDate.parse("2026-01-01");
    DetectorConfig cfg = DetectorConfig.standard();
    WatchJob.Options options = WatchJob.Options.standard();
    Set<String> region = CountryTable.standard().aseanMembers();
    int k = limits.length + 1;
    int[] det = new int[k], fal = new int[k], all3 = new int[k], eps = new int[1];
    for (long seed = from; seed <= to; seed++) {
      Path dir = Files.createTempDirectory("areapairs-" + seed + "-");
      SimulationResult res = new ScenarioSimulator(GdeltProfile.standard(),
          SimulationSettings.of(history ? 730 : 365, seed, LocalDate.parse("2025-01-01"), SimulationSettings.DEFAULT_ROWS_PER_DAY, null, null)).writeTo(dir.resolve("files"), true);
      var table = SimulatedWatch.days(dir.resolve("files"), options.watchSet(), cfg.theatres());
      try (Stream<Path> w = Files.walk(dir)) { w.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
      Truth truth = res.truth();
      // every series scored once: the daily lenses kept for pooling, the shipped alerts built as
      // SimulatedWatch.alerts builds them (same rules, ids in scoring order, sorted by opening)
      Map<String, SeriesScores> lens = new HashMap<>();
      List<DetectedAlert> found = new ArrayList<>();
      SeriesDetection.forEachSeries(cfg, table, (spec, sub, in) -> {
        if (in == null || in.volume() < spec.minSubjectVolume()) return;
        SeriesScores sc = spec.score(in.periods(), in.numerator(), in.denominator());
        if (spec.resolution() == Resolution.DAY) lens.put(spec.name() + "|" + sub.name(), sc);
        if (options.alertsOn(sub.scope(), sub.name())) found.addAll(AlertBuilder.alerts(spec, sub.name(), sc));
      });
      List<AlertRecord> shipped = new ArrayList<>();
      for (DetectedAlert d : found)
        shipped.add(new AlertRecord(shipped.size() + 1, d.scope().key(), d.subject(), d.indicator(), d.level().key(), d.peakLevel().key(), d.opened(), d.closed()));
      shipped.sort(Comparator.comparing(AlertRecord::opened).thenComparingLong(AlertRecord::id));
      // the pooled CUSUM of every (area, dyad) pair
      List<Object[]> pooled = new ArrayList<>(); // {area, dyad, days, cusum}
      for (SeaArea a : SeaArea.values()) {
        SeriesScores s = lens.get("sea_incidents_7d|" + a.name());
        if (s == null) continue;
        Map<LocalDate, Integer> is = new HashMap<>();
        for (int i = 0; i < s.size(); i++) if (!Double.isNaN(s.expected()[i])) is.put(s.periods().get(i), i);
        for (String key : new TreeSet<>(lens.keySet())) {
          if (!key.startsWith("dyad_conflict_7d|")) continue;
          String dyad = key.substring(key.indexOf('|') + 1);
          List<String> parties = List.of(dyad.split("-"));
          if (!a.coastalStates().containsAll(parties) || parties.stream().noneMatch(region::contains)) continue;
          SeriesScores d = lens.get(key);
          List<SeriesScores> members = new ArrayList<>();
          if (mode.startsWith("trio"))
            for (String m : parties) if (region.contains(m) && lens.containsKey("conflict_7d|" + m)) members.add(lens.get("conflict_7d|" + m));
          List<Map<LocalDate, Integer>> im = new ArrayList<>();
          for (SeriesScores m : members) {
            Map<LocalDate, Integer> x = new HashMap<>();
            for (int i = 0; i < m.size(); i++) if (!Double.isNaN(m.expected()[i])) x.put(m.periods().get(i), i);
            im.add(x);
          }
          int nm = members.size();
          double var = 2 + 2 * 0.001 + nm + 2 * nm * (0.016 + 0.045) + (nm == 2 ? 2 * 0.042 : 0);
          // joint: each lens's part capped where it alone cannot pass the allowance, so that only
          // a rise both lenses share accumulates (either alone is its own lens's business)
          double part = mode.equals("joint") ? 1.5 * Math.sqrt(var) - 1e-9 : Double.POSITIVE_INFINITY;
          List<LocalDate> days = new ArrayList<>();
          List<Double> c = new ArrayList<>();
          double acc = 0;
          for (int i = 0; i < d.size(); i++) {
            LocalDate day = d.periods().get(i);
            Integer j = is.get(day);
            if (Double.isNaN(d.expected()[i]) || j == null || im.stream().anyMatch(x -> !x.containsKey(day))) continue;
            double sum = Math.min(d.scores()[i], part) + Math.min(s.scores()[j], part);
            for (int q = 0; q < nm; q++) sum += members.get(q).scores()[im.get(q).get(day)];
            double z = sum / Math.sqrt(var);
            acc = Math.min(28, Math.max(0, acc + Math.min(z, 4) - 1.5));
            days.add(day);
            c.add(acc);
          }
          pooled.add(new Object[] {a.name(), dyad, days, c});
        }
      }
      StringBuilder line = new StringBuilder("seed " + seed);
      for (int li = 0; li < k; li++) {
        List<AlertRecord> all = new ArrayList<>(shipped);
        List<String> added = new ArrayList<>();
        if (li > 0) {
          double limit = limits[li - 1];
          for (Object[] p : pooled) {
            @SuppressWarnings("unchecked") List<LocalDate> days = (List<LocalDate>) p[2];
            @SuppressWarnings("unchecked") List<Double> c = (List<Double>) p[3];
            LocalDate open = null;
            for (int i = 0; i < days.size(); i++) {
              if (open == null && c.get(i) >= limit) open = days.get(i);
              else if (open != null && c.get(i) == 0) {
                all.add(new AlertRecord(all.size() + 1, mode.endsWith("dyad") ? "dyad" : "area", mode.endsWith("dyad") ? (String) p[1] : (String) p[0], "sea_dyad_7d", "watch", "watch", open, days.get(i)));
                added.add(p[0] + "/" + p[1] + " " + open + ".." + days.get(i));
                open = null;
              }
            }
            if (open != null) { all.add(new AlertRecord(all.size() + 1, mode.endsWith("dyad") ? "dyad" : "area", mode.endsWith("dyad") ? (String) p[1] : (String) p[0], "sea_dyad_7d", "watch", "watch", open, null)); added.add(p[0] + "/" + p[1] + " " + open + "..open"); }
          }
        }
        Evaluation ev = history ? DetectionEvaluator.evaluateFrom(truth, all, "watch", scored) : DetectionEvaluator.evaluate(truth, all, "watch");
        det[li] += ev.detected(); fal[li] += ev.falseAlerts(); if (li == 0) eps[0] += ev.episodes();
        boolean ok = ev.recall() >= 0.9 && (ev.precision() == null || ev.precision() >= 0.8) && ev.falseAlertsPerCountryYear() <= 0.3 + 1e-9;
        all3[li] += ok ? 1 : 0;
        String missed = ev.detail().stream().filter(x -> !x.detected()).map(x -> x.id() + " " + x.type() + " " + x.strength() + " " + String.join("-", x.parties())).collect(Collectors.joining("; "));
        line.append(String.format("%n  %-9s recall %.3f false %d (%.3f/cy)%s missed: %s", li == 0 ? "shipped" : "L=" + limits[li - 1], ev.recall(), ev.falseAlerts(), ev.falseAlertsPerCountryYear(), ok ? " ok" : "", missed));
        if (li > 0) {
          // the added alerts that are false on their own
          for (int i = shipped.size(); i < all.size(); i++)
            if ((history ? DetectionEvaluator.evaluateFrom(truth, List.of(all.get(i)), "watch", scored) : DetectionEvaluator.evaluate(truth, List.of(all.get(i)), "watch")).falseAlerts() == 1) line.append(String.format("%n      FALSE %s %s..%s", all.get(i).subject(), all.get(i).opened(), all.get(i).closed()));
        }
      }
      System.out.println(line); System.out.flush();
    }
    for (int li = 0; li < k; li++)
      System.out.printf("TOTAL %-9s detected %d/%d false %d all three %d%n", li == 0 ? "shipped" : "L=" + limits[li - 1], det[li], eps[0], fal[li], all3[li]);
  }
}
