package org.amity.response.timeline;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Suggests an action's outcome from the data: the indicator's mean over the {@code n} periods after
 * the period of the action, against what the detector's baseline expected over the same periods and
 * against the {@code n} periods up to the action. Back near the baseline (within a tenth) or down
 * by a quarter: de-escalated; up by a quarter and above the baseline: escalated; else unchanged.
 * The analyst confirms or overrides; both are kept.
 */
public final class OutcomeSuggester {
  /**
   * Periods after the action looked at: about a month (30 days, 4 weeks or, for monthly series, a
   * quarter, since one month is too noisy).
   */
  public static int periodsFor(String resolution) {
    return switch (resolution) {
      case "day" -> 30;
      case "week" -> 4;
      default -> 3;
    };
  }

  private OutcomeSuggester() {}

  /**
   * The suggestion, or null when the series does not yet reach {@code n} periods past the action.
   */
  public static SuggestedOutcome suggest(IndicatorTrace t, LocalDate action, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("periods after the action must be at least 1");
    }
    int at = -1;
    for (int i = 0; i < t.periods().size(); i++) {
      if (!t.periods().get(i).isAfter(action)) {
        at = i;
      }
    }
    if (at < 0 || at + n >= t.periods().size()) {
      return null;
    }
    double before = mean(t.values(), Math.max(0, at - n + 1), at + 1);
    double after = mean(t.values(), at + 1, at + n + 1);
    double base = mean(t.expected(), at + 1, at + n + 1);
    if (Double.isNaN(base)) {
      return null;
    }
    String outcome;
    if (after <= base * 1.1 || after <= before * 0.75) {
      outcome = "de-escalated";
    } else if (after >= before * 1.25 && after > base) {
      outcome = "escalated";
    } else {
      outcome = "unchanged";
    }
    String basis =
        String.format(
            Locale.ROOT,
            "%s (%s): mean %.3g over the %d periods after %s, against baseline %.3g and %.3g up to"
                + " it",
            t.indicator(),
            t.resolution(),
            after,
            n,
            action,
            base,
            before);
    return new SuggestedOutcome(outcome, basis);
  }

  /** The mean of the values that are numbers in [from, to); NaN when none is. */
  private static double mean(double[] v, int from, int to) {
    double s = 0;
    int n = 0;
    for (int i = from; i < to; i++) {
      if (!Double.isNaN(v[i])) {
        s += v[i];
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }
}
