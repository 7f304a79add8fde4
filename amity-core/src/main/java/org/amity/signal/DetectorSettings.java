package org.amity.signal;

/**
 * How one detector judges a series. All lengths are in periods of the series' resolution.
 *
 * @param window trailing periods the baseline is estimated from
 * @param guard most recent periods left out of the baseline, so a build-up does not hide itself
 * @param minHistory periods of history needed before any period is scored
 * @param minPeriodVolume periods whose volume (the denominator; for count series, nothing) is below
 *     this are not scored: too little news to tell a rise from noise
 * @param minExcess a period counts as raised only if it exceeds its expected count by at least this
 * @param zWarning single-period score that opens (or raises to) a warning
 * @param zAlert single-period score that raises to an alert
 * @param cusumAllowance k of the CUSUM: score absorbed per period before anything accumulates
 * @param cusumCap largest single-period score the CUSUM takes in, so one spike is not a trend
 * @param cusumWatch accumulated excess that opens a watch
 * @param cusumWarning accumulated excess that raises to a warning
 * @param cusumAlert accumulated excess that raises to an alert
 * @param cooldown periods below a level before stepping down one level
 * @param protractAfter periods an alert may stay raised without rising further before it becomes
 *     protracted (0: never): the raised level is then the series' new normal, the baseline is taken
 *     from the alert's start on, and only a renewed rise opens a new alert
 * @param exactTail for plain count series: score counts whose expected value is small by their
 *     exact Poisson tail rather than on the square-root scale. For rare, grave events (abductions
 *     at sea), whose counts are near zero and where one more incident matters; not for counts that
 *     wander more than a Poisson, such as all attacks in a sea area, where the exact tail of a
 *     Poisson would overstate every small burst
 * @param cusum whether a CUSUM runs at all (without one, levels come from single-period scores
 *     alone). Not for long rolling sums: successive 28-day sums share 27 days, so a CUSUM over them
 *     would count each day 28 times; a single sum is already the accumulated evidence of four weeks
 * @param spreadFromDays for rolling sums: judge the spread of a sum from the daily series it adds
 *     up (each day's over-dispersion, and how much neighbouring days move together), not from the
 *     sums themselves. A year of 28-day sums holds about thirteen independent ones, too few to
 *     estimate their spread; a year of days holds 365, and the variance of a sum follows from
 *     theirs ({@link SumSpread})
 * @param predictiveTail for shares whose expected count is small (scored by a tail, not the normal
 *     approximation): take the tail of the predictive distribution, a Poisson whose mean is itself
 *     uncertain because the baseline holds only so many events (a negative binomial with that many
 *     events as its shape), instead of a Poisson whose mean is known. A baseline of three events
 *     and one of three hundred with the same expected count then no longer give the same score
 * @param cusumBaselineError with a CUSUM: judge a run's sum of scores with the error of the
 *     baseline the run shares ({@link CusumRuns})
 * @param shareShrinkage for shares (not sums judged from their days): pull the window's baseline
 *     share toward the subject's own longer history by as much as that history says the share
 *     really moves from window to window ({@link PooledShare}), so that a share low or high by
 *     chance in a thin window is not taken at its word
 * @param medianDispersion for shares: estimate the over-dispersion {@code rho} from the typical
 *     period of its lookback (the value at which the median of the periods' squared standardised
 *     residuals is the median of a chi-square with one degree of freedom) instead of from their
 *     mean, so that a minority of unusual periods (an earlier episode no longer set apart, a level
 *     the share has since left) does not widen the spread against which a new rise is judged
 * @param dispersionBeforeBaseline for shares: read {@code rho} from the periods before the
 *     baseline's window (its lookback ends where the window begins) instead of from the periods up
 *     to the guard, so that the first weeks of a rise, once past the guard, widen neither the
 *     baseline nor the spread it is judged with (without enough periods before it, the usual
 *     lookback stands)
 * @param countConfirms the count score at or above which a rise in the share stands on its own;
 *     below it the score is the smaller of the share's and the count's ({@link
 *     #DEFAULT_COUNT_CONFIRMS} unless a profile says otherwise)
 * @param trimmedLevel for sums judged from their days ({@code spreadFromDays}): take the level
 *     (share, or mean count) from the window's weekly blocks, leaving out the blocks whose excess
 *     over the pooled level stands out (above the blocks' median by more than {@link
 *     EscalationDetector#TRIM_SD} robust standard deviations and above that many standard errors),
 *     and judge the sum binomial (Poisson) around it with the level's own error, estimating no
 *     dispersion from short windows. Meant for a long window (a year): around a level known that
 *     well the simulator's shares are close to binomial, and a dispersion estimated from a few
 *     months widens the tail more than it helps (docs/signals.md, "How much of the oracle's edge a
 *     detector can keep"); see {@code blockDispersion} for real news
 * @param blockDispersion with {@code trimmedLevel}: widen the sum's variance by the dispersion of
 *     the weekly blocks kept for the level (Pearson's chi-square around their pooled level over its
 *     degrees of freedom, never below 1), so that a series whose share or count wanders beyond the
 *     binomial (Poisson) over the year, as real news does when one story yields many events, is not
 *     judged as if it did not; about 1 where the blocks are binomial
 * @param lowerDispersion for plain count series: read the count's dispersion from the lower side of
 *     its residuals alone (their root mean square around a centre, never below 1), not from all the
 *     residuals of its lookback. An escalation only pushes counts up: an earlier episode whose
 *     build-up and tail stay in the lookback (only its flagged periods leave it) spreads the upper
 *     side, and when it fills half the lookback it breaks the median absolute deviation as well;
 *     the lower side is the null's alone, and bounded (a count is never below 0). The centre is the
 *     baseline mean, or the median residual where most of the lookback lies below the mean (a
 *     lifted baseline is a shift, not spread). With fewer than three residuals on the lower side
 *     the usual robust scale stands
 * @param reflagToLastHigh when a protracted run comes back down (its last {@code protractAfter}
 *     periods together fall below the midpoint between the old normal and the run's level), flag
 *     the run again from its start up to the last period of that final stretch whose own share (or
 *     count) was still above the midpoint, not only up to the stretch's start. Without it the run's
 *     last {@code protractAfter} periods stay unflagged even where they were still raised, and
 *     enter later baselines and the spread's lookback as if normal; the periods of the stretch
 *     already back at the old normal stay unflagged either way, so the baseline after the episode
 *     is read from them. No effect without protraction
 * @param skewedTail for shares (periods, or sums judged from their days without a trimmed level)
 *     whose expected count is at least {@link EscalationDetector#SMALL_EXPECTED}: scale the share's
 *     normal score by how much the count's exact Poisson tail says less than the normal
 *     approximation of that same Poisson ({@link EscalationDetector#skewFactor}, never above 1). A
 *     count is skewed: where a week expects 5 to 30 events the normal score overstates the rarity
 *     of a high week (16 where 5.2 were expected reads 4.7 standard errors, a mid-p tail of 3.8),
 *     and the limits, set on series whose weeks expect dozens to hundreds, are crossed by everyday
 *     news in the thinnest series; where a week expects hundreds the factor is close to 1
 */
