package org.amity.signal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;

/**
 * Inputs shared by the detector tests: the shipped detectors' text, Poisson counts and null series
 * of a wandering share.
 */
final class SignalFixtures {
  private SignalFixtures() {}

  /** The shipped {@code detectors.properties}, as text to which a test appends its own keys. */
  static String shippedDetectors() throws IOException {
    try (InputStream in = DetectorConfig.class.getResourceAsStream(DetectorConfig.DEFAULT)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * The keys a properties text writes for one profile ({@code profile.NAME.*}) and their values, as
   * written: a profile that starts from another has only the keys it sets itself.
   */
  static Map<String, String> writtenProfile(String text, String profile) throws IOException {
    Properties p = new Properties();
    p.load(new StringReader(text));
    Map<String, String> out = new TreeMap<>();
    String prefix = "profile." + profile + ".";
    for (String key : p.stringPropertyNames()) {
      if (key.startsWith(prefix)) {
        out.put(key.substring(prefix.length()), p.getProperty(key).trim());
      }
    }
    return out;
  }

  /** A Poisson draw of this mean (Knuth's product of uniforms). */
  static int poisson(Random r, double mean) {
    double l = Math.exp(-mean);
    int k = 0;
    double p = r.nextDouble();
    while (p > l) {
      k++;
      p *= r.nextDouble();
    }
    return k;
  }

  /**
   * A null daily series of a share that wanders beyond the binomial, as {@code {volume, count}}:
   * the volume has a weekend dip and 20% log-normal noise; the log of the share follows a
   * first-order autoregression (lag-one 0.5) with spread {@code sd}; the count is binomial.
   */
  static double[][] wanderingShare(
      long seed, LocalDate start, int days, double meanVolume, double share, double sd) {
    Random r = new Random(seed);
    double[] volume = new double[days];
    double[] count = new double[days];
    double phi = 0.5;
    double w = sd * r.nextGaussian();
    for (int i = 0; i < days; i++) {
      w = phi * w + Math.sqrt(1 - phi * phi) * sd * r.nextGaussian();
      double weekday = start.plusDays(i).getDayOfWeek().getValue() >= 6 ? 0.7 : 1.0;
      volume[i] = Math.round(meanVolume * weekday * Math.exp(0.2 * r.nextGaussian()));
      double p = Math.min(0.95, share * Math.exp(w));
      int k = 0;
      for (int j = 0; j < volume[i]; j++) {
        if (r.nextDouble() < p) {
          k++;
        }
      }
      count[i] = k;
    }
    return new double[][] {volume, count};
  }
}
