package org.amity.signal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;

/** Inputs shared by the detector tests: the shipped detectors' text and Poisson counts. */
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
}
