// Scratch driver of issue 14 (fifteenth round), not part of the build. Run from the repository root:
//   java -cp amity-app/target/amity.jar tools/signals/Causal.java 1-20 [CONFIG]
//   (DAYS=730 simulates a year of history first and scores only the second year, its episodes and
//   its episode-free windows; the oracle's level and spread are then read over both years;
//   ONLY=name,name runs those variants; LIMITS=FILE judges with the limits (LIMIT lines) of another
//   range's run, out of sample: its false series-years and the misses caught)
// How much of the oracle's edge (Oracle.java) a detector that knows only the past can keep. The
// oracle judges a window of L days against the series' level over the whole year outside its
// subject's episodes, standardised by the spread of the year's episode-free windows. Here the level
// and the spread are replaced, one at a time, by estimates made from the days before the window:
//   level  year   the oracle's (the year's days outside the subject's episodes, before and after);
//          excl  the H days before the window, outside the subject's episodes (the oracle's
//                exclusion, which a detector cannot know);
//          raw   the H days before the window, all of them;
//          trim  the H days before the window in weekly blocks, the blocks that stand out
//                (standardised excess over the pooled level above their median + 2.5 robust sd)
//                left out, the rest pooled: a detector can do this;
//  spread  yearsd the oracle's (mean and sd of the variant's t over the year's episode-free windows);
//          weeksd the robust sd (1.4826 MAD, never below 1) of the weekly blocks' t within the H days
//                 before the window at today's level, the window's t divided by it (no centring);
//          binom  none: the window's t as it is (binomial or Poisson at the variant's level);
//          pastsd median and robust sd (1.4826 MAD, never below 1) of the t of the windows of L
//                 days that end before this one within the H days, judged at today's level.
// For each variant, kind of series and L, the limit is the largest Z on episode-free windows over
// every series-year of that kind in the range (so it would raise at most one false alert per kind
// and length in the range); an episode is caught when its best Z inside its span (Oracle.java's
// rule) passes that limit on some series and length. Prints, per variant, the episodes caught
// among those the shipped watch missed and among those it detected.
import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;
import java.util.stream.*;
import org.amity.pipeline.WatchJob;
import org.amity.signal.*;
import org.amity.signal.daily.*;
import org.amity.simulate.*;

/** Scratch: the oracle's edge, variant by variant, with causal estimates of level and spread. */
public class Causal {
  static final int[] LENGTHS = {14, 28};
  record Variant(String name, String level, int h, String spread) {}
  static final List<Variant> VARIANTS = all().stream()
      .filter(v -> System.getenv("ONLY") == null || Arrays.asList(System.getenv("ONLY").split(",")).contains(v.name())).toList();

  static List<Variant> all() {
    return List.of(
      new Variant("oracle year/yearsd", "year", 0, "year"),
      new Variant("excl182/yearsd", "excl", 182, "year"),
      new Variant("raw182/yearsd", "raw", 182, "year"),
      new Variant("trim182/yearsd", "trim", 182, "year"),
      new Variant("excl182/pastsd", "excl", 182, "past"),
      new Variant("trim182/pastsd", "trim", 182, "past"),
      new Variant("raw182/pastsd", "raw", 182, "past"),
      new Variant("trim56/pastsd", "trim", 56, "past"),
      new Variant("raw56/pastsd", "raw", 56, "past"),
      new Variant("excl182/weeksd", "excl", 182, "week"),
      new Variant("trim182/weeksd", "trim", 182, "week"),
      new Variant("raw182/weeksd", "raw", 182, "week"),
      new Variant("trim56/weeksd", "trim", 56, "week"),
      new Variant("raw56/yearsd", "raw", 56, "year"),
      new Variant("trim365/pastsd", "trim", 365, "past"),
      new Variant("raw365/pastsd", "raw", 365, "past"),
      new Variant("excl365/pastsd", "excl", 365, "past"),
      new Variant("trim182/binom", "trim", 182, "binom"),
      new Variant("trim365/binom", "trim", 365, "binom"),
      new Variant("excl182/binom", "excl", 182, "binom"),
      new Variant("raw56/binom", "raw", 56, "binom")); // the last two: the level known for a year before (DAYS=730)
  }
  /** DAYS=730: a year of history before the scored year; null windows and episodes from day FIRST on. */
  static final int DAYS = Integer.parseInt(System.getenv().getOrDefault("DAYS", "365"));
  static final int FIRST = DAYS > 365 ? DAYS - 365 : 28;
  /** LIMITS=file: the LIMIT lines of another range's run; its largest null Z is used as the limit here. */
  static final Map<String, Double> GIVEN = new HashMap<>();