public record DetectorSettings(
    int window,
    int guard,
    int minHistory,
    double minPeriodVolume,
    double minExcess,
    double zWarning,
    double zAlert,
    double cusumAllowance,
    double cusumCap,
    double cusumWatch,
    double cusumWarning,
    double cusumAlert,
    int cooldown,
    int protractAfter,
    boolean exactTail,
    boolean cusum,
    boolean spreadFromDays,
    boolean predictiveTail,
    boolean cusumBaselineError,
    boolean shareShrinkage,
    boolean medianDispersion,
    boolean dispersionBeforeBaseline,
    double countConfirms,
    boolean trimmedLevel,
    boolean blockDispersion,
    boolean lowerDispersion,
    boolean reflagToLastHigh,
    boolean skewedTail) {

  /** The count score that confirms a rise in the share, unless a profile says otherwise. */
  public static final double DEFAULT_COUNT_CONFIRMS = 1.5;

  /** These settings with another protraction length (0: alerts never become protracted). */
  public DetectorSettings withProtractAfter(int periods) {
    return flags(periods, exactTail, predictiveTail, cusumBaselineError, shareShrinkage);
  }

  /**
   * These settings scoring small counts by their exact Poisson tail, or on the square-root scale.
   */
  public DetectorSettings withExactTail(boolean exact) {
    return flags(protractAfter, exact, predictiveTail, cusumBaselineError, shareShrinkage);
  }

  /**
   * These settings scoring small expected shares by the predictive tail ({@code predictiveTail}).
   */
  public DetectorSettings withPredictiveTail(boolean on) {
    return flags(protractAfter, exactTail, on, cusumBaselineError, shareShrinkage);
  }

  /**
   * These settings with the CUSUM judged with the baseline's error ({@code cusumBaselineError}).
   */
  public DetectorSettings withCusumBaselineError(boolean on) {
    return flags(protractAfter, exactTail, predictiveTail, on, shareShrinkage);
  }

  /** These settings with the baseline share pooled with the subject's history, or not. */
  public DetectorSettings withShareShrinkage(boolean on) {
    return flags(protractAfter, exactTail, predictiveTail, cusumBaselineError, on);
  }

  /** These settings with the three CUSUM limits multiplied by {@code factor}. */
  public DetectorSettings withCusumLimitsScaled(double factor) {
    return withCusumLimits(cusumWatch * factor, cusumWarning * factor, cusumAlert * factor);
  }

  /** These settings with the three CUSUM limits set to these values. */
  public DetectorSettings withCusumLimits(double watch, double warning, double alert) {
    return limits(zWarning, zAlert, watch, warning, alert);
  }

  /** These settings with every limit (two single-period, three CUSUM) times {@code factor}. */
  public DetectorSettings withLimitsScaled(double factor) {
    return limits(
        zWarning * factor,
        zAlert * factor,
        cusumWatch * factor,
        cusumWarning * factor,
        cusumAlert * factor);
  }

  /** A copy with these switches and lengths, the same limits. */
  private DetectorSettings flags(
      int protract, boolean exact, boolean predictive, boolean baselineError, boolean shrink) {
    return copy(
        protract,
        exact,
        predictive,
        baselineError,
        shrink,
        new double[] {zWarning, zAlert, cusumWatch, cusumWarning, cusumAlert});
  }

  /** A copy with these limits: single-period warning and alert, CUSUM watch, warning and alert. */
  private DetectorSettings limits(
      double warning, double alert, double watchSum, double warningSum, double alertSum) {
    return copy(
        protractAfter,
        exactTail,
        predictiveTail,
        cusumBaselineError,
        shareShrinkage,
        new double[] {warning, alert, watchSum, warningSum, alertSum});
  }

  /**
   * A copy with the given switches, lengths and the five limits in the order of {@link #limits}.
   */
  private DetectorSettings copy(
      int protract,
      boolean exact,
      boolean predictive,
      boolean baselineError,
      boolean shrink,
      double[] limit) {
    return new DetectorSettings(
        window,
        guard,
        minHistory,
        minPeriodVolume,
        minExcess,
        limit[0],
        limit[1],
        cusumAllowance,
        cusumCap,
        limit[2],
        limit[3],
        limit[4],
        cooldown,
        protract,
        exact,
        cusum,
        spreadFromDays,
        predictive,
        baselineError,
        shrink,
        medianDispersion,
        dispersionBeforeBaseline,
        countConfirms,
        trimmedLevel,
        blockDispersion,
        lowerDispersion,
        reflagToLastHigh,
        skewedTail);
  }

  public DetectorSettings {
    if (shareShrinkage && spreadFromDays) {
      throw new IllegalArgumentException(
          "shareShrinkage pools a window's share, not a sum judged from its days");
    }
    if ((medianDispersion || dispersionBeforeBaseline) && (shareShrinkage || spreadFromDays)) {
      throw new IllegalArgumentException(
          "medianDispersion and dispersionBeforeBaseline read a share's rho period by period;"
              + " shareShrinkage and spreadFromDays estimate it their own way");
    }
    if (trimmedLevel && !spreadFromDays) {
      throw new IllegalArgumentException("trimmedLevel is for sums judged from their days");
    }
    if (blockDispersion && !trimmedLevel) {
      throw new IllegalArgumentException("blockDispersion reads the blocks of a trimmed level");
    }
    if (!(countConfirms >= 0)) {
      throw new IllegalArgumentException("countConfirms must be 0 or more");
    }
    if (cusumBaselineError && !cusum) {
      throw new IllegalArgumentException("cusumBaselineError needs a CUSUM");
    }
    if (protractAfter != 0 && protractAfter <= guard) {
      throw new IllegalArgumentException(
          "protractAfter must be 0 (never) or more periods than the guard");
    }
    if (window < 3 || guard < 0 || minHistory < 3 || cooldown < 1) {
      throw new IllegalArgumentException(
          "window and minHistory must be at least 3, guard at least 0, cooldown at least 1");
    }
    if (!(zWarning > 0 && zAlert >= zWarning)) {
      throw new IllegalArgumentException("need 0 < zWarning <= zAlert");
    }
    if (!(cusumWatch > 0 && cusumWarning >= cusumWatch && cusumAlert >= cusumWarning)) {
      throw new IllegalArgumentException("need 0 < cusumWatch <= cusumWarning <= cusumAlert");
    }
    if (cusumAllowance < 0 || cusumCap <= cusumAllowance || minPeriodVolume < 0 || minExcess < 0) {
      throw new IllegalArgumentException(
          "need 0 <= cusumAllowance < cusumCap, minPeriodVolume/minExcess >= 0");
    }
  }
}
