// Scratch driver of issue 14 (fourteenth round), not part of the build. Run from the repository root:
//   java -cp amity-app/target/amity.jar tools/signals/FourWeekDyadLimit.java [WINDOW]
// The dyads' share of the false-alert budget for a four-week share lens judged from its days (the
// twelfth round's rule): the country lens's rate at its limit (4.2) on null series, times 11/54 (the
// region's members against the dyads with a member that reach a lens's floor), and the lowest
// limit, from 4.2 up in steps of 0.1, at which the same kind of series raise no more (each limit's
// series scored again and its alerts counted by AlertBuilder, as the watch counts them). Series as in
// FourWeekShareCalibrationTest (its generator, copied: a test class is not in the jar): daily volume
// with a weekend dip and 20% log-normal noise, the log of the share a first-order autoregression
// (0.5, 15%), the count binomial; share 0.12 in 60, 400 and 3,000 incidents a day; seeds 8001-9000,
// used for nothing else; one year each. The baseline window is WINDOW days (default 182).
import java.time.LocalDate;
import java.util.*;
import org.amity.signal.*;

public class FourWeekDyadLimit {
  static final LocalDate START = LocalDate.of(2024, 1, 1);

  public static void main(String[] a) {
    int window = a.length > 0 ? Integer.parseInt(a[0]) : 182;
    List<LocalDate> days = new ArrayList<>();
    for (int i = 0; i < 365; i++) days.add(START.plusDays(i));
    List<double[][]> null_ = new ArrayList<>();
    for (long seed = 8001; seed <= 9000; seed++)
      for (double v : new double[] {60, 400, 3000}) null_.add(series(seed, 365, v, 0.12));
    double country = rate(null_, days, spec(window, 4.2));
    double budget = country * 11 / 54;
    System.out.printf("window %d: country lens at 4.2: %.4f false alerts per series-year (%d series-years); dyad budget %.4f%n", window, country, null_.size(), budget);
    for (double limit = 4.3; limit <= 6.0 + 1e-9; limit += 0.1) {
      double r = rate(null_, days, spec(window, limit));
      System.out.printf("  limit %.1f: %.4f%n", limit, r);
      if (r <= budget) { System.out.printf("derived dyad limit %.1f (factor %.3f)%n", limit, limit / 4.2); break; }
    }
  }

  /** Alerts per series-year the spec raises on the null series (each scored at its own limit). */
  static double rate(List<double[][]> null_, List<LocalDate> days, DetectionSpec spec) {
    int alerts = 0;
    for (double[][] s : null_) alerts += AlertBuilder.alerts(spec, "T", spec.score(days, s[1], s[0])).size();
    return alerts / (double) null_.size();
  }

  static DetectionSpec spec(int window, double limit) {
    DetectorSettings s = new DetectorSettings(window, 28, 56, 80, 6, limit, Math.max(6, limit), 0, 1, 1, 1, 1, 4, 56,
        false, false, true, false, false, false, false, false, DetectorSettings.DEFAULT_COUNT_CONFIRMS, false, false, false, false, false);
    return new DetectionSpec("share_28d", Scope.COUNTRY, Resolution.DAY, "n", "d", 0, 28, false, s);
  }

  static double[][] series(long seed, int n, double meanVolume, double share) {
    Random r = new Random(seed);
    double[] volume = new double[n], conflict = new double[n];
    double phi = 0.5, sd = 0.15, w = sd * r.nextGaussian();
    for (int i = 0; i < n; i++) {
      w = phi * w + Math.sqrt(1 - phi * phi) * sd * r.nextGaussian();
      double weekday = START.plusDays(i).getDayOfWeek().getValue() >= 6 ? 0.7 : 1.0;
      volume[i] = Math.round(meanVolume * weekday * Math.exp(0.2 * r.nextGaussian()));
      double p = Math.min(0.95, share * Math.exp(w));
      int k = 0;
      for (int j = 0; j < volume[i]; j++) if (r.nextDouble() < p) k++;
      conflict[i] = k;
    }
    return new double[][] {volume, conflict};
  }
}
