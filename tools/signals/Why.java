// Scratch driver of issue 14 (seventh round), not part of the build. Run from the repository root:
//   java -cp amity-app/target/amity.jar tools/signals/Why.java 1-20 [CONFIG]
// Simulates each seed (defaults, 365 days from 2025-01-01) and scores it with the shipped detectors
// (or CONFIG, a full detector file), then prints:
//  FALSE  each false alert: lens, subject, opening day, what the lens saw there (sum, volume,
//         expected, baseline share, score, CUSUM, how the alert opened), the subject's share over
//         the year outside its episodes ("true" share) and the score that share would have given;
//  MISS   each missed episode: for every lens of its subjects, the best score and CUSUM from a week
//         before its start to its end;
//  CAL    per lens and kind of subject, on days outside the subject's episodes where the lens
//         scores: the variance of the standardised excess (x - e) / sd as the detector's estimates
//         give it (baseline share, beta-binomial rho by moments) and as the year's share gives it,
//         and how often it exceeds 3 (a normal: 0.00135).
import java.nio.file.*;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.*;
import java.util.stream.*;
import org.amity.pipeline.WatchJob;
import org.amity.signal.*;
import org.amity.signal.daily.*;
import org.amity.simulate.*;

/** Scratch: why false alerts fire and what weak episodes show, on simulated years. */
public class Why {
  static final Set<String> THIN = Set.of("LAO", "TLS", "BRN", "KHM");
  static final Set<String> CHRONIC = Set.of("THA", "MMR", "PHL", "IDN");
  static final Map<String, double[]> cal = new TreeMap<>();

