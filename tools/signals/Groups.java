// Scratch driver of issue 14 (nineteenth round), not part of the build: the pooled-evidence design
// (docs/signals.md, "Next: pooled evidence across a situation's subjects") measured on groups larger
// than pairs. Run from the repository root:
//   java -cp amity-app/target/amity.jar tools/signals/Groups.java 1-20 [1101-1120 ...]
// A group is fixed from the watch set, before any episode is looked at: a dyad with a member of the
// region, its members' seven-day conflict lenses (region members only), and the seven-day attacks
// lens of every sea area both parties border (SeaArea.coastalStates). Its pooled score on a day is
// Z = sum z_i / sqrt(sum_ij rho_ij), the correlations rho_ij estimated per kind of lens pair on the
// null days of every group (days outside every episode of either party or in a sea area of the group, a week
// before to three weeks after). Z goes through the seven-day profile's CUSUM (allowance 1.5, cap 4, ceiling 28); its limit is
// the lowest (steps of 0.5 from 3) at which it crosses on null days no more often than the group's own
// lenses cross their watch limits (14; the dyad's 14 x 1.08), counted per group by the largest count.
// Then for every episode whose parties include both of the dyad's: the best pooled CUSUM from a week
// before its start to its end, for episodes the shipped detectors detect and those they miss.
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

public class Groups {
  /** One group's aligned days: each lens's score and CUSUM, lens kinds, null days, its episodes. */
  record Group(String name, String[] kinds, double[][] z, double[][] c, double[] watch, boolean[] nul, List<Object[]> eps) {}
  static final List<Group> GROUPS = new ArrayList<>();

  static int crossings(double[] c, boolean[] nul, double limit) {
    int k = 0;
    for (int i = 1; i < c.length; i++) if (nul[i] && c[i] >= limit && c[i - 1] < limit) k++;
    return k;
  }

