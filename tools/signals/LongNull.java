// Scratch driver of issue 14 (twenty-seventh round, helper r27flood), not part of the build: the false-alert
// rate of the long humanitarian lens (spec humanitarian_28d_long, profile long28) on null series, at several
// limit scales, so that a scale below the shipped 1.245 is judged against the lens's budget on series without
// any escalation, not on the simulator's seeds. Run:
//   java -cp JAR tools/signals/LongNull.java 1.0,1.1,1.245 [seeds [volumes [shares]]]   (comma-separated)
// A null series (the generator of FourWeekShareCalibrationTest, years long): daily volume with a weekend dip
// and 20% log-normal noise; the log of the share follows a first-order autoregression (lag-one 0.5) with a
// spread SD (0.15, as the calibration tests; and 0.3 and 0.5, news that wanders more), so attention wanders
// for days at a time; the count is binomial. Three years, so that the lens reads a full year's level in the
// last two (it speaks from day 141). Volumes 7, 20, 60, 200, 1000 incidents a day (Laos and Timor-Leste are
// about 7, Cambodia 20, the large members some hundreds); shares 0.003, 0.01, 0.03, 0.1 (the thin members'
// humanitarian share is about 0.005-0.01). Prints alerts per series-year where the lens can speak, per cell.
import java.time.LocalDate;
import java.util.*;
import org.amity.signal.*;

public class LongNull {
  public static void main(String[] args) throws Exception {
    double[] scales = Arrays.stream(args[0].split(",")).mapToDouble(Double::parseDouble).toArray();
    int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    DetectionSpec shipped = DetectorConfig.standard().specs().stream().filter(s -> s.name().equals("humanitarian_28d_long")).findFirst().orElseThrow();
    double shippedScale = 1.245;
    int n = 3 * 365;
    LocalDate start = LocalDate.of(2024, 1, 1);
    List<LocalDate> days = new ArrayList<>();
    for (int i = 0; i < n; i++) days.add(start.plusDays(i));
    double years = (n - 141) / 365.0;
    double[] volumes = args.length > 2 ? Arrays.stream(args[2].split(",")).mapToDouble(Double::parseDouble).toArray() : new double[] {7, 20, 60, 200, 1000};
    double[] shares = args.length > 3 ? Arrays.stream(args[3].split(",")).mapToDouble(Double::parseDouble).toArray() : new double[] {0.003, 0.01, 0.03, 0.1};
    double[] sds = {0.15, 0.3, 0.5};
    System.out.printf("shipped limits: zWarning %.3f zAlert %.3f minExcess %.1f; %d seeds x %.2f series-years%n", shipped.settings().zWarning(), shipped.settings().zAlert(), shipped.settings().minExcess(), seeds, years);
    for (double sd : sds) {
      double[] total = new double[scales.length];
      int cells = 0;
      for (double v : volumes) {
        for (double share : shares) {
          if (v * share * 28 < 0.5) continue; // under half an incident in four weeks: never a series worth a lens
          int[] count = new int[scales.length];
          for (long seed = 1; seed <= seeds; seed++) {
            double[][] s = series(seed * 7919 + (long) (v * 31) + (long) (share * 100000) + (long) (sd * 1000), n, v, share, sd);
            for (int k = 0; k < scales.length; k++) {
              DetectionSpec spec = new DetectionSpec(shipped.name(), shipped.scope(), shipped.resolution(), shipped.numerator(), shipped.denominator(), 0, shipped.rollingPeriods(), shipped.directed(), shipped.settings().withLimitsScaled(scales[k] / shippedScale));
              count[k] += AlertBuilder.alerts(spec, "T", spec.score(days, s[1], s[0])).size();
            }
          }
          StringBuilder line = new StringBuilder(String.format("NULL sd %.2f volume %6.0f share %.3f (expected 4-week count %6.1f):", sd, v, share, v * share * 28 * 0.914));
          for (int k = 0; k < scales.length; k++) { line.append(String.format("  s=%.3f %.4f/series-year (%d)", scales[k], count[k] / (seeds * years), count[k])); total[k] += count[k] / (seeds * years); }
          cells++;
          System.out.println(line);
        }
      }
      StringBuilder line = new StringBuilder(String.format("MEAN sd %.2f over %d cells:", sd, cells));
      for (int k = 0; k < scales.length; k++) line.append(String.format("  s=%.3f %.4f", scales[k], total[k] / cells));
      System.out.println(line);
      System.out.flush();
    }
  }

  static double[][] series(long seed, int n, double meanVolume, double share, double sd) {
    Random r = new Random(seed);
    double[] volume = new double[n];
    double[] x = new double[n];
    double phi = 0.5;
    double w = sd * r.nextGaussian();
    LocalDate start = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < n; i++) {
      w = phi * w + Math.sqrt(1 - phi * phi) * sd * r.nextGaussian();
      double weekday = start.plusDays(i).getDayOfWeek().getValue() >= 6 ? 0.7 : 1.0;
      volume[i] = Math.round(meanVolume * weekday * Math.exp(0.2 * r.nextGaussian()));
      double p = Math.min(0.95, share * Math.exp(w));
      int k = 0;
      for (int j = 0; j < volume[i]; j++) if (r.nextDouble() < p) k++;
      x[i] = k;
    }
    return new double[][] {volume, x};
  }
}