  public static void main(String[] a) throws Exception {
    String[] r = a[0].split("-");
    long from = Long.parseLong(r[0]), to = Long.parseLong(r.length > 1 ? r[1] : r[0]);
    DetectorConfig cfg = a.length > 1 ? DetectorConfig.parse(Files.readString(Path.of(a[1])), a[1]) : DetectorConfig.standard();
    WatchJob.Options options = WatchJob.Options.standard();
    for (long seed = from; seed <= to; seed++) {
      Path dir = Files.createTempDirectory("why-" + seed + "-");
      SimulationResult res = new ScenarioSimulator(GdeltProfile.standard(),
          SimulationSettings.of(365, seed, LocalDate.parse("2025-01-01"), SimulationSettings.DEFAULT_ROWS_PER_DAY, null, null)).writeTo(dir.resolve("files"), true);
      var table = SimulatedWatch.days(dir.resolve("files"), options.watchSet(), cfg.theatres());
      try (Stream<Path> w = Files.walk(dir)) { w.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
      Truth truth = res.truth();
      Map<String, Object[]> lenses = new LinkedHashMap<>();
      List<AlertRecord> all = new ArrayList<>();
      SeriesDetection.forEachSeries(cfg, table, (spec, s, in) -> {
        if (spec.resolution() != Resolution.DAY || in == null || in.volume() < spec.minSubjectVolume()) return;
        SeriesScores sc = spec.score(in.periods(), in.numerator(), in.denominator());
        lenses.put(spec.name() + "|" + s.name(), new Object[] {spec, sc, in});
        if (!options.alertsOn(s.scope(), s.name())) return;
        for (DetectedAlert d : AlertBuilder.alerts(spec, s.name(), sc))
          all.add(new AlertRecord(all.size() + 1, d.scope().key(), d.subject(), d.indicator(), d.level().key(), d.peakLevel().key(), d.opened(), d.closed()));
      });
      Evaluation ev = DetectionEvaluator.evaluate(truth, all, "watch");
      System.out.printf("seed %d recall %.3f false %d (%.3f/cy) %s%n", seed, ev.recall(), ev.falseAlerts(), ev.falseAlertsPerCountryYear(), ev.falseAlertsBySubject());
      for (AlertRecord ar : all) {
        if (DetectionEvaluator.evaluate(truth, List.of(ar), "watch").falseAlerts() != 1) continue;
        Object[] l = lenses.get(ar.indicator() + "|" + ar.subject());
        DetectionSpec spec = (DetectionSpec) l[0];
        SeriesScores sc = (SeriesScores) l[1];
        DetectorInput in = (DetectorInput) l[2];
        int t = sc.periods().indexOf(ar.opened());
        int peak = t;
        int last = ar.closed() == null ? sc.size() - 1 : Math.min(sc.size() - 1, sc.periods().indexOf(ar.closed()));
        for (int i = t; i <= last; i++) if (sc.scores()[i] > sc.scores()[peak]) peak = i;
        double[] x = sc.values(), v = sc.volumes();
        double pTrue = trueShare(spec, in, truth, ar.subject());
        double rho = v == null ? Double.NaN : rho(spec, x, v, sc.baselineShare()[t], t);
        String opened = sc.scores()[t] >= spec.settings().zWarning() ? "by sum" : "by CUSUM";
        double zo = v == null ? Double.NaN : (x[t] - v[t] * pTrue) / Math.sqrt(v[t] * pTrue * (1 - pTrue));
        System.out.printf("  FALSE %-18s %-8s %s..%s %-7s %s | open: x %.0f vol %.0f e %.1f p %.4f z %.2f cusum %.1f rho %.4f | peak z %.2f | year share %.4f, z at it %.2f%s%n",
            ar.indicator(), ar.subject(), ar.opened(), ar.closed(), ar.peakLevel(), opened, x[t], v == null ? Double.NaN : v[t], sc.expected()[t],
            sc.baselineShare()[t], sc.scores()[t], sc.cusum()[t], rho, sc.scores()[peak], pTrue, zo, chronicNote(truth, ar.subject()));
        // the scores of the days before the opening (how the CUSUM built up)
        StringBuilder b = new StringBuilder("        days before:");
        for (int i = Math.max(0, t - 10); i <= t; i++) b.append(String.format(" %.1f", sc.scores()[i]));
        System.out.println(b);
      }
      for (var d : ev.detail()) {
        if (d.detected()) continue;
        Episode ep = truth.episodes().stream().filter(e -> e.id().equals(d.id())).findFirst().orElseThrow();
        StringBuilder b = new StringBuilder(String.format("  MISS %s %s %s %s rel %.3f %s..%s peak %s%s:", ep.id(), ep.type(), ep.strength(), String.join("-", ep.parties()), ep.relativeIntensity(), ep.start(), ep.end(), ep.peak(), chronicNote(truth, ep.parties().get(0))));
        for (var e : lenses.entrySet()) {
          String subj = e.getKey().substring(e.getKey().indexOf('|') + 1);
          DetectionSpec spec = (DetectionSpec) e.getValue()[0];
          boolean rel = switch (spec.scope()) {
            case COUNTRY -> ep.parties().contains(subj);
            case DYAD -> ep.parties().stream().filter(subj::contains).count() >= 2;
            case AREA -> subj.equals(ep.seaArea());
            // thirteenth round: the conflict areas of a party's country
            case THEATRE -> ep.parties().contains(org.amity.event.ConflictArea.valueOf(subj).country());
            default -> false;
          };
          if (!rel) continue;
          SeriesScores sc = (SeriesScores) e.getValue()[1];
          double bz = 0, bc = 0; LocalDate at = null;
          for (int i = 0; i < sc.size(); i++) {
            LocalDate p = sc.periods().get(i);
            if (p.isBefore(ep.start().minusDays(7)) || p.isAfter(ep.end())) continue;
            if (sc.scores()[i] > bz) { bz = sc.scores()[i]; at = p; }
            bc = Math.max(bc, sc.cusum()[i]);
          }
          b.append(String.format("%n      %-20s %-9s best z %.2f (%s) cusum %.1f", spec.name(), subj, bz, at, bc));
        }
        System.out.println(b);
      }
      // calibration on days outside the subject's episodes
      for (var e : lenses.entrySet()) {
        DetectionSpec spec = (DetectionSpec) e.getValue()[0];
        if (spec.denominator() == null) continue;
        String subj = e.getKey().substring(e.getKey().indexOf('|') + 1);
        SeriesScores sc = (SeriesScores) e.getValue()[1];
        DetectorInput in = (DetectorInput) e.getValue()[2];
        String kind = spec.scope() == Scope.COUNTRY ? (THIN.contains(subj) ? "thin" : CHRONIC.contains(subj) ? "chronic" : "other") : spec.scope().key();
        double pTrue = trueShare(spec, in, truth, subj);
        double[] x = sc.values(), v = sc.volumes();
        double[] acc = cal.computeIfAbsent(spec.name() + " " + kind, k -> new double[8]);
        for (int t = 0; t < sc.size(); t++) {
          if (Double.isNaN(sc.expected()[t]) || v[t] < spec.settings().minPeriodVolume() || inEpisode(truth, spec, subj, sc.periods().get(t))) continue;
          double p = sc.baselineShare()[t];
          double rho = rho(spec, x, v, p, t);
          double z = (x[t] - v[t] * p) / Math.sqrt(v[t] * p * (1 - p) * (1 + (v[t] - 1) * rho));
          double zo = (x[t] - v[t] * pTrue) / Math.sqrt(v[t] * pTrue * (1 - pTrue));
          acc[0]++; acc[1] += z * z; acc[2] += z > 3 ? 1 : 0; acc[3] += zo * zo; acc[4] += zo > 3 ? 1 : 0; acc[5] += v[t] * p; acc[6] += rho; acc[7] += sc.scores()[t] >= 3 ? 1 : 0;
        }
      }
    }
    System.out.println("CAL lens kind: days, var(z) est, P(z>3) est, var(z) year share, P(z>3) year share, mean expected, mean rho, P(score>=3)");
    cal.forEach((k, c) -> System.out.printf("CAL %-28s %7.0f  %.3f  %.5f  %.3f  %.5f  %7.1f  %.4f  %.5f%n", k, c[0], c[1] / c[0], c[2] / c[0], c[3] / c[0], c[4] / c[0], c[5] / c[0], c[6] / c[0], c[7] / c[0]));
  }

  static String chronicNote(Truth truth, String subj) {
    return truth.chronic().stream().anyMatch(c -> c.seaArea() == null && c.parties().stream().anyMatch(subj::contains)) ? " [chronic]" : "";
  }

  static boolean inEpisode(Truth truth, DetectionSpec spec, String subj, LocalDate day) {
    for (Episode e : truth.episodes()) {
      boolean rel = switch (spec.scope()) {
        case COUNTRY -> e.parties().contains(subj);
        case DYAD -> e.parties().stream().anyMatch(subj::contains);
        case AREA -> subj.equals(e.seaArea());
        default -> false;
      };
      if (rel && !day.isBefore(e.start().minusDays(7)) && !day.isAfter(e.end().plusDays(14 + spec.rollingPeriods()))) return true;
    }
    return false;
  }

  /** The subject's share over the year, days of its episodes left out. */
  static double trueShare(DetectionSpec spec, DetectorInput in, Truth truth, String subj) {
    if (in.denominator() == null) return Double.NaN;
    double sx = 0, sv = 0;
    for (int i = 0; i < in.periods().size(); i++) {
      if (inEpisode(truth, spec, subj, in.periods().get(i))) continue;
      sx += in.numerator()[i]; sv += in.denominator()[i];
    }
    return (sx + 0.5) / (sv + 1);
  }

  /** The detector's moment estimate of rho (no raised periods left out). */
  static double rho(DetectionSpec spec, double[] x, double[] vol, double p, int t) {
    int end = t - spec.settings().guard();
    int from = Math.max(0, end - 3 * spec.settings().window());
    if (end - from < 3 || Double.isNaN(p)) return 0;
    double q = 1 - p;
    double[] r = new double[end - from]; int m = 0;
    for (int i = from; i < end; i++) if (vol[i] > 1) r[m++] = (x[i] - vol[i] * p) / Math.sqrt(vol[i] * p * q);
    if (m < 3) return 0;
    double[] aa = Arrays.copyOf(r, m); Arrays.sort(aa); double med = aa[m / 2];
    for (int i = 0; i < m; i++) aa[i] = Math.abs(r[i] - med);
    Arrays.sort(aa); double limit = 4 * Math.max(1, 1.4826 * aa[m / 2]);
    double num = 0, den = 0;
    for (int i = from; i < end; i++) if (vol[i] > 1) {
      double sd = Math.sqrt(vol[i] * p * q);
      double e = Math.max(-limit * sd, Math.min(limit * sd, x[i] - vol[i] * p));
      num += e * e - vol[i] * p * q; den += vol[i] * (vol[i] - 1) * p * q;
    }
    return den <= 0 ? 0 : Math.max(0, num / den);
  }
}
