import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.amity.signal.AlertBuilder;
import org.amity.signal.DetectedAlert;
import org.amity.signal.DetectionSpec;
import org.amity.signal.DetectorConfig;

/**
 * Null series for the skewedTail key (issue 14, twenty-seventh round, helper r27small): false alerts
 * per series-year of a seven-day share lens, shipped and with profile.rolling7.skewedTail = true, on
 * quiet series of a range of sizes, and recall and lead on the calibration test's two-week ramps.
 *
 * <p>Two null generators. "sim": the simulator's everyday news as docs/simulation.md describes it
 * (each incident's QuadClass drawn independently, so the count is binomial in the day's volume; the
 * volume has the weekend dip and a log AR(1) drift, persistence 0.7, noise 10 %). "cal": the
 * calibration test's series (ShippedProfilesCalibrationTest: 20 % log-normal volume noise, the share
 * wandering 15 % log-normal day by day).
 *
 * <p>Run: java -cp amity.jar tools/signals/SkewNull.java [seriesPerCell]
 */
public class SkewNull {
  static final LocalDate START = LocalDate.of(2024, 1, 1);
  static final int RAMP_START = 120;
  static final int RAMP_DAYS = 14;
  static final int PEAK = RAMP_START + RAMP_DAYS - 1;

  record Series(List<LocalDate> days, double[] volume, double[] x) {}

  static Series series(
      boolean sim, long seed, int n, double meanVolume, double share, int rampStart, double peak) {
    Random r = new Random(seed);
    List<LocalDate> days = new ArrayList<>();
    double[] vol = new double[n];
    double[] x = new double[n];
    double drift = 0;
    for (int i = 0; i < n; i++) {
      LocalDate d = START.plusDays(i);
      days.add(d);
      double level = share;
      if (rampStart >= 0 && i >= rampStart && i < rampStart + RAMP_DAYS) {
        level = share + (peak - share) * (i - rampStart + 1) / RAMP_DAYS;
      } else if (rampStart >= 0 && i >= rampStart + RAMP_DAYS && i < rampStart + RAMP_DAYS + 7) {
        level = peak;
      }
      double weekday = d.getDayOfWeek().getValue() >= 6 ? 0.75 : 1.0;
      double p;
      if (sim) {
        drift = 0.7 * drift + 0.10 * r.nextGaussian();
        double mean = meanVolume * weekday * Math.exp(drift - 0.5 * 0.01 / (1 - 0.49));
        vol[i] = poisson(r, mean);
        p = level;
      } else {
        vol[i] = Math.round(meanVolume * (weekday == 1 ? 1.0 : 0.7) * Math.exp(0.2 * r.nextGaussian()));
        p = Math.min(0.95, level * Math.exp(0.15 * r.nextGaussian()));
      }
      int k = 0;
      for (int j = 0; j < vol[i]; j++) {
        if (r.nextDouble() < p) {
          k++;
        }
      }
      x[i] = k;
    }
    return new Series(days, vol, x);
  }

  static int poisson(Random r, double mean) {
    if (mean > 60) {
      return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * r.nextGaussian()));
    }
    double l = Math.exp(-mean);
    int k = 0;
    double p = 1;
    do {
      k++;
      p *= r.nextDouble();
    } while (p > l);
    return k - 1;
  }

  static List<DetectedAlert> alerts(DetectionSpec spec, Series s) {
    return AlertBuilder.alerts(spec, "T", spec.score(s.days(), s.x(), s.volume()));
  }

  static String shippedText() throws IOException {
    try (InputStream in =
        DetectorConfig.class.getResourceAsStream("/org/amity/signal/detectors.properties")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static DetectionSpec spec(String text, String name) {
    return DetectorConfig.parse(text, "t").spec(name).orElseThrow();
  }

  public static void main(String[] args) throws IOException {
    int per = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    String text = shippedText();
    // the shipped file of this jar; the candidate adds the key to the seven-day profile (its
    // variants rolling7sum and rolling7quiet take it by `from`)
    boolean shippedHasKey = text.matches("(?s).*\\nprofile\\.rolling7\\.skewedTail\\s*=\\s*true.*");
    String off = text + "\nprofile.rolling7.skewedTail = false\n";
    String on = text + "\nprofile.rolling7.skewedTail = true\n";
    System.out.println("shipped file sets the key: " + shippedHasKey);
    String[] lenses = {"material_conflict_7d", "humanitarian_7d"};
    for (String lens : lenses) {
      DetectionSpec a = spec(off, lens);
      DetectionSpec b = spec(on, lens);
      System.out.printf("%n%s (sim null: binomial count, drifting volume), false alerts per series-year%n", lens);
      System.out.printf("%6s %7s %9s %8s %8s%n", "share", "vol/day", "e/week", "off", "on");
      for (double share : new double[] {0.03, 0.1, 0.2, 0.3}) {
        for (double v : new double[] {5, 10, 20, 40, 100, 300, 1000}) {
          int fa = 0;
          int fb = 0;
          for (long seed = 1; seed <= per; seed++) {
            Series s = series(true, 500000 + seed, 365, v, share, -1, 0);
            fa += alerts(a, s).size();
            fb += alerts(b, s).size();
          }
          System.out.printf(
              "%6.2f %7.0f %9.1f %8.3f %8.3f%n",
              share, v, share * v * 6.5, fa / (double) per, fb / (double) per);
        }
      }
    }
    // the calibration test's figures for the seven-day profile (conflict_7d), off and on
    for (String text2 : new String[] {off, on}) {
      DetectionSpec s7 = spec(text2, "conflict_7d");
      int falseAlerts = 0;
      int years = 0;
      for (long seed = 1001; seed <= 1040; seed++) {
        for (double v : new double[] {8, 30, 200}) {
          falseAlerts += alerts(s7, series(false, seed, 365, v, 0.3, -1, 0)).size();
          years++;
        }
      }
      int caught = 0;
      int ramps = 0;
      List<Integer> leads = new ArrayList<>();
      for (long seed = 2001; seed <= 2040; seed++) {
        for (double peak : new double[] {0.45, 0.6, 0.8}) {
          for (double v : new double[] {8, 30}) {
            Series s = series(false, seed, 200, v, 0.3, RAMP_START, peak);
            ramps++;
            var hit =
                alerts(s7, s).stream()
                    .filter(x -> !x.opened().isBefore(s.days().get(RAMP_START - 7)))
                    .filter(x -> x.opened().isBefore(s.days().get(PEAK + 8)))
                    .findFirst();
            if (hit.isPresent()) {
              caught++;
              leads.add(PEAK - s.days().indexOf(hit.get().opened()));
            }
          }
        }
      }
      Collections.sort(leads);
      System.out.printf(
          "%ncalibration series (conflict_7d, %s): %.3f false per series-year, recall %.2f, median lead %d%n",
          text2 == off ? "off" : "on",
          falseAlerts / (double) years,
          caught / (double) ramps,
          leads.isEmpty() ? -99 : leads.get(leads.size() / 2));
    }
  }
}
