package org.amity.signal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Inputs shared by the detector tests: the shipped detectors' text and Poisson counts. */
final class SignalFixtures {
  private SignalFixtures() {}

  /** The shipped {@code detectors.properties}, as text to which a test appends its own keys. */
  static String shippedDetectors() throws IOException {
    try (InputStream in = DetectorConfig.class.getResourceAsStream(DetectorConfig.DEFAULT)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
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
