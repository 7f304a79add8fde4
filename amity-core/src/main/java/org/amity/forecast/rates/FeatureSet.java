package org.amity.forecast.rates;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which features a country-year panel (ewp, ucdp) offers its models: the published predictors (and,
 * for ucdp, the conflict history) alone, or those plus the onset-rate features of {@link
 * OnsetRates} (docs/forecasting.md, section 0f).
 */
public enum FeatureSet {
  /** The panel's own features, as before round 6. */
  BASE,
  /** The base features plus {@link OnsetRates#NAMES}. */
  RATES;

  /** The name used on the command line and in the provenance. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Every set's label. */
  public static List<String> labels() {
    return Arrays.stream(values()).map(FeatureSet::label).toList();
  }

  /** The set a label names. */
  public static FeatureSet named(String label) {
    for (FeatureSet f : values()) {
      if (f.label().equals(label.toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "--features must be one of " + labels() + ", not '" + label + "'");
  }

  /** {@code base} followed by the rate features' names when this set has them. */
  public String[] names(String[] base) {
    if (this == BASE) {
      return base.clone();
    }
    String[] out = Arrays.copyOf(base, base.length + OnsetRates.NAMES.length);
    System.arraycopy(OnsetRates.NAMES, 0, out, base.length, OnsetRates.NAMES.length);
    return out;
  }
}
