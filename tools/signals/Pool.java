// Scratch driver of issue 14 (thirteenth round), not part of the build: a first measurement of the
// pooled-evidence idea (docs/signals.md, "Next: pooled evidence"). Run from the repository root:
//   java -cp amity-app/target/amity.jar tools/signals/Pool.java 1-20 [1201-1220 ...]
// For every simulated year, scores the shipped seven-day lenses and pairs them as a pooled lens would:
//   country-area: a country's material conflict (7 days) with each of its conflict areas' (7 days);
//   dyad-member:  a dyad's conflict (7 days) with each member's conflict (7 days).
// On days outside every episode of either subject (the pair's "null" days) it estimates, per pair
// kind, the correlation of the two scores and how often the larger score passes the single-sum
// warning (4.5); the pooled score Z = (z1 + z2) / sqrt(2 + 2 rho) gets the limit that passes as often.
// Then, for every episode whose parties the pair belongs to, the best pooled Z from a week before
// its start to its end, against that limit, for the episodes the shipped detectors detect and miss.
// A day-level comparison only: no CUSUM, no runs, no alert budget.
import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;
import java.util.stream.*;
import org.amity.event.ConflictArea;
import org.amity.pipeline.WatchJob;
import org.amity.signal.*;
import org.amity.signal.daily.*;
import org.amity.simulate.*;

public class Pool {
  /** One pair's aligned days: scores, each lens's own CUSUM, whether the day is outside every episode. */
  record PairSeries(String kind, double[] za, double[] zb, double[] ca, double[] cb, boolean[] nul, List<Object[]> eps) {}
  static final List<PairSeries> SERIES = new ArrayList<>();

  /** Upward crossings of a limit on null days. */
  static int crossings(double[] c, boolean[] nul, double limit) {
    int k = 0;
    for (int i = 1; i < c.length; i++) if (nul[i] && c[i] >= limit && c[i - 1] < limit) k++;
    return k;
  }

  /** The pooled score's CUSUM (allowance 1.5, cap 4, the seven-day profile's) against the lenses' own at their watch limits. */
  static void cusums(String kind, double rho) {
    int single = 0, years = 0;
    List<double[]> pooled = new ArrayList<>();
    for (PairSeries p : SERIES) {
      if (!p.kind().equals(kind)) continue;
      years++;
      // the first lens of a dyad-member pair is the dyad's, whose limits are the profile's times 1.08
      double first = kind.equals("dyad-member") ? 14 * 1.08 : 14;
      single += Math.max(crossings(p.ca(), p.nul(), first), crossings(p.cb(), p.nul(), 14));
      double[] c = new double[p.za().length];
      double acc = 0;
      for (int i = 0; i < c.length; i++) { acc = Math.max(0, acc + Math.min((p.za()[i] + p.zb()[i]) / Math.sqrt(2 + 2 * rho), 4) - 1.5); c[i] = Math.min(acc, 28); }
      pooled.add(c);
    }
    // the lowest limit, in steps of 0.5 from 6, at which the pooled CUSUM crosses no more often
    double limit = 6;
    for (; limit < 60; limit += 0.5) {
      int k = 0, i = 0;
      for (PairSeries p : SERIES) if (p.kind().equals(kind)) k += crossings(pooled.get(i++), p.nul(), limit);
      if (k <= single) break;
    }
    System.out.printf("CUSUM %s: %d pair-years; either lens's own CUSUM crosses its watch limit on null days (pairs counted by the larger count) %d times; the pooled CUSUM as rarely from %.1f%n", kind, years, single, limit);
    int i = 0, det = 0, detPass = 0, mis = 0, misPass = 0;
    for (PairSeries p : SERIES) {
      if (!p.kind().equals(kind)) continue;
      double[] c = pooled.get(i++);
      for (Object[] e : p.eps()) {
        double best = 0, own = 0;
        for (int t = (int) e[2]; t <= (int) e[3]; t++) { best = Math.max(best, c[t]); own = Math.max(own, Math.max(p.ca()[t], p.cb()[t])); }
        boolean m = (boolean) e[1];
        if (m) { mis++; if (best >= limit) misPass++; System.out.printf("  MISSED %s: own CUSUM %.1f, pooled CUSUM %.1f%s%n", e[0], own, best, best >= limit ? "  (passes)" : ""); }
        else { det++; if (best >= limit) detPass++; }
      }
    }
    System.out.printf("CUSUM TOTAL %s: detected %d (pooled CUSUM passes on %d), missed %d (passes on %d)%n", kind, det, detPass, mis, misPass);
  }