  record Series(String key, DetectionSpec spec, String subject, DetectorInput in) {}
  /** Per variant and kind+L: the null maxima of each series-year. */
  static final Map<String, List<Double>> nullMax = new TreeMap<>();
  /** Per episode: status, and per variant, kind+L -> best Z. */
  record EpisodeScores(String label, boolean detected, String strength, List<Map<String, Double>> best) {}
  static final List<EpisodeScores> episodes = new ArrayList<>();

  public static void main(String[] a) throws Exception {
    String[] r = a[0].split("-");
    long from = Long.parseLong(r[0]), to = Long.parseLong(r.length > 1 ? r[1] : r[0]);
    String text = a.length > 1 ? Files.readString(Path.of(a[1])) : standardText();
    DetectorConfig cfg = DetectorConfig.parse(text, a.length > 1 ? a[1] : "detectors.properties");
    WatchJob.Options options = WatchJob.Options.standard();
    if (System.getenv("LIMITS") != null)
      for (String line : Files.readAllLines(Path.of(System.getenv("LIMITS")))) {
        if (!line.startsWith("LIMIT ") || line.startsWith("LIMIT variant")) continue;
        // LIMIT name (may hold a space) kind numerator type Ln count median q99 max: read from the right
        String[] f = line.trim().split("\\s+");
        int k = f.length;
        String name = String.join(" ", Arrays.copyOfRange(f, 1, k - 8));
        GIVEN.put(name + "|" + String.join(" ", Arrays.copyOfRange(f, k - 8, k - 4)), Double.parseDouble(f[k - 1]));
      }
    for (long seed = from; seed <= to; seed++) {
      Path dir = Files.createTempDirectory("causal-" + seed + "-");
      SimulationResult res = new ScenarioSimulator(GdeltProfile.standard(),
          SimulationSettings.of(DAYS, seed, LocalDate.parse("2025-01-01"), SimulationSettings.DEFAULT_ROWS_PER_DAY, null, null)).writeTo(dir.resolve("files"), true);
      var table = SimulatedWatch.days(dir.resolve("files"), options.watchSet(), cfg.theatres());
      try (Stream<Path> w = Files.walk(dir)) { w.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
      Truth truth = res.truth();
      Map<String, Series> series = new LinkedHashMap<>();
      List<AlertRecord> all = new ArrayList<>();
      SeriesDetection.forEachSeries(cfg, table, (spec, s, in) -> {
        if (spec.resolution() != Resolution.DAY || in == null || in.volume() < spec.minSubjectVolume()) return;
        if (!options.alertsOn(s.scope(), s.name())) return;
        String key = spec.scope().key() + " " + spec.numerator() + (spec.denominator() == null ? " count" : " share") + "|" + s.name();
        series.putIfAbsent(key, new Series(key, spec, s.name(), in));
        SeriesScores sc = spec.score(in.periods(), in.numerator(), in.denominator());
        for (DetectedAlert d : AlertBuilder.alerts(spec, s.name(), sc))
          all.add(new AlertRecord(all.size() + 1, d.scope().key(), d.subject(), d.indicator(), d.level().key(), d.peakLevel().key(), d.opened(), d.closed()));
      });
      Evaluation ev = DetectionEvaluator.evaluate(truth, all, "watch");
      Map<String, EpisodeScores> bySeed = new LinkedHashMap<>();
      for (var d : ev.detail()) {
        Episode ep = truth.episodes().stream().filter(e -> e.id().equals(d.id())).findFirst().orElseThrow();
        if (ep.start().isBefore(LocalDate.parse("2025-01-01").plusDays(FIRST))) continue;
        List<Map<String, Double>> best = new ArrayList<>();
        for (int v = 0; v < VARIANTS.size(); v++) best.add(new HashMap<>());
        bySeed.put(ep.id(), new EpisodeScores(String.format("seed %d %s %s %s %s %s", seed, ep.id(), ep.start(), ep.type(), ep.strength(), String.join("-", ep.parties())),
            d.detected(), ep.strength(), best));
      }
      for (Series s : series.values()) {
        boolean[] nul = nullDays(truth, s);
        int n = nul.length;
        for (int L : LENGTHS) {
          for (int v = 0; v < VARIANTS.size(); v++) {
            String kl = kind(s) + " L" + L;
            double[] z = scores(s.in(), nul, L, VARIANTS.get(v), kl);
            double max = Double.NEGATIVE_INFINITY; int count = 0;
            for (int i = FIRST; i + L <= n; i++) {
              boolean ok = true;
              for (int j = i; j < i + L && ok; j++) ok = nul[j];
              if (ok && !Double.isNaN(z[i])) { max = Math.max(max, z[i]); count++; }
            }
            if (count >= 30) nullMax.computeIfAbsent(v + "|" + kl, x -> new ArrayList<>()).add(max);
            for (Episode ep : truth.episodes()) {
              if (!relevant(ep, s)) continue;
              int first = s.in().periods().indexOf(ep.start()), last = s.in().periods().indexOf(ep.end());
              if (first < FIRST || last < 0) continue;
              int lo = last - first + 1 >= L ? first : Math.max(0, last - L + 1);
              int hi = last - first + 1 >= L ? last - L + 1 : Math.min(first, n - L);
              double b = Double.NEGATIVE_INFINITY;
              for (int i = lo; i <= hi; i++) if (!Double.isNaN(z[i])) b = Math.max(b, z[i]);
              EpisodeScores es = bySeed.get(ep.id());
              if (es != null) es.best().get(v).merge(kl, b, Math::max);
            }
          }
        }
      }
      episodes.addAll(bySeed.values());
      System.err.println("seed " + seed + " done");
    }
    // limits: the largest null Z of each variant, kind and length over the range
    System.out.println("VARIANT: episodes caught at the kind's largest null Z (missed by the watch of N, detected of N), and the same at the 99th percentile of series-year maxima");
    long missed = episodes.stream().filter(e -> !e.detected()).count(), detected = episodes.size() - missed;
    for (int v = 0; v < VARIANTS.size(); v++) {
      int[] caught = new int[4];
      List<String> rescued = new ArrayList<>();
      for (EpisodeScores e : episodes) {
        boolean atMax = false, atQ = false;
        List<String> how = new ArrayList<>();
        for (var en : e.best().get(v).entrySet()) {
          List<Double> nm = nullMax.get(v + "|" + en.getKey());
          if (nm == null) continue;
          double[] x = nm.stream().mapToDouble(d -> d).sorted().toArray();
          if (en.getValue() > x[x.length - 1]) {
            if (!atMax && !e.detected()) how.add(String.format("%s %.1f>%.1f", en.getKey(), en.getValue(), x[x.length - 1]));
            atMax = true;
          }
          if (en.getValue() > x[(int) Math.floor(0.99 * (x.length - 1))]) atQ = true;
        }
        int o = e.detected() ? 1 : 0;
        if (atMax) caught[o]++;
        if (atQ) caught[2 + o]++;
        if (atMax && !e.detected()) rescued.add(e.label().replace("seed ", "") + " [" + how.get(0) + "]");
      }
      System.out.printf("VARIANT %-20s max: missed %2d/%d detected %3d/%d | q99: missed %2d detected %3d | %s%n", VARIANTS.get(v).name(),
          caught[0], missed, caught[1], detected, caught[2], caught[3], String.join("; ", rescued));
    }
    if (!GIVEN.isEmpty()) {
      System.out.println("GIVEN: the other range's limits: series-years here whose null maximum passes them (false alerts), and misses caught");
      for (int v = 0; v < VARIANTS.size(); v++) {
        String name = VARIANTS.get(v).name();
        int falseYears = 0, caught = 0;
        Map<String, Integer> byKind = new TreeMap<>();
        for (var en : nullMax.entrySet()) {
          String[] p = en.getKey().split("\\|", 2);
          if (Integer.parseInt(p[0]) != v) continue;
          Double lim = GIVEN.get(name + "|" + p[1]);
          if (lim == null) continue;
          int f = (int) en.getValue().stream().filter(x -> x > lim).count();
          falseYears += f;
          if (f > 0) byKind.put(p[1], f);
        }
        List<String> rescued = new ArrayList<>();
        for (EpisodeScores e : episodes) {
          if (e.detected()) continue;
          for (var en : e.best().get(v).entrySet()) {
            Double lim = GIVEN.get(name + "|" + en.getKey());
            if (lim != null && en.getValue() > lim) { rescued.add(e.label().replace("seed ", "") + " [" + en.getKey() + "]"); caught++; break; }
          }
        }
        System.out.printf("GIVEN %-20s false series-years %d %s | misses caught %d/%d: %s%n", name, falseYears, byKind, caught, missed, String.join("; ", rescued));
      }
    }
    System.out.println("LIMIT variant kind length: series-years, median, 99th percentile, max of the year's null maximum Z");
    nullMax.forEach((k, list) -> {
      double[] x = list.stream().mapToDouble(d -> d).sorted().toArray();
      String[] p = k.split("\\|", 2);
      System.out.printf("LIMIT %-20s %-40s %5d %.2f %.2f %.2f%n", VARIANTS.get(Integer.parseInt(p[0])).name(), p[1], x.length, x[x.length / 2], x[(int) Math.floor(0.99 * (x.length - 1))], x[x.length - 1]);
    });
  }

  /** Z of every window of L days starting at i under one variant (NaN where it cannot be made). */
  static double[] scores(DetectorInput in, boolean[] nul, int L, Variant v, String kl) {
    int n = nul.length;
    double[] x = in.numerator(), d = in.denominator();
    double[] cx = new double[n + 1], cn = new double[n + 1];
    for (int i = 0; i < n; i++) { cx[i + 1] = cx[i] + x[i]; cn[i + 1] = cn[i] + (d == null ? 1 : d[i]); }
    boolean share = d != null;
    double[] level = new double[n];
    double[] year = baseline(in, nul);
    for (int i = 0; i < n; i++) {
      int lo = Math.max(0, i - v.h());
      level[i] = switch (v.level()) {
        case "year" -> share ? year[0] : year[1];
        case "raw" -> i - lo < 21 ? Double.NaN : ratio(cx[i] - cx[lo], cn[i] - cn[lo], share);
        case "excl" -> {
          double sx = 0, sn = 0; int m = 0;
          for (int j = lo; j < i; j++) if (nul[j]) { sx += x[j]; sn += share ? d[j] : 1; m++; }
          yield m < 21 ? Double.NaN : ratio(sx, sn, share);
        }
        default -> trim(cx, cn, lo, i, share);
      };
    }
    double[] t = new double[n];
    Arrays.fill(t, Double.NaN);
    for (int i = 0; i + L <= n; i++) {
      double p = level[i];
      if (Double.isNaN(p)) continue;
      t[i] = t(cx[i + L] - cx[i], cn[i + L] - cn[i], p, share);
    }
    double[] z = new double[n];
    Arrays.fill(z, Double.NaN);
    if (v.spread().equals("binom")) return t;
    if (v.spread().equals("year")) {
      List<Double> ts = new ArrayList<>();
      for (int i = 28; i + L <= n; i++) {
        boolean ok = true;
        for (int j = i; j < i + L && ok; j++) ok = nul[j];
        if (ok && !Double.isNaN(t[i])) ts.add(t[i]);
      }
      if (ts.size() < 30) return z;
      double mean = ts.stream().mapToDouble(q -> q).average().orElse(0);
      double sd = Math.sqrt(ts.stream().mapToDouble(q -> (q - mean) * (q - mean)).sum() / (ts.size() - 1));
      for (int i = 0; i < n; i++) if (!Double.isNaN(t[i])) z[i] = (t[i] - mean) / sd;
      if (v.h() == 182 || v.h() == 56) System.out.printf("SD %s %s %.4f %.4f%n", v.level() + v.h(), kl.replace(' ', '|'), mean, sd);
      return z;
    }
    if (v.spread().equals("week")) {
      for (int i = 0; i + L <= n; i++) {
        double p = level[i];
        if (Double.isNaN(p)) continue;
        int lo = Math.max(0, i - v.h()), blocks = (i - lo) / 7;
        if (blocks < 3) continue;
        z[i] = t[i] / centre(weekly(cx, cn, i, blocks, p, share))[1];
      }
      return z;
    }
    for (int i = 0; i + L <= n; i++) {
      double p = level[i];
      if (Double.isNaN(p)) continue;
      int lo = Math.max(0, i - v.h());
      int m = i - L - lo + 1;
      if (m < 10) continue;
      double[] past = new double[m];
      for (int j = lo; j + L <= i; j++) past[j - lo] = t(cx[j + L] - cx[j], cn[j + L] - cn[j], p, share);
      double[] c = centre(past);
      z[i] = (t[i] - c[0]) / c[1];
    }
    return z;
  }

  static double ratio(double sx, double sn, boolean share) {
    return share ? (sx + 0.5) / (sn + 1) : (sx + 0.5) / Math.max(1, sn);
  }

  /** The standardised excess of a sum over its expectation at level p (binomial share or Poisson count). */
  static double t(double sx, double sn, double p, boolean share) {
    if (sn <= 0) return Double.NaN;
    return share ? (sx - p * sn) / Math.sqrt(p * (1 - p) * sn) : (sx - p * sn) / Math.sqrt(p * sn);
  }

  /** Weekly blocks back from i within [lo, i); those standing out left out; the rest pooled. */
  static double trim(double[] cx, double[] cn, int lo, int i, boolean share) {
    int blocks = (i - lo) / 7;
    if (blocks < 3) return Double.NaN;
    double p1 = ratio(cx[i] - cx[i - 7 * blocks], cn[i] - cn[i - 7 * blocks], share);
    double[] zb = weekly(cx, cn, i, blocks, p1, share);
    double[] c = centre(zb);
    double sx = 0, sn = 0;
    for (int b = 0; b < blocks; b++) {
      if (zb[b] > c[0] + 2.5 * c[1]) continue;
      int e = i - 7 * b, s = e - 7;
      sx += cx[e] - cx[s]; sn += cn[e] - cn[s];
    }
    return ratio(sx, sn, share);
  }

  /** The excess t of each of the blocks weeks before i (block b ends 7b days before i) at level p; 0 where empty. */
  static double[] weekly(double[] cx, double[] cn, int i, int blocks, double p, boolean share) {
    double[] zb = new double[blocks];
    for (int b = 0; b < blocks; b++) {
      int e = i - 7 * b, st = e - 7;
      double q = t(cx[e] - cx[st], cn[e] - cn[st], p, share);
      zb[b] = Double.isNaN(q) ? 0 : q;
    }
    return zb;
  }

  /** {median, robust sd (1.4826 MAD, never below 1)} of the values (left unchanged). */
  static double[] centre(double[] a) {
    double med = median(a.clone());
    double[] dev = new double[a.length];
    for (int k = 0; k < a.length; k++) dev[k] = Math.abs(a[k] - med);
    return new double[] {med, Math.max(1, 1.4826 * median(dev))};
  }

  static double median(double[] v) {
    Arrays.sort(v);
    int m = v.length;
    return m % 2 == 1 ? v[m / 2] : (v[m / 2 - 1] + v[m / 2]) / 2;
  }

  // The helpers below are Oracle.java's (a single-file script cannot call another).
  static String standardText() throws java.io.IOException {
    try (var in = DetectorConfig.class.getResourceAsStream("/org/amity/signal/detectors.properties")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
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

  static String kind(Series s) {
    return s.key().substring(0, s.key().indexOf('|'));
  }
}
