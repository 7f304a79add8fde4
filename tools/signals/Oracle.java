// Scratch driver of issue 14 (fourteenth round), not part of the build. Run from the repository root:
//   java -cp amity-app/target/amity.jar tools/signals/Oracle.java 1-20 [CONFIG]
// How much evidence each injected episode puts into the series the watch reads, measured by an
// oracle that knows where and when the episode happened (a bound no detector can pass, since a
// detector has to find the time and place itself). Per seed it simulates the year (defaults, 365
// days from 2025-01-01), scores it with the shipped detectors (or CONFIG) to know which episodes
// are detected, and builds the daily series of every lens's numerator and volume for every subject.
// For each series and window length L (7, 14, 28 days):
//  - the standardised excess of a window W, t(W) = (sum x - p0 sum n) / sqrt(p0 q0 sum n), where p0
//    is the series' share over the year's days outside its subject's episodes (for a count series,
//    (sum x - L m) / sqrt(L m) with m the mean count of those days);
//  - its null distribution: every window of L days none of which is an episode day of the subject
//    (the rule of Why.java: from a week before an episode to two weeks after it), after the first
//    28 days; Z(W) = (t(W) - mean) / sd over those windows (so the wandering of the share, which
//    the binomial part does not know, is in the sd);
//  - the year's null maximum of Z (how far noise alone goes in that series, that year).
// An episode's oracle score on a series is the largest Z over windows of length L that lie inside
// its span (start to end), or that hold the whole span if it is shorter than L. It is SEPARABLE on a series and L if
// that score passes the same series' null maximum of the year (a limit between the two catches it
// with no false alarm on that series that year; below the maximum, any limit that caught it would
// also have fired on noise).
// Prints one line per episode (best series by margin over its null maximum), then totals by
// detection status and strength, and the quantiles of the null maxima per kind of series.
import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;
import java.util.stream.*;
import org.amity.pipeline.WatchJob;
import org.amity.signal.*;
import org.amity.signal.daily.*;
import org.amity.simulate.*;

/** Scratch: what an oracle that knows each episode's time and place sees in the watched series. */
public class Oracle {
  static final int[] LENGTHS = {7, 14, 28};
  static final Map<String, List<Double>> nullMax = new TreeMap<>();
  static final Map<String, int[]> totals = new TreeMap<>();
  /** ELASTIC: per lens name, null-day scores {shipped, elastic}, and episodes' best {shipped, elastic, missed}. */
  static final Map<String, List<double[]>> nullScores = new TreeMap<>();
  static final Map<String, List<double[]>> episodeBest = new TreeMap<>();

  record Series(String key, DetectionSpec spec, String subject, DetectorInput in) {}

  /**
   * A seven-day share lens as the watch scored it, and as the same detector scores it with the
   * count check off (its profile's countConfirms at 0), for the MASK lines.
   */
  record Lens(DetectionSpec spec, String subject, DetectorInput in, SeriesScores sc, SeriesScores noCheck) {}