  public static void main(String[] args) throws Exception {
    DetectorConfig cfg = DetectorConfig.standard();
    WatchJob.Options options = WatchJob.Options.standard();
    for (String range : args) {
      String[] r = range.split("-");
      for (long seed = Long.parseLong(r[0]); seed <= Long.parseLong(r[r.length - 1]); seed++) {
        Path dir = Files.createTempDirectory("pool-" + seed + "-");
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
        // the pairs
        List<String[]> pairs = new ArrayList<>();
        for (ConflictArea a : ConflictArea.values())
          pairs.add(new String[] {"country-area", "material_conflict_7d|" + a.country(), "theatre_material_conflict_7d|" + a.name(), a.country(), a.country()});
        for (String k : lens.keySet()) {
          if (!k.startsWith("dyad_conflict_7d|")) continue;
          String dyad = k.substring(k.indexOf('|') + 1);
          for (String m : dyad.split("-"))
            if (lens.containsKey("conflict_7d|" + m)) pairs.add(new String[] {"dyad-member", k, "conflict_7d|" + m, dyad, m});
        }
        for (String[] p : pairs) {
          SeriesScores x = lens.get(p[1]), y = lens.get(p[2]);
          if (x == null || y == null) continue;
          Map<LocalDate, Integer> iy = new HashMap<>();
          for (int i = 0; i < y.size(); i++) iy.put(y.periods().get(i), i);
          List<String> subjects = List.of(p[3].split("-"));
          List<double[]> rows = new ArrayList<>();
          List<LocalDate> ds = new ArrayList<>();
          for (int i = 0; i < x.size(); i++) {
            Integer j = iy.get(x.periods().get(i));
            if (j == null || Double.isNaN(x.expected()[i]) || Double.isNaN(y.expected()[j])) continue;
            rows.add(new double[] {x.scores()[i], y.scores()[j], x.cusum()[i], y.cusum()[j]});
            ds.add(x.periods().get(i));
          }
          int n = rows.size();
          double[] za = new double[n], zb = new double[n], ca = new double[n], cb = new double[n];
          boolean[] nl = new boolean[n];
          for (int i = 0; i < n; i++) {
            za[i] = rows.get(i)[0]; zb[i] = rows.get(i)[1]; ca[i] = rows.get(i)[2]; cb[i] = rows.get(i)[3];
            LocalDate day = ds.get(i);
            nl[i] = truth.episodes().stream().noneMatch(e -> e.parties().stream().anyMatch(subjects::contains) && !day.isBefore(e.start().minusDays(7)) && !day.isAfter(e.end().plusDays(21)));
          }
          List<Object[]> pe = new ArrayList<>();
          for (Episode e : truth.episodes()) {
            boolean rel = p[0].equals("country-area") ? e.parties().contains(p[3]) : e.parties().containsAll(subjects);
            if (!rel) continue;
            int from = -1, to = -1;
            for (int i = 0; i < n; i++) if (!ds.get(i).isBefore(e.start().minusDays(7)) && !ds.get(i).isAfter(e.end())) { if (from < 0) from = i; to = i; }
            if (from >= 0) pe.add(new Object[] {seed + " " + e.id() + " " + e.type() + " " + e.strength() + " " + String.join("-", e.parties()) + " [" + p[1] + " + " + p[2] + "]", missed.contains(e.id()), from, to});
          }
          SERIES.add(new PairSeries(p[0], za, zb, ca, cb, nl, pe));
        }
        System.out.printf("seed %d done (%d alerts, %d missed)%n", seed, all.size(), missed.size());
      }
    }
    for (String kind : List.of("country-area", "dyad-member")) {
      List<double[]> d = new ArrayList<>();
      for (PairSeries p : SERIES)
        if (p.kind().equals(kind))
          for (int i = 0; i < p.za().length; i++) if (p.nul()[i]) d.add(new double[] {p.za()[i], p.zb()[i]});
      int n = d.size();
      double ma = d.stream().mapToDouble(v -> v[0]).average().orElse(0), mb = d.stream().mapToDouble(v -> v[1]).average().orElse(0);
      double sab = 0, saa = 0, sbb = 0;
      for (double[] v : d) { sab += (v[0] - ma) * (v[1] - mb); saa += (v[0] - ma) * (v[0] - ma); sbb += (v[1] - mb) * (v[1] - mb); }
      double rho = sab / Math.sqrt(saa * sbb);
      long single = d.stream().filter(v -> Math.max(v[0], v[1]) >= 4.5).count();
      double[] pooled = d.stream().mapToDouble(v -> (v[0] + v[1]) / Math.sqrt(2 + 2 * rho)).sorted().toArray();
      double limit = single == 0 ? pooled[n - 1] + 1e-9 : pooled[(int) (n - single)];
      System.out.printf("NULL %s: %d pair-days, correlation %.3f, larger score >= 4.5 on %d (%.5f); pooled limit at the same rate %.2f%n", kind, n, rho, single, single / (double) n, limit);
      int[] c = new int[4];
      for (PairSeries p : SERIES) {
        if (!p.kind().equals(kind)) continue;
        for (Object[] e : p.eps()) {
          double bp = 0, bs = 0;
          for (int t = (int) e[2]; t <= (int) e[3]; t++) { bp = Math.max(bp, (p.za()[t] + p.zb()[t]) / Math.sqrt(2 + 2 * rho)); bs = Math.max(bs, Math.max(p.za()[t], p.zb()[t])); }
          boolean missed = (boolean) e[1];
          int k = missed ? 2 : 0;
          c[k]++;
          if (bp >= limit) c[k + 1]++;
          if (missed) System.out.printf("  MISSED %s: best larger score %.2f, best pooled %.2f%s%n", e[0], bs, bp, bp >= limit ? "  (passes the pooled limit)" : "");
        }
      }
      System.out.printf("TOTAL %s: detected episodes with the pair %d (pooled passes on %d); missed %d (pooled passes on %d)%n", kind, c[0], c[1], c[2], c[3]);
      cusums(kind, rho);
    }
  }
}
