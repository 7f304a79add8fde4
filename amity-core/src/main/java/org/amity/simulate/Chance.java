package org.amity.simulate;

import java.util.List;
import java.util.Random;

/**
 * The simulator's source of randomness: a seeded {@link Random} (whose algorithm Java specifies, so
 * a seed gives the same numbers on every JVM) with the draws the simulator needs. Only {@link
 * StrictMath} is used, so results do not depend on the platform's floating-point intrinsics.
 */
final class Chance {
  private final Random random;

  Chance(long seed) {
    this.random = new Random(seed);
  }

  /**
   * A stream for one purpose, independent of every other: the same (seed, purpose, index) always
   * gives the same numbers, whatever else was drawn before.
   */
  static Chance of(long seed, String purpose, long index) {
    long h = seed * 0x9E3779B97F4A7C15L;
    for (int i = 0; i < purpose.length(); i++) {
      h = (h ^ purpose.charAt(i)) * 0x100000001B3L;
    }
    h ^= index * 0xC2B2AE3D27D4EB4FL;
    h ^= h >>> 31;
    return new Chance(h);
  }

  double uniform() {
    return random.nextDouble();
  }

  double uniform(double from, double to) {
    return from + (to - from) * random.nextDouble();
  }

  /** An integer in [from, to], both included. */
  int between(int from, int to) {
    return from + random.nextInt(to - from + 1);
  }

  /** Uniform on a log scale between two positive bounds: as many weak as strong values. */
  double logUniform(double from, double to) {
    return StrictMath.exp(uniform(StrictMath.log(from), StrictMath.log(to)));
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  double gaussian() {
    return random.nextGaussian();
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /**
   * A Poisson count: exact (Knuth) for small means, a rounded normal for large ones, where the two
   * differ by less than the noise of any series built from them.
   */
  int poisson(double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 40) {
      return (int) Math.max(0, StrictMath.round(mean + StrictMath.sqrt(mean) * gaussian()));
    }
    double limit = StrictMath.exp(-mean);
    double p = 1;
    int k = 0;
    do {
      k++;
      p *= random.nextDouble();
    } while (p > limit);
    return k - 1;
  }
}