  public static void main(String[] a) throws Exception {
    String[] r = a[0].split("-");
    long from = Long.parseLong(r[0]), to = Long.parseLong(r.length > 1 ? r[1] : r[0]);
    String text = a.length > 1 ? Files.readString(Path.of(a[1])) : standardText();
    DetectorConfig cfg = DetectorConfig.parse(text, a.length > 1 ? a[1] : "detectors.properties");
    // the same detectors with the count check off (a count score of 0 or more confirms)
    Map<String, DetectionSpec> noCheck = new HashMap<>();
    DetectorConfig.parse(text + "\nprofile.daily.countConfirms = 0\nprofile.rolling7.countConfirms = 0\n", "no count check")
        .specs().forEach(sp -> noCheck.put(sp.name(), sp));
    WatchJob.Options options = WatchJob.Options.standard();
    for (long seed = from; seed <= to; seed++) {
      Path dir = Files.createTempDirectory("oracle-" + seed + "-");
      SimulationResult res = new ScenarioSimulator(GdeltProfile.standard(),
          SimulationSettings.of(365, seed, LocalDate.parse("2025-01-01"), SimulationSettings.DEFAULT_ROWS_PER_DAY, null, null)).writeTo(dir.resolve("files"), true);
      var table = SimulatedWatch.days(dir.resolve("files"), options.watchSet(), cfg.theatres());
      try (Stream<Path> w = Files.walk(dir)) { w.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
      Truth truth = res.truth();
      Map<String, Series> series = new LinkedHashMap<>();
      List<AlertRecord> all = new ArrayList<>();
      List<Lens> lenses = new ArrayList<>();
      SeriesDetection.forEachSeries(cfg, table, (spec, s, in) -> {
        if (spec.resolution() != Resolution.DAY || in == null || in.volume() < spec.minSubjectVolume()) return;
        String key = spec.scope().key() + " " + spec.numerator() + (spec.denominator() == null ? " count" : " share") + "|" + s.name();
        series.putIfAbsent(key, new Series(key, spec, s.name(), in));
        if (!options.alertsOn(s.scope(), s.name())) return;
        SeriesScores sc = spec.score(in.periods(), in.numerator(), in.denominator());
        if (spec.rollingPeriods() == 7 && spec.denominator() != null)
          lenses.add(new Lens(spec, s.name(), in, sc, noCheck.get(spec.name()).score(in.periods(), in.numerator(), in.denominator())));
        for (DetectedAlert d : AlertBuilder.alerts(spec, s.name(), sc))
          all.add(new AlertRecord(all.size() + 1, d.scope().key(), d.subject(), d.indicator(), d.level().key(), d.peakLevel().key(), d.opened(), d.closed()));
      });
      Evaluation ev = DetectionEvaluator.evaluate(truth, all, "watch");
      // null side: each series' null windows, their mean and sd, and the year's null maximum
      Map<String, double[][]> stats = new HashMap<>();
      Map<String, double[]> levels = new HashMap<>();
      for (Series s : series.values()) {
        boolean[] nul = nullDays(truth, s);
        double[] p = baseline(s.in(), nul);
        levels.put(s.key(), p);
        double[][] st = new double[LENGTHS.length][];
        for (int k = 0; k < LENGTHS.length; k++) {
          int L = LENGTHS[k];
          List<Double> ts = new ArrayList<>();
          for (int i = 28; i + L <= nul.length; i++) {
            boolean ok = true;
            for (int j = i; j < i + L && ok; j++) ok = nul[j];
            if (ok) { double t = t(s.in(), p, i, L); if (!Double.isNaN(t)) ts.add(t); }
          }
          if (ts.size() < 30) continue;
          double mean = ts.stream().mapToDouble(d -> d).average().orElse(0);
          double sd = Math.sqrt(ts.stream().mapToDouble(d -> (d - mean) * (d - mean)).sum() / (ts.size() - 1));
          double max = ts.stream().mapToDouble(d -> (d - mean) / sd).max().orElse(0);
          st[k] = new double[] {mean, sd, max};
          if (options.alertsOn(s.spec().scope(), s.subject()))
            nullMax.computeIfAbsent(kind(s) + " L" + L, x -> new ArrayList<>()).add(max);
        }
        stats.put(s.key(), st);
      }
      elastic(truth, ev, lenses);
      // episode side
      for (var d : ev.detail()) {
        Episode ep = truth.episodes().stream().filter(e -> e.id().equals(d.id())).findFirst().orElseThrow();
        double bestMargin = Double.NEGATIVE_INFINITY; String best = "none"; boolean separable = false;
        for (Series s : series.values()) {
          if (!relevant(ep, s) || !options.alertsOn(s.spec().scope(), s.subject())) continue;
          double[][] st = stats.get(s.key());
          double[] p = levels.get(s.key());
          int first = s.in().periods().indexOf(ep.start()), last = s.in().periods().indexOf(ep.end());
          if (first < 0 || last < 0) continue;
          for (int k = 0; k < LENGTHS.length; k++) {
            if (st[k] == null) continue;
            int L = LENGTHS[k];
            // windows inside the span, or, for a span shorter than L, the windows that hold all of it
            int lo = last - first + 1 >= L ? first : Math.max(0, last - L + 1);
            int hi = last - first + 1 >= L ? last - L + 1 : Math.min(first, s.in().periods().size() - L);
            double z = Double.NEGATIVE_INFINITY;
            for (int i = lo; i <= hi; i++) {
              double t = t(s.in(), p, i, L);
              if (!Double.isNaN(t)) z = Math.max(z, (t - st[k][0]) / st[k][1]);
            }
            double margin = z - st[k][2];
            if (margin > 0) separable = true;
            if (margin > bestMargin) { bestMargin = margin; best = String.format("%s L%d z %.2f null max %.2f", s.key(), LENGTHS[k], z, st[k][2]); }
          }
        }
        String status = d.detected() ? "detected" : "MISSED";
        int[] t = totals.computeIfAbsent(status + " " + ep.strength(), x -> new int[2]);
        t[0]++; if (separable) t[1]++;
        System.out.printf("seed %d %s %-8s %-17s %-8s %-11s rel %.3f %s..%s | %s margin %+.2f %s%n", seed, ep.id(), status, ep.type(), ep.strength(),
            String.join("-", ep.parties()), ep.relativeIntensity(), ep.start(), ep.end(), separable ? "SEPARABLE" : "within noise", bestMargin, best);
        if (!d.detected()) mask(truth, ep, lenses);
      }
    }
    System.out.println("TOTAL status strength: episodes, separable from their series' null maximum on some series and length");
    totals.forEach((k, v) -> System.out.printf("TOTAL %-20s %4d %4d%n", k, v[0], v[1]));
    System.out.println("ELASTIC lens: null days, shipped score's 99.9th percentile q1 and the elastic score's q2; episodes whose best score passes each (all, missed by the watch)");
    nullScores.forEach((k, v) -> {
      double[] sa = v.stream().mapToDouble(d -> d[0]).sorted().toArray(), sb = v.stream().mapToDouble(d -> d[1]).sorted().toArray();
      double q1 = sa[(int) (0.999 * (sa.length - 1))], q2 = sb[(int) (0.999 * (sb.length - 1))];
      List<double[]> e = episodeBest.getOrDefault(k, List.of());
      long s1 = e.stream().filter(x -> x[0] > q1).count(), s2 = e.stream().filter(x -> x[1] > q2).count();
      long m1 = e.stream().filter(x -> x[2] == 1 && x[0] > q1).count(), m2 = e.stream().filter(x -> x[2] == 1 && x[1] > q2).count();
      long missed = e.stream().filter(x -> x[2] == 1).count();
      System.out.printf("ELASTIC %-30s null days %6d q1 %.2f q2 %.2f | episodes %4d: shipped %4d elastic %4d | missed %3d: shipped %3d elastic %3d%n", k, sa.length, q1, q2, e.size(), s1, s2, missed, m1, m2);
    });
    System.out.println("NULLMAX kind length: series-years, median, 90th percentile, max of the year's null maximum Z");
    nullMax.forEach((k, v) -> {
      double[] x = v.stream().mapToDouble(d -> d).sorted().toArray();
      System.out.printf("NULLMAX %-44s %5d %.2f %.2f %.2f%n", k, x.length, x[x.length / 2], x[(int) (0.9 * (x.length - 1))], x[x.length - 1]);
    });
  }

  /**
   * MASK: for each seven-day share lens of a missed episode's subjects, the best score over the
   * episode's span (a week before its start to its end) as the watch gave it, and as it would be
   * with one part of the detector taken away at a time: without the count check (the detector's own
   * score with countConfirms at 0); without rho as well (binomial, the watch's baseline share); and binomial
   * around the year's share outside the subject's episodes (the oracle's baseline) instead of the
   * trailing window's.
   */
  static void mask(Truth truth, Episode ep, List<Lens> lenses) {
    for (Lens l : lenses) {
      Series s = new Series("", l.spec(), l.subject(), l.in());
      if (!relevant(ep, s)) continue;
      double p0 = baseline(l.in(), nullDays(truth, s))[0];
      SeriesScores sc = l.sc();
      double[] x = sc.values(), v = sc.volumes();
      double shipped = 0, noCount = 0, binomial = 0, oracleP = 0;
      for (int t = 0; t < sc.size(); t++) {
        LocalDate day = sc.periods().get(t);
        if (day.isBefore(ep.start().minusDays(7)) || day.isAfter(ep.end()) || v[t] < 1) continue;
        shipped = Math.max(shipped, sc.scores()[t]);
        noCount = Math.max(noCount, l.noCheck().scores()[t]);
        double p = sc.baselineShare()[t];
        if (!Double.isNaN(p)) {
          binomial = Math.max(binomial, (x[t] - v[t] * p) / Math.sqrt(v[t] * p * (1 - p)));
        }
        oracleP = Math.max(oracleP, (x[t] - v[t] * p0) / Math.sqrt(v[t] * p0 * (1 - p0)));
      }
      System.out.printf("    MASK %-30s %-12s watch %.2f | no count check %.2f | binomial %.2f | binomial at the year's share %.2f%n",
          l.spec().name(), l.subject(), shipped, noCount, binomial, oracleP);
    }
  }

  /**
   * ELASTIC: a seven-day share lens scored with conflict news less elastic to attention than the
   * rest: log(x + 0.5) = a + b log(V), b fitted by least squares over the three windows before the
   * guard and clipped to [0, 1], the level a taken from the baseline window alone with b held; the
   * score is the log residual over the robust spread of the lookback's residuals (never below a
   * Poisson's spread at the expected count, 1 / sqrt(e + 0.5) on the log scale). No count check
   * (a quiet week is in the model). Collected on days outside the subject's episodes, and the best
   * value from a week before each episode of its subjects to its end.
   */
  static void elastic(Truth truth, Evaluation ev, List<Lens> lenses) {
    for (Lens l : lenses) {
      Series s = new Series("", l.spec(), l.subject(), l.in());
      boolean[] nul = nullDays(truth, s);
      SeriesScores sc = l.sc();
      double[] x = sc.values(), v = sc.volumes(), z = new double[sc.size()];
      int guard = l.spec().settings().guard(), window = l.spec().settings().window();
      for (int t = 0; t < sc.size(); t++) {
        int end = t - guard, start = end - window, from = Math.max(0, end - 3 * window);
        if (start < 0 || v[t] < l.spec().settings().minPeriodVolume()) continue;
        double sx = 0, sy = 0, sxx = 0, sxy = 0; int k = 0;
        for (int i = from; i < end; i++) { if (v[i] < 1) continue; double lx = Math.log(v[i]), ly = Math.log(x[i] + 0.5); sx += lx; sy += ly; sxx += lx * lx; sxy += lx * ly; k++; }
        if (k < window) continue;
        double b = Math.max(0, Math.min(1, (k * sxy - sx * sy) / Math.max(1e-12, k * sxx - sx * sx)));
        double a0 = (sy - b * sx) / k;
        double[] res = new double[k]; int m = 0;
        for (int i = from; i < end; i++) if (v[i] >= 1) res[m++] = Math.log(x[i] + 0.5) - a0 - b * Math.log(v[i]);
        double[] dev = Arrays.copyOf(res, m); Arrays.sort(dev); double med = dev[m / 2];
        for (int i = 0; i < m; i++) dev[i] = Math.abs(res[i] - med);
        Arrays.sort(dev); double spread = Math.max(1e-6, 1.4826 * dev[m / 2]);
        double aw = 0; int kw = 0;
        for (int i = start; i < end; i++) if (v[i] >= 1) { aw += Math.log(x[i] + 0.5) - b * Math.log(v[i]); kw++; }
        if (kw < 3) continue;
        aw /= kw;
        double fit = aw + b * Math.log(v[t]);
        // never narrower than a Poisson's spread on the log scale at the expected count
        double sd = Math.max(spread, 1 / Math.sqrt(Math.exp(fit) + 0.5));
        z[t] = Math.max(0, (Math.log(x[t] + 0.5) - fit) / sd);
      }
      String key = l.spec().name();
      for (int t = 0; t < sc.size(); t++)
        if (nul[t] && !Double.isNaN(sc.expected()[t])) nullScores.computeIfAbsent(key, q -> new ArrayList<>()).add(new double[] {sc.scores()[t], z[t]});
      for (var d : ev.detail()) {
        Episode ep = truth.episodes().stream().filter(e -> e.id().equals(d.id())).findFirst().orElseThrow();
        if (!relevant(ep, s)) continue;
        double b1 = 0, b2 = 0;
        for (int t = 0; t < sc.size(); t++) {
          LocalDate day = sc.periods().get(t);
          if (day.isBefore(ep.start().minusDays(7)) || day.isAfter(ep.end())) continue;
          b1 = Math.max(b1, sc.scores()[t]); b2 = Math.max(b2, z[t]);
        }
        episodeBest.computeIfAbsent(key, q -> new ArrayList<>()).add(new double[] {b1, b2, d.detected() ? 0 : 1});
      }
    }
  }

  static String standardText() throws java.io.IOException {
    try (var in = DetectorConfig.class.getResourceAsStream("/org/amity/signal/detectors.properties")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  static String kind(Series s) {
    return s.key().substring(0, s.key().indexOf('|'));
  }

  static boolean relevant(Episode e, Series s) {
    String subj = s.subject();
    return switch (s.spec().scope()) {
      case COUNTRY -> e.parties().contains(subj);
      case DYAD -> e.parties().stream().filter(subj::contains).count() >= 2;
      case AREA -> subj.equals(e.seaArea());
      case THEATRE -> e.parties().contains(org.amity.event.ConflictArea.valueOf(subj).country());
      default -> false;
    };
  }

  /** Days outside every episode of the series' subject (a week before to two weeks after). */
  static boolean[] nullDays(Truth truth, Series s) {
    List<LocalDate> days = s.in().periods();
    boolean[] nul = new boolean[days.size()];
    Arrays.fill(nul, true);
    for (Episode e : truth.episodes()) {
      boolean rel = switch (s.spec().scope()) {
        case COUNTRY -> e.parties().contains(s.subject());
        case DYAD -> e.parties().stream().anyMatch(s.subject()::contains);
        case AREA -> s.subject().equals(e.seaArea());
        case THEATRE -> e.parties().contains(org.amity.event.ConflictArea.valueOf(s.subject()).country());
        default -> false;
      };
      if (!rel) continue;
      for (int i = 0; i < days.size(); i++)
        if (!days.get(i).isBefore(e.start().minusDays(7)) && !days.get(i).isAfter(e.end().plusDays(14))) nul[i] = false;
    }
    return nul;
  }

  /** {share, mean count}: the series' level over its null days. */
  static double[] baseline(DetectorInput in, boolean[] nul) {
    double sx = 0, sn = 0; int m = 0;
    for (int i = 0; i < nul.length; i++) if (nul[i]) { sx += in.numerator()[i]; sn += in.denominator() == null ? 0 : in.denominator()[i]; m++; }
    return new double[] {(sx + 0.5) / (sn + 1), (sx + 0.5) / Math.max(1, m)};
  }

  /** The window's excess over the null level in binomial (or Poisson) standard errors. */
  static double t(DetectorInput in, double[] p, int i, int L) {
    double sx = 0, sn = 0;
    for (int j = i; j < i + L; j++) { sx += in.numerator()[j]; if (in.denominator() != null) sn += in.denominator()[j]; }
    if (in.denominator() == null) return (sx - L * p[1]) / Math.sqrt(L * p[1]);
    if (sn <= 0) return Double.NaN;
    return (sx - p[0] * sn) / Math.sqrt(p[0] * (1 - p[0]) * sn);
  }
}
