// Scratch driver of issue 14 (sixth round), not part of the build. Run from the repository root:
//   java -cp amity-app/target/amity.jar tools/signals/SumCost.java
// Times scoreSums with the four-week share profile on synthetic daily series of one, four and ten years.
import java.time.LocalDate;
import java.util.*;
import org.amity.signal.*;

/** Scratch: CPU time of scoreSums (the four-week share lens profile) on synthetic daily series. */
public class SumCost {
  public static void main(String[] a) {
    DetectorSettings s = new DetectorSettings(56, 28, 56, 80, 6, 4.2, 6, 0, 1, 1, 1, 1, 4, 56, false, false, true, false, false, false, false, false, DetectorSettings.DEFAULT_COUNT_CONFIRMS, false, false, false, false, false);
    for (int rep = 0; rep < 2; rep++) {
      for (int n : new int[] {365, 1461, 3653}) {
        Random r = new Random(n);
        double[] vol = new double[n], x = new double[n];
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          days.add(LocalDate.of(2015, 1, 1).plusDays(i));
          vol[i] = Math.round(400 * Math.exp(0.2 * r.nextGaussian()));
          double p = (i % 400) > 300 ? 0.2 : 0.1;
          int k = 0; for (int j = 0; j < vol[i]; j++) k += r.nextDouble() < p ? 1 : 0;
          x[i] = k;
        }
        int series = 40;
        long t0 = System.nanoTime();
        double chk = 0;
        for (int j = 0; j < series; j++) chk += new EscalationDetector(s).scoreSums(days, x, vol, 28).scores()[n - 1];
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "rep %d: %d days x %d series: %.1f ms per series (check %.4f)%n", rep, n, series, (t1 - t0) / 1e6 / series, chk);
      }
    }
  }
}