  public static void main(String[] args) throws Exception {
    DetectorConfig cfg = DetectorConfig.standard();
    WatchJob.Options options = WatchJob.Options.standard();
    Set<String> region = CountryTable.standard().aseanMembers();
    for (String range : args) {
      String[] r = range.split("-");
      for (long seed = Long.parseLong(r[0]); seed <= Long.parseLong(r[r.length - 1]); seed++) {
        Path dir = Files.createTempDirectory("groups-" + seed + "-");
        SimulationResult res = new ScenarioSimulator(GdeltProfile.standard(),
            SimulationSettings.of(365, seed, LocalDate.parse("2025-01-01"), SimulationSettings.DEFAULT_ROWS_PER_DAY, null, null)).writeTo(dir.resolve("files"), true);
        var table = SimulatedWatch.days(dir.resolve("files"), options.watchSet(), cfg.theatres());
        try (Stream<Path> w = Files.walk(dir)) { w.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
        Truth truth = res.truth();
        Map<String, SeriesScores> lens = new HashMap<>();
        List<AlertRecord> all = new ArrayList<>();
        SeriesDetection.forEachSeries(cfg, table, (spec, sub, in) -> {
          if (spec.resolution() != Resolution.DAY || in == null || in.volume() < spec.minSubjectVolume()) return;
          SeriesScores sc = spec.score(in.periods(), in.numerator(), in.denominator());
          lens.put(spec.name() + "|" + sub.name(), sc);
          if (!options.alertsOn(sub.scope(), sub.name())) return;
          for (DetectedAlert d : AlertBuilder.alerts(spec, sub.name(), sc))
            all.add(new AlertRecord(all.size() + 1, d.scope().key(), d.subject(), d.indicator(), d.level().key(), d.peakLevel().key(), d.opened(), d.closed()));
        });
        Evaluation ev = DetectionEvaluator.evaluate(truth, all, "watch");
        Set<String> missed = ev.detail().stream().filter(d -> !d.detected()).map(d -> d.id()).collect(Collectors.toSet());
        for (String k : new TreeSet<>(lens.keySet())) {
          if (!k.startsWith("dyad_conflict_7d|")) continue;
          String dyad = k.substring(k.indexOf('|') + 1);
          List<String> parties = List.of(dyad.split("-"));
          if (parties.stream().noneMatch(region::contains)) continue;
          List<String> keys = new ArrayList<>(List.of(k));
          List<String> kinds = new ArrayList<>(List.of("dyad"));
          List<Double> watch = new ArrayList<>(List.of(14 * 1.08));
          for (String m : parties)
            if (region.contains(m) && lens.containsKey("conflict_7d|" + m)) { keys.add("conflict_7d|" + m); kinds.add("member"); watch.add(14.0); }
          for (SeaArea a : SeaArea.values())
            if (a.coastalStates().containsAll(parties) && lens.containsKey("sea_incidents_7d|" + a.name())) { keys.add("sea_incidents_7d|" + a.name()); kinds.add("sea"); watch.add(14.0); }
          if (keys.size() < 3) continue; // pairs were measured in the thirteenth round
          // align on the dyad lens's days where every lens scores
          SeriesScores base = lens.get(k);
          List<Map<LocalDate, Integer>> idx = new ArrayList<>();
          for (String key : keys) {
            SeriesScores s = lens.get(key);
            Map<LocalDate, Integer> m = new HashMap<>();
            for (int i = 0; i < s.size(); i++) if (!Double.isNaN(s.expected()[i])) m.put(s.periods().get(i), i);
            idx.add(m);
          }
          List<LocalDate> days = new ArrayList<>();
          for (LocalDate d : base.periods()) if (idx.stream().allMatch(m -> m.containsKey(d))) days.add(d);
          int n = days.size(), L = keys.size();
          double[][] z = new double[L][n], c = new double[L][n];
          boolean[] nul = new boolean[n];
          for (int i = 0; i < n; i++) {
            LocalDate day = days.get(i);
            for (int j = 0; j < L; j++) { int t = idx.get(j).get(day); z[j][i] = lens.get(keys.get(j)).scores()[t]; c[j][i] = lens.get(keys.get(j)).cusum()[t]; }
            nul[i] = truth.episodes().stream().noneMatch(e -> (e.parties().stream().anyMatch(parties::contains) || e.involved().stream().anyMatch(parties::contains) || (e.seaArea() != null && keys.contains("sea_incidents_7d|" + e.seaArea()))) && !day.isBefore(e.start().minusDays(7)) && !day.isAfter(e.end().plusDays(21)));
          }
          List<Object[]> pe = new ArrayList<>();
          for (Episode e : truth.episodes()) {
            if (!e.parties().containsAll(parties)) continue;
            int from = -1, to = -1;
            for (int i = 0; i < n; i++) if (!days.get(i).isBefore(e.start().minusDays(7)) && !days.get(i).isAfter(e.end())) { if (from < 0) from = i; to = i; }
            if (from >= 0) pe.add(new Object[] {seed + " " + e.id() + " " + e.type() + " " + e.strength() + " " + String.join("-", e.parties()) + " " + keys, missed.contains(e.id()), from, to});
          }
          GROUPS.add(new Group(seed + " " + dyad, kinds.toArray(String[]::new), z, c, watch.stream().mapToDouble(Double::doubleValue).toArray(), nul, pe));
        }
        System.out.printf("seed %d done (%d alerts, %d missed)%n", seed, all.size(), missed.size());
      }
    }
    // correlations per kind pair on null days
    Map<String, double[]> acc = new TreeMap<>(); // n, sa, sb, saa, sbb, sab
    for (Group g : GROUPS)
      for (int a = 0; a < g.kinds().length; a++)
        for (int b = a + 1; b < g.kinds().length; b++) {
          String key = pairKey(g.kinds()[a], g.kinds()[b]);
          double[] s = acc.computeIfAbsent(key, x -> new double[6]);
          for (int i = 0; i < g.nul().length; i++) {
            if (!g.nul()[i]) continue;
            double x = g.z()[a][i], y = g.z()[b][i];
            s[0]++; s[1] += x; s[2] += y; s[3] += x * x; s[4] += y * y; s[5] += x * y;
          }
        }
    Map<String, Double> rho = new TreeMap<>();
    for (var e : acc.entrySet()) {
      double[] s = e.getValue();
      double cov = s[5] / s[0] - s[1] / s[0] * s[2] / s[0];
      double r = cov / Math.sqrt((s[3] / s[0] - Math.pow(s[1] / s[0], 2)) * (s[4] / s[0] - Math.pow(s[2] / s[0], 2)));
      rho.put(e.getKey(), r);
      System.out.printf("NULL correlation %s: %.3f over %.0f group-days%n", e.getKey(), r, s[0]);
    }
    // pooled CUSUMs
    int single = 0, years = 0;
    List<double[]> pooled = new ArrayList<>();
    for (Group g : GROUPS) {
      years++;
      int L = g.kinds().length, n = g.nul().length;
      double var = L;
      for (int a = 0; a < L; a++) for (int b = a + 1; b < L; b++) var += 2 * rho.get(pairKey(g.kinds()[a], g.kinds()[b]));
      double sd = Math.sqrt(var);
      int own = 0;
      for (int j = 0; j < L; j++) own = Math.max(own, crossings(g.c()[j], g.nul(), g.watch()[j]));
      single += own;
      double[] cz = new double[n];
      double s = 0;
      for (int i = 0; i < n; i++) {
        double zz = 0;
        for (int j = 0; j < L; j++) zz += g.z()[j][i];
        s = Math.max(0, s + Math.min(zz / sd, 4) - 1.5);
        s = Math.min(s, 28);
        cz[i] = s;
      }
      pooled.add(cz);
    }
    for (double l = 3; l <= 10; l += 0.5) {
      int k = 0;
      for (int i = 0; i < GROUPS.size(); i++) k += crossings(pooled.get(i), GROUPS.get(i).nul(), l);
      System.out.printf("  pooled CUSUM limit %.1f: %d crossings on null days%n", l, k);
    }
    double limit = 3;
    for (; limit < 60; limit += 0.5) {
      int k = 0;
      for (int i = 0; i < GROUPS.size(); i++) k += crossings(pooled.get(i), GROUPS.get(i).nul(), limit);
      if (k <= single) break;
    }
    System.out.printf("CUSUM: %d group-years; the groups' own lenses cross their watch limits on null days %d times (per group the largest count); the pooled CUSUM as rarely from %.1f (searched from 3)%n", years, single, limit);
    Map<String, Integer> where = new TreeMap<>();
    for (int i = 0; i < GROUPS.size(); i++) {
      int k = crossings(pooled.get(i), GROUPS.get(i).nul(), limit);
      if (k > 0) where.merge(GROUPS.get(i).name().replaceAll("^[0-9]+ ", "") + "/" + GROUPS.get(i).kinds().length, k, Integer::sum);
    }
    System.out.println("null crossings at the limit by dyad/lenses: " + where);
    int det = 0, detPass = 0, mis = 0, misPass = 0;
    for (int i = 0; i < GROUPS.size(); i++) {
      Group g = GROUPS.get(i);
      double[] cz = pooled.get(i);
      for (Object[] e : g.eps()) {
        double best = 0, own = 0;
        for (int t = (int) e[2]; t <= (int) e[3]; t++) { best = Math.max(best, cz[t]); for (double[] c : g.c()) own = Math.max(own, c[t]); }
        if ((boolean) e[1]) { mis++; if (best >= limit) misPass++; System.out.printf("  MISSED %s: own CUSUMs at most %.1f, pooled %.1f%s%n", e[0], own, best, best >= limit ? "  (passes)" : ""); }
        else { det++; if (best >= limit) detPass++; }
      }
    }
    System.out.printf("TOTAL groups: detected episodes %d (pooled CUSUM passes on %d), missed %d (passes on %d)%n", det, detPass, mis, misPass);
  }

  static String pairKey(String a, String b) { return a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a; }
}
