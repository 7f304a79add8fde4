package org.amity.signal;

/**
 * Other limits for the periods of a series whose expected count is small ({@code spec.X.thinBelow}
 * and {@code spec.X.thinLimitsScale}). A spec's {@code limitsScale} widens its profile's limits for
 * the extra-binomial wander of real news; that wander adds variance in proportion to the square of
 * the expected count, while a count's own sampling noise grows only with the count, so an allowance
 * sized for large counts is wider than needed where the expected count is a handful. Below {@code
 * below} the period is judged against these limits instead.
 *
 * @param below a period whose expected count (baseline share times the period's volume, or the
 *     baseline mean for plain counts) is under this is judged against {@code limits}
 * @param limits the settings whose five limits (two single-period, three CUSUM) judge such a
 *     period; nothing else of them is read
 */
public record ThinLimits(double below, DetectorSettings limits) {
  public ThinLimits {
    if (!(below > 0) || !Double.isFinite(below)) {
      throw new IllegalArgumentException("thinBelow must be a positive finite number");
    }
    java.util.Objects.requireNonNull(limits, "limits");
  }

  /** Whether a period with this expected count is judged against the thin limits. */
  boolean applies(double expected) {
    return expected < below;
  }
}
