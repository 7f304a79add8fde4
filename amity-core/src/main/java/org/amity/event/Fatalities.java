package org.amity.event;

/**
 * People killed in an event, as the source counts them: its best estimate and the range it gives.
 * ACLED gives one number (low = best = high); UCDP GED gives best, low and high. The three are kept
 * as the source gives them, even when they are out of order (57 rows of the UCDP GED samples have a
 * low above the best or a high below it; see docs/data-sources.md).
 *
 * @param best the source's best estimate
 * @param low the lowest plausible count
 * @param high the highest plausible count
 */
public record Fatalities(int best, int low, int high) {
  public Fatalities {
    if (low < 0 || best < 0 || high < 0) {
      throw new IllegalArgumentException(
          "fatalities cannot be negative; got " + low + ", " + best + ", " + high);
    }
  }

  /** One count, with no range around it. */
  public static Fatalities exactly(int n) {
    return new Fatalities(n, n, n);
  }
}
