package org.amity.signal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Scores a series period by period against its own recent past, using only what was known at each
 * period (so the same reading would have been given on the day).
 *
 * <p>With a volume (denominator), the question is whether conflict grew faster than the news about
 * the subject: the baseline is the share of the volume that the numerator took over the trailing
 * window, and a period is scored by how far its count exceeds that share of its own volume, in
 * standard errors of a binomial inflated by the over-dispersion seen in the window. A media surge
 * that lifts every kind of report alike therefore scores nothing, and neither do weekday swings in
 * volume. Without a volume (incident counts in a sea area) the baseline is the window's mean count
 * and the score is on a square-root (variance-stabilised) scale. With a volume, the count must have
 * risen against its own mean as well (the score is the smaller of the two), so that a quiet news
 * spell, which lifts the share of a steady conflict, is not read as escalation either.
 *
 * <p>Single-period scores catch sudden jumps; a CUSUM of capped scores catches sustained rises that
 * no single period shows. Levels go up at once and come down one step only after {@code cooldown}
 * quieter periods, so alerts do not flap. Periods already at warning or above are left out of the
 * baseline (unless they fill most of the window), so an escalation does not become its own baseline
 * while it lasts.
 *
 * <p>An alert marks a departure from normal, not a state that lasts for years. A run that stays
 * raised for {@code protractAfter} periods without its level going up again becomes
 * <em>protracted</em>: its periods join the baseline, the window starts at the run's start (the
 * raised level is the new normal), the CUSUM starts afresh, and the level returns to NONE, so only
 * a renewed rise against the new normal opens a new alert. The protracted state lasts until that
 * new alert opens (the level it rose from stays the norm), or until the last {@code protractAfter}
 * periods taken together fall back below the midpoint between the baseline before the run and the
 * run's own level (the episode was a departure after all: its periods leave the baseline again).
 */
public final class EscalationDetector {
  /**
   * Below this expected count the normal approximation flatters a rise (3 where 0.5 was expected is
   * not 3.5 standard errors), so the score is taken from the Poisson tail instead.
   */
  static final double SMALL_EXPECTED = 5;

  /** The median of a chi-square with one degree of freedom (the square of a standard normal). */
  static final double CHI_SQUARE_1_MEDIAN = 0.454936;

  /**
   * With {@link DetectorSettings#trimmedLevel}: a weekly block whose excess over the pooled level
   * stands this many robust standard deviations above the blocks' median, and this many standard
   * errors above the level itself, is left out of the level.
   */
  static final double TRIM_SD = 2.5;

  /** Residual spread is judged over this many windows: a steadier estimate than one window. */
  static final int DISPERSION_WINDOWS = 3;

  private final DetectorSettings s;

  /** For sums judged from their days ({@link #scoreSums}): the daily series and the sum's span. */
  private double[] dayValues;

  private double[] dayVolumes;

  /**
   * Which periods a stored source covered ({@link #score(List, double[], double[], boolean[])});
   * null when every period is covered.
   */
  private boolean[] covered;

  /** How many periods each scored value sums (1 unless the series was rolled). */
  private final int span;

  /** With {@link DetectorSettings#cusumBaselineError}: the runs' factors; else null. */
  private final CusumRuns runs;

  /** With {@link DetectorSettings#shareShrinkage}: the pooling of shares; else null. */
  private final PooledShare pool;

  /** Other limits for periods whose expected count is small ({@link ThinLimits}); else null. */
  private final ThinLimits thin;

  public EscalationDetector(DetectorSettings settings) {
    this(settings, 1);
  }

  /**
   * @param span how many periods each value to be scored sums (a spec's rolling periods): a
   *     baseline of rolled sums counts every event about that many times, which the predictive tail
   *     ({@link DetectorSettings#predictiveTail}) must undo to know how many events it rests on
   */
  public EscalationDetector(DetectorSettings settings, int span) {
    this(settings, span, null);
  }

  /**
   * @param span as {@link #EscalationDetector(DetectorSettings, int)}
   * @param thin other limits for periods whose expected count is small, or null for none
   */
  public EscalationDetector(DetectorSettings settings, int span, ThinLimits thin) {
    if (span < 1) {
      throw new IllegalArgumentException("a span is at least one period");
    }
    this.s = settings;
    this.span = span;
    this.runs = settings.cusumBaselineError() ? new CusumRuns(settings.window(), span) : null;
    this.pool = settings.shareShrinkage() ? new PooledShare(settings.window(), span) : null;
    this.thin = thin;
  }

  /**
   * Scores, at every day, the sum of the last {@code span} days, with the spread of the sum judged
   * from the daily series ({@link SumSpread}) rather than from the overlapping sums. Baseline
   * share, count check, levels and protraction are those of {@link #score}.
   *
   * @param values numerator per day
   * @param volumes denominator per day, or null for a count series
   */
  public SeriesScores scoreSums(
      List<LocalDate> periods, double[] values, double[] volumes, int span) {
    return scoreSums(periods, values, volumes, span, null);
  }

  /**
   * As {@link #scoreSums(List, double[], double[], int)}, scoring only the periods a source covered
   * ({@link #score(List, double[], double[], boolean[])}).
   */
  public SeriesScores scoreSums(
      List<LocalDate> periods, double[] values, double[] volumes, int span, boolean[] covered) {
    if (span < 2 || s.guard() < span) {
      throw new IllegalArgumentException(
          "a sum of days needs a span of 2 or more within the guard");
    }
    EscalationDetector d = new EscalationDetector(s, span, thin);
    d.dayValues = values;
    d.dayVolumes = volumes;
    return d.score(periods, rolling(values, span), rolling(volumes, span), covered);
  }

  /** Sums of the last {@code span} values at each period (null stays null). */
  static double[] rolling(double[] values, int span) {
    if (values == null) {
      return null;
    }
    double[] out = new double[values.length];
    double sum = 0;
    for (int i = 0; i < values.length; i++) {
      sum += values[i];
      if (i >= span) {
        sum -= values[i - span];
      }
      out[i] = sum;
    }
    return out;
  }

  /**
   * @param values numerator per period
   * @param volumes denominator per period, or null for a count series
   */
  public SeriesScores score(List<LocalDate> periods, double[] values, double[] volumes) {
    return score(periods, values, volumes, null);
  }

  /**
   * Scores a series of which only some periods were covered by a stored source (audit4 H1: a
   * country's news between two news files is not a quiet spell but unknown). A period no source
   * covered is not scored, and the history a baseline needs ({@link DetectorSettings#minHistory})
   * is counted in covered periods of its window: the first days of a news file are judged only once
   * that many covered days lie behind them. Values of uncovered periods (stray back-dated rows)
   * still count where they fall inside a covered period's sum.
   *
   * @param covered per period whether a source covered it, or null when all were
   */
  public SeriesScores score(
      List<LocalDate> periods, double[] values, double[] volumes, boolean[] covered) {
    int n = values.length;
    if (periods.size() != n
        || (volumes != null && volumes.length != n)
        || (covered != null && covered.length != n)) {
      throw new IllegalArgumentException("periods, values, volumes and coverage differ in length");
    }
    this.covered = covered;
    double[] expected = new double[n];
    double[] share = new double[n];
    double[] z = new double[n];
    double[] cusum = new double[n];
    Level[] level = new Level[n];
    Arrays.fill(expected, Double.NaN);
    Arrays.fill(share, Double.NaN);
    boolean[] flagged = new boolean[n];
    boolean[] protracted = new boolean[n];
    boolean[] protractedAt = new boolean[n];
    Level current = Level.NONE;
    int quiet = 0;
    double c = 0;
    int run = 0; // periods since the accumulator was last at zero
    int runStart = -1; // first period of the raised run, -1 when none
    int lastRise = -1; // last period in which the run's level went up
    int floor = 0; // the baseline window starts no earlier (a protracted level's new normal)
    double held = Double.NaN; // while protracted: the share or count that still counts as high
    int heldFrom = -1; // while protracted: the first period of the protracted run
    for (int t = 0; t < n; t++) {
      if (s.protractAfter() > 0 && runStart >= 0 && t - lastRise >= s.protractAfter()) {
        // raised this long without rising further: the level is the new normal
        held = heldLevel(values, volumes, share, expected, runStart, t);
        for (int i = runStart; i < t; i++) {
          flagged[i] = false;
        }
        floor = runStart;
        heldFrom = runStart;
        protractedAt[t] = true;
        current = Level.NONE;
        quiet = 0;
        c = 0;
        run = 0;
        runStart = -1;
      }
      Baseline b = baseline(values, volumes, flagged, t, floor);
      if (b != null) {
        expected[t] = b.expected;
        share[t] = b.share;
        z[t] = b.score;
      }
      // the accumulator stops at the alert limit: beyond it nothing more can be signalled, and a
      // long episode must not leave a debt that keeps its alert open for months after it ends
      if (s.cusum()) {
        double next = Math.max(0, c + Math.min(z[t], s.cusumCap()) - s.cusumAllowance());
        run = next > 0 ? run + 1 : 0;
        c = Math.min(accumulated(s.cusumAlert(), run), next);
      } else {
        c = 0;
      }
      cusum[t] = judged(c, run);
      Level raw = raw(z[t], cusum[t], expected[t]);
      if (raw.compareTo(current) > 0) {
        if (current == Level.NONE) {
          runStart = t;
        }
        current = raw;
        lastRise = t;
        quiet = 0;
      } else if (raw.compareTo(current) < 0) {
        if (++quiet >= s.cooldown()) {
          current = Level.values()[current.ordinal() - 1];
          quiet = 0;
        }
      } else {
        quiet = 0;
      }
      if (current == Level.NONE) {
        // a closed alert does not leave a primed accumulator
        c = Math.min(c, accumulated(s.cusumWatch(), run));
        cusum[t] = judged(c, run);
        runStart = -1;
      }
      level[t] = current;
      flagged[t] = current.atLeast(Level.WATCH);
      if (!Double.isNaN(held)) {
        // a protracted level lasts until a renewed rise opens a new alert, or until the last
        // protractAfter periods together fall back below the midpoint between the old normal
        // and it
        if (current != Level.NONE) {
          held = Double.NaN; // measured against the level it rose from, which stays the norm
        } else if (cameDown(values, volumes, t, held)) {
          // back down: the episode was a departure after all, and leaves the baseline again
          int last = s.reflagToLastHigh() ? lastHigh(values, volumes, t, held) : -1;
          for (int i = heldFrom; i <= Math.max(t - s.protractAfter(), last); i++) {
            flagged[i] = true;
          }
          floor = 0;
          held = Double.NaN;
        } else {
          protracted[t] = true;
        }
      }
    }
    return new SeriesScores(
        periods,
        values,
        volumes,
        expected,
        share,
        z,
        cusum,
        level,
        protracted,
        protractedAt,
        covered);
  }

  /**
   * The share (or count, without a volume) that still counts as high once a run from {@code start}
   * to {@code end} (exclusive) is protracted: halfway between the baseline before the run and the
   * run's own level.
   */
  private static double heldLevel(
      double[] x, double[] vol, double[] share, double[] expected, int start, int end) {
    double sx = 0;
    double sv = 0;
    for (int i = start; i < end; i++) {
      sx += x[i];
      sv += vol == null ? 1 : vol[i];
    }
    double level = sv == 0 ? 0 : sx / sv;
    double before = vol == null ? expected[start] : share[start];
    return Double.isNaN(before) ? level : (before + level) / 2;
  }

  /**
   * Whether the last {@code protractAfter} periods up to t, taken together, fell back below held:
   * as long a span as it took to call the level protracted, so that noise does not end it.
   */
  private boolean cameDown(double[] x, double[] vol, int t, double held) {
    int from = Math.max(0, t - s.protractAfter() + 1);
    double sx = 0;
    double sv = 0;
    for (int i = from; i <= t; i++) {
      sx += x[i];
      sv += vol == null ? 1 : vol[i];
    }
    return sv == 0 || sx / sv <= held;
  }

  /**
   * The last period of the last {@code protractAfter} up to t whose own share (or count) is still
   * above held, or -1 if none is ({@link DetectorSettings#reflagToLastHigh}).
   */
  private int lastHigh(double[] x, double[] vol, int t, double held) {
    int from = Math.max(0, t - s.protractAfter() + 1);
    for (int i = t; i >= from; i--) {
      if (vol == null ? x[i] > held : vol[i] > 0 && x[i] / vol[i] > held) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The accumulator value at which the CUSUM of a run of m periods reaches {@code limit}: the limit
   * itself, or with {@link DetectorSettings#cusumBaselineError} the value whose run sum, judged
   * with the baseline's error, does.
   */
  private double accumulated(double limit, int m) {
    return runs == null ? limit : runs.accumulated(limit, s.cusumAllowance(), m);
  }

  /** The accumulator as the limits judge it (never below 0). */
  private double judged(double c, int m) {
    return runs == null ? c : Math.max(0, runs.judged(c, s.cusumAllowance(), m));
  }

  /**
   * The level a period's score and CUSUM reach: against the thin limits where the period's expected
   * count is under their line ({@link ThinLimits}), else against the settings' own.
   */
  private Level raw(double z, double c, double expected) {
    DetectorSettings lim = thin != null && thin.applies(expected) ? thin.limits() : s;
    Level byZ = z >= lim.zAlert() ? Level.ALERT : z >= lim.zWarning() ? Level.WARNING : Level.NONE;
    if (!s.cusum()) {
      return byZ;
    }
    Level byC =
        c >= lim.cusumAlert()
            ? Level.ALERT
            : c >= lim.cusumWarning()
                ? Level.WARNING
                : c >= lim.cusumWatch() ? Level.WATCH : Level.NONE;
    return byZ.compareTo(byC) >= 0 ? byZ : byC;
  }

  private record Baseline(double expected, double share, double score) {}

  /**
   * The baseline for period t from the window before it (starting no earlier than {@code floor}),
   * or null if t cannot be scored. After a protracted level the window is the new regime alone: it
   * needs only the periods the level lasted before it was judged protracted, less the guard.
   */
  private Baseline baseline(double[] x, double[] vol, boolean[] flagged, int t, int floor) {
    int end = t - s.guard(); // exclusive
    // a rolled sum adds its full span of periods only from the span-th period of the series on:
    // the earlier ones add fewer (what came before the data is unknown, not zero), and a baseline
    // of them expects too little; sums built here from the days themselves have no such start
    int complete = dayValues == null ? span - 1 : 0;
    int start = Math.max(Math.max(floor, complete), end - s.window());
    int need = floor > 0 ? Math.min(s.minHistory(), s.protractAfter() - s.guard()) : s.minHistory();
    if (end - start < Math.max(3, need) || t < s.minHistory()) {
      return null;
    }
    if (covered != null && (!covered[t] || coveredIn(start, end) < need)) {
      return null;
    }
    int usable = 0;
    for (int i = start; i < end; i++) {
      if (!flagged[i]) {
        usable++;
      }
    }
    boolean skipFlagged = usable >= (end - start) / 2;
    if (dayValues != null) {
      return sumBaseline(
          x[t], vol == null ? 0 : vol[t], flagged, t, start, end, skipFlagged, floor);
    }
    return vol == null
        ? countBaseline(
            x, flagged, t, start, end, skipFlagged, floor, s.exactTail(), s.lowerDispersion())
        : shareBaseline(x, vol, flagged, t, start, end, skipFlagged, floor);
  }

  /** How many periods from {@code start} to {@code end} (exclusive) a source covered. */
  private int coveredIn(int start, int end) {
    int k = 0;
    for (int i = start; i < end; i++) {
      if (covered[i]) {
        k++;
      }
    }
    return k;
  }

  private Baseline shareBaseline(
      double[] x,
      double[] vol,
      boolean[] flagged,
      int t,
      int start,
      int end,
      boolean skip,
      int floor) {
    double sx = 0;
    double sv = 0;
    double svv = 0;
    for (int i = start; i < end; i++) {
      if (!(skip && flagged[i])) {
        sx += x[i];
        sv += vol[i];
        svv += vol[i] * Math.max(0, vol[i] - 1);
      }
    }
    double p = (sx + 0.5) / (sv + 1.0); // a half-count prior keeps p off 0 and 1
    double rho;
    if (pool != null) {
      // the dispersion within windows, each around its own share: a real change between windows
      // is neither taken for sampling noise by the pooling nor divided out of the score
      rho =
          pool.withinRho(
              x, vol, flagged, skip, end, Math.max(floor, end - DISPERSION_WINDOWS * s.window()));
      p = pooled(x, vol, flagged, new PooledShare.Block(sx, sv, svv), p, rho, end, floor);
    } else {
      rho =
          intraclassCorrelation(
              x,
              vol,
              flagged,
              skip,
              p,
              spreadEnd(s.dispersionBeforeBaseline(), start, end, floor),
              floor);
    }
    double e = vol[t] * p;
    double score = 0;
    if (vol[t] >= s.minPeriodVolume() && x[t] - e >= s.minExcess()) {
      double inflation = 1 + (vol[t] - 1) * rho;
      double shareScore =
          e >= SMALL_EXPECTED
              ? (x[t] - e) / Math.sqrt(vol[t] * p * (1 - p) * inflation)
              : smallCountScore(x[t], e, sx) / Math.sqrt(inflation);
      // Escalation is more conflict, not less of everything else: in a quiet news week the
      // share of a steady conflict rises while its count does not. The count must confirm the
      // rise; once it clearly does, the (more precise) share score stands.
      double countScore = countBaseline(x, flagged, t, start, end, skip, floor, false, false).score;
      score = confirmed(shareScore, countScore);
    }
    return new Baseline(e, p, score);
  }

  /**
   * The window's share {@code p} pulled toward the subject's longer history ({@link PooledShare}),
   * or p itself when that history is too short (fewer than {@link PooledShare#MIN_WINDOWS} windows
   * since the floor) or holds no event. The over-dispersion {@code rho} is taken within windows,
   * each around its own share ({@link PooledShare#withinRho}).
   */
  private double pooled(
      double[] x,
      double[] vol,
      boolean[] flagged,
      PooledShare.Block window,
      double p,
      double rho,
      int end,
      int floor) {
    List<PooledShare.Block> blocks = pool.blocks(x, vol, flagged, window, end, floor);
    if (blocks.size() < PooledShare.MIN_WINDOWS || window.v() <= 0) {
      return p;
    }
    double mu = PooledShare.longRun(blocks);
    if (!(mu > 0 && mu < 1)) {
      return p;
    }
    return pool.shrunk(blocks, p, mu, rho);
  }

  /**
   * The tail score of a small expected count {@code e} of a share whose baseline summed {@code
   * baselineCount} (of values that each sum {@link #span} periods). With {@link
   * DetectorSettings#predictiveTail} the expected count is known only as well as the events behind
   * it: the baseline holds {@code baselineCount / span} distinct events (a rolled baseline counts
   * each about span times), plus the half-count prior of the share, and the count is judged against
   * the Poisson-gamma (negative binomial) predictive distribution with that shape; otherwise
   * against a Poisson whose mean is known.
   */
  private double smallCountScore(double x, double e, double baselineCount) {
    return s.predictiveTail()
        ? PoissonTail.predictiveScore(x, e, baselineCount / span + 0.5)
        : PoissonTail.score(x, e);
  }

  /**
   * The baseline of a sum of days, its spread judged from the days ({@link SumSpread}): the share
   * (or the mean count) over the days the baseline sums cover, less the days inside raised sums;
   * the day's beta-binomial {@code rho} and lag-one autocorrelation over the same lookback as the
   * period scores ({@link #DISPERSION_WINDOWS} windows); the score is the sum's excess over its
   * expected share, in standard errors of the prediction (the sum's variance and the baseline's).
   * {@code sumX} and {@code sumV} are the sum and its volume at t: the rolled values {@link
   * #scoreSums} scores, not summed from the days again.
   */
  private Baseline sumBaseline(
      double sumX,
      double sumV,
      boolean[] flagged,
      int t,
      int start,
      int end,
      boolean skip,
      int floor) {
    if (s.trimmedLevel()) {
      return trimmedSumBaseline(sumX, sumV, flagged, start, end, skip);
    }
    int baseFrom = Math.max(0, start - span + 1);
    int lookFrom = Math.max(Math.max(0, floor - span + 1), end - DISPERSION_WINDOWS * s.window());
    lookFrom = Math.min(lookFrom, baseFrom);
    // the estimates read the days [lookFrom, end) alone: they work on those days, indexed from
    // lookFrom, so that a day's score costs the days it reads, not the whole series before it
    int m = end - lookFrom;
    int base = baseFrom - lookFrom;
    double[] x = Arrays.copyOfRange(dayValues, lookFrom, end);
    double[] v = dayVolumes == null ? null : Arrays.copyOfRange(dayVolumes, lookFrom, end);
    boolean[] out = SumSpread.excluded(flagged, span, lookFrom, end, skip);
    double bx = 0;
    double bv = 0;
    int k = 0;
    if (v != null) {
      for (int d = base; d < m; d++) {
        if (!out[d]) {
          bx += x[d];
          bv += v[d];
          k++;
        }
      }
    }
    double p = (bx + 0.5) / (bv + 1.0);
    double e = sumV * p;
    if (v != null
        && k >= SumSpread.MIN_DAYS
        && (sumV < s.minPeriodVolume() || sumX - e < s.minExcess())) {
      // a sum too small to score, or not above its expected share: its score is 0 whatever the
      // spread, so the spread (most of the cost of a day) is not estimated
      return new Baseline(e, p, 0);
    }
    double[] count = SumSpread.count(x, out, base, 0, m, span);
    if (Double.isNaN(count[0])) {
      return null;
    }
    double countExcess = sumX - span * count[0];
    double countScore = countExcess >= s.minExcess() ? countExcess / count[1] : 0;
    if (v == null) {
      return new Baseline(span * count[0], Double.NaN, Math.max(0, countScore));
    }
    double q = 1 - p;
    double rho = intraclassCorrelation(x, v, out, true, p, m, 0);
    double[] r = new double[m];
    Arrays.fill(r, Double.NaN);
    for (int d = 0; d < m; d++) {
      if (!out[d] && v[d] > 1) {
        r[d] = (x[d] - v[d] * p) / Math.sqrt(v[d] * p * q * (1 + (v[d] - 1) * rho));
      }
    }
    SumSpread.clip(r, 0, m);
    double phi = SumSpread.lagOne(r, 0, m);
    double varNow = 0;
    for (int d = Math.max(0, t - span + 1); d <= t; d++) {
      double vd = dayVolumes[d];
      varNow += vd * p * q * (1 + Math.max(0, vd - 1) * rho);
    }
    varNow *= SumSpread.inflation(span, phi);
    double varBase = 0;
    for (int d = base; d < m; d++) {
      if (!out[d]) {
        varBase += v[d] * p * q * (1 + Math.max(0, v[d] - 1) * rho);
      }
    }
    varBase *= SumSpread.inflation(k, phi);
    double variance = varNow + (bv > 0 ? (sumV / bv) * (sumV / bv) * varBase : 0);
    double score = 0;
    if (sumV >= s.minPeriodVolume() && sumX - e >= s.minExcess() && variance > 0) {
      double shareScore =
          e >= SMALL_EXPECTED
              ? (sumX - e) / Math.sqrt(variance)
              : PoissonTail.score(sumX, e) / Math.sqrt(Math.max(1, variance / (e * q)));
      score = confirmed(shareScore, countScore);
    }
    return new Baseline(e, p, score);
  }

  /**
   * The baseline of a sum of days around a trimmed level ({@link DetectorSettings#trimmedLevel}):
   * the share (or mean count per day) of the window's weekly blocks, less the days inside raised
   * sums and the blocks that stand out ({@link #trimmed}); the sum is judged binomial (Poisson)
   * around it, its variance widened by the level's own error ({@code 1 + V / V_base}) and, with
   * {@link DetectorSettings#blockDispersion}, by the kept blocks' dispersion (never below 1); no
   * dispersion is estimated from short windows. A small expected count is judged by its Poisson
   * tail, divided by the same widening. The count check is the same reading of the count alone.
   */
  private Baseline trimmedSumBaseline(
      double sumX, double sumV, boolean[] flagged, int start, int end, boolean skip) {
    int baseFrom = Math.max(0, start - span + 1);
    boolean[] out = SumSpread.excluded(flagged, span, baseFrom, end, skip);
    double[] days = trimmed(dayValues, null, out, baseFrom, end);
    if (days == null) {
      return null;
    }
    // a history without a single event is read as half an event over it, as in countBaseline
    double perDay = Math.max(days[0], 0.5) / days[1];
    double ec = span * perDay;
    double countScore =
        sumX - ec >= s.minExcess()
            ? around(sumX, ec, ec, span / days[1]) / Math.sqrt(dispersion(days))
            : 0;
    if (dayVolumes == null) {
      return new Baseline(ec, Double.NaN, Math.max(0, countScore));
    }
    double[] level = trimmed(dayValues, dayVolumes, out, baseFrom, end);
    if (level == null) {
      return null; // days enough, but too few weeks with any news to read a share from
    }
    double p = (level[0] + 0.5) / (level[1] + 1.0);
    double e = sumV * p;
    double score = 0;
    if (sumV >= s.minPeriodVolume() && sumX - e >= s.minExcess()) {
      double shareScore =
          around(sumX, e, e * (1 - p), sumV / level[1]) / Math.sqrt(dispersion(level));
      score = confirmed(shareScore, countScore);
    }
    return new Baseline(e, p, score);
  }

  /**
   * What a trimmed level's score is widened by: with {@link DetectorSettings#blockDispersion} the
   * dispersion of its kept blocks ({@link #trimmed}, the third value), never below 1; else 1.
   */
  private double dispersion(double[] level) {
    return s.blockDispersion() && level[2] > 1 ? level[2] : 1;
  }

  /**
   * A share's score as the count confirms it: the share's own once the count's score reaches the
   * profile's {@code countConfirms}, the smaller of the two below it; never below 0.
   */
  private double confirmed(double shareScore, double countScore) {
    return Math.max(
        0, countScore >= s.countConfirms() ? shareScore : Math.min(shareScore, countScore));
  }

  /**
   * The excess of {@code x} over its expected value {@code e}, in standard errors of a variance
   * {@code var} widened by the level's error ({@code 1 + ratio}); below {@link #SMALL_EXPECTED},
   * the Poisson tail, divided by the same widening.
   */
  private static double around(double x, double e, double var, double ratio) {
    double widen = Math.sqrt(1 + ratio);
    return e >= SMALL_EXPECTED
        ? (x - e) / Math.sqrt(var) / widen
        : PoissonTail.score(x, Math.max(e, 1e-9)) / widen;
  }

  /**
   * The trimmed level of the days {@code [from, end)} (those not {@code excluded}, indexed from
   * {@code from}): weekly blocks counted back from {@code end}, each block's excess over the pooled
   * level in binomial (Poisson, without a volume) standard errors, or, where a block expects fewer
   * than {@link #SMALL_EXPECTED} events, as the normal score of its mid-p Poisson tail; the blocks
   * above the median by more than {@link #TRIM_SD} robust standard deviations (1.4826 times the
   * median absolute deviation, never below 1) and above {@link #TRIM_SD} itself left out; null with
   * fewer than three blocks or {@link SumSpread#MIN_DAYS} usable days. The exact tail and the
   * absolute floor keep a sparse series' level whole: where most weeks hold no event the blocks'
   * median is below zero and their normal scores are skewed, so the rule on the median alone left
   * out every week with two events and read the level as almost none (on the real piracy files,
   * years of a quiet sea area read as empty).
   *
   * @return {numerator, volume (days, without a volume), dispersion} of the blocks kept; the
   *     dispersion is Pearson's chi-square of the kept blocks around their pooled level over its
   *     degrees of freedom (about 1 for binomial or Poisson blocks)
   */
  static double[] trimmed(double[] x, double[] vol, boolean[] excluded, int from, int end) {
    int blocks = (end - from) / 7;
    double[] bx = new double[blocks];
    double[] bn = new double[blocks];
    double sx = 0;
    double sn = 0;
    int usableDays = 0;
    int used = 0;
    for (int b = 0; b < blocks; b++) {
      for (int d = end - 7 * b - 7; d < end - 7 * b; d++) {
        if (!excluded[d - from]) {
          bx[b] += x[d];
          bn[b] += vol == null ? 1 : vol[d];
          usableDays++;
        }
      }
      if (bn[b] > 0) {
        sx += bx[b];
        sn += bn[b];
        used++;
      }
    }
    if (used < 3 || usableDays < SumSpread.MIN_DAYS) {
      return null;
    }
    double p1 = vol == null ? (sx + 0.5) / sn : (sx + 0.5) / (sn + 1.0);
    double[] z = new double[used];
    int k = 0;
    for (int b = 0; b < blocks; b++) {
      if (bn[b] > 0) {
        double mean = p1 * bn[b];
        double var = vol == null ? mean : mean * (1 - p1);
        z[k++] =
            mean >= SMALL_EXPECTED
                ? (bx[b] - mean) / Math.sqrt(var)
                : PoissonTail.score(bx[b], mean);
      }
    }
    double limit =
        Math.max(TRIM_SD, Medians.median(z.clone(), used) + TRIM_SD * robustScale(z, used));
    double kx = 0;
    double kn = 0;
    boolean[] kept = new boolean[blocks];
    int keptBlocks = 0;
    k = 0;
    for (int b = 0; b < blocks; b++) {
      if (bn[b] > 0 && z[k++] <= limit) {
        kx += bx[b];
        kn += bn[b];
        kept[b] = true;
        keptBlocks++;
      }
    }
    // the limit is at least TRIM_SD above the median, so half the used blocks (two or more) stay
    double p2 = vol == null ? (kx + 0.5) / kn : (kx + 0.5) / (kn + 1.0);
    double chi = 0;
    for (int b = 0; b < blocks; b++) {
      if (kept[b]) {
        double mean = p2 * bn[b];
        double var = vol == null ? mean : mean * (1 - p2);
        chi += (bx[b] - mean) * (bx[b] - mean) / var;
      }
    }
    return new double[] {kx, kn, chi / (keptBlocks - 1)};
  }

  /**
   * The count baseline: the window's mean count, and the period's score on the square-root scale
   * or, for a plain count series whose profile asks for it ({@code exactTail}) and whose mean is
   * below {@link #SMALL_EXPECTED}, from the exact Poisson tail. Rare grave events need the exact
   * tail: four kidnappings at sea in four weeks where 0.12 were expected is a one-in-300,000 event
   * (4.5 standard errors), which the square-root scale puts at 2.8. A window without a single event
   * is read as half an event over the window (as the share's half-count prior), not as a certainty
   * that none can happen.
   */
  private Baseline countBaseline(
      double[] x,
      boolean[] flagged,
      int t,
      int start,
      int end,
      boolean skip,
      int floor,
      boolean exactTail,
      boolean lower) {
    double sum = 0;
    int k = 0;
    for (int i = start; i < end; i++) {
      if (!(skip && flagged[i])) {
        sum += x[i];
        k++;
      }
    }
    double lambda = k == 0 ? 0 : sum / k;
    int from = Math.max(floor, end - DISPERSION_WINDOWS * s.window());
    double[] r = new double[end - from];
    int m = 0;
    for (int i = from; i < end; i++) {
      if (!(skip && flagged[i])) {
        r[m++] = anscombe(x[i], lambda);
      }
    }
    double dispersion = lower ? lowerDispersion(r, m) : dispersion(r, m);
    double score = 0;
    if (x[t] - lambda >= s.minExcess()) {
      score =
          exactTail && lambda < SMALL_EXPECTED
              ? PoissonTail.score(x[t], Math.max(lambda, 0.5 / Math.max(1, k))) / dispersion
              : anscombe(x[t], lambda) / dispersion;
    }
    return new Baseline(lambda, Double.NaN, score);
  }

  /**
   * The over-dispersion of the share, as a beta-binomial intra-class correlation: how much the
   * share itself wanders from period to period, beyond sampling noise. Its variance adds {@code
   * n(n-1)pq·rho} to the binomial {@code npq}, so it dominates when the volume is large: a day with
   * five times the usual news is five times as noisy in its count, not just twice, and a media
   * surge does not pass for escalation. Estimated by moments over a long lookback, with residuals
   * clipped at four robust standard deviations so past spikes cannot blow it up.
   */
  private double intraclassCorrelation(
      double[] x, double[] vol, boolean[] flagged, boolean skip, double p, int end, int floor) {
    int from = Math.max(floor, end - DISPERSION_WINDOWS * s.window());
    double q = 1 - p;
    double[] r = new double[end - from];
    double[] n = s.medianDispersion() ? new double[end - from] : null;
    int m = 0;
    for (int i = from; i < end; i++) {
      if (!(skip && flagged[i]) && vol[i] > 1) {
        if (n != null) {
          n[m] = vol[i];
        }
        r[m++] = (x[i] - vol[i] * p) / Math.sqrt(vol[i] * p * q);
      }
    }
    if (m < 3) {
      return 0;
    }
    if (n != null) {
      return medianRho(r, n, m);
    }
    double limit = 4 * robustScale(r, m);
    double num = 0;
    double den = 0;
    for (int i = from; i < end; i++) {
      if (!(skip && flagged[i]) && vol[i] > 1) {
        double sd = Math.sqrt(vol[i] * p * q);
        double e = Math.max(-limit * sd, Math.min(limit * sd, x[i] - vol[i] * p));
        num += e * e - vol[i] * p * q;
        den += vol[i] * (vol[i] - 1) * p * q;
      }
    }
    return den <= 0 ? 0 : Math.max(0, num / den);
  }

  /**
   * Where the over-dispersion's lookback ends for a baseline window {@code [start, end)}: at the
   * guard ({@code end}), or with {@link DetectorSettings#dispersionBeforeBaseline} where the window
   * begins, unless fewer than three periods lie between the floor and the window.
   */
  static int spreadEnd(boolean beforeBaseline, int start, int end, int floor) {
    int before = Math.max(floor, start);
    return beforeBaseline && before - floor >= 3 ? before : end;
  }

  /**
   * The over-dispersion read from the typical period ({@link DetectorSettings#medianDispersion}):
   * the {@code rho} at which the median of {@code r_i^2 / (1 + (n_i - 1) rho)} is the median of a
   * chi-square with one degree of freedom, {@code r_i} the binomial-standardised residuals of
   * periods of volume {@code n_i}. The median falls as {@code rho} grows, so it is found by
   * bisection; 0 when the residuals are no wider than binomial. Up to half the periods may be
   * unlike the rest without moving it, where the mean of squares follows every one of them.
   */
  static double medianRho(double[] r, double[] n, int m) {
    double[] a = new double[m];
    java.util.function.DoubleUnaryOperator median =
        rho -> {
          for (int i = 0; i < m; i++) {
            a[i] = r[i] * r[i] / (1 + (n[i] - 1) * rho);
          }
          return Medians.median(a, m);
        };
    if (median.applyAsDouble(0) <= CHI_SQUARE_1_MEDIAN) {
      return 0;
    }
    double lo = 0;
    double hi = 1;
    for (int k = 0; k < 40; k++) {
      double mid = (lo + hi) / 2;
      if (median.applyAsDouble(mid) > CHI_SQUARE_1_MEDIAN) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  /** 1.4826 times the median absolute deviation (a robust standard deviation), never below 1. */
  static double robustScale(double[] r, int m) {
    double[] a = Arrays.copyOf(r, m);
    double med = Medians.median(a, m);
    for (int i = 0; i < m; i++) {
      a[i] = Math.abs(a[i] - med);
    }
    return Math.max(1.0, 1.4826 * Medians.median(a, m));
  }

  /** Poisson deviance on the square-root scale: about N(0,1) when x is Poisson(lambda). */
  private static double anscombe(double x, double lambda) {
    return 2 * (Math.sqrt(x + 0.375) - Math.sqrt(lambda + 0.375));
  }

  /**
   * How much wider than the model a count's residuals spread on their lower side ({@link
   * DetectorSettings#lowerDispersion}): the root mean square of the residuals at or below a centre,
   * around that centre, never below 1. An escalation only adds counts, so an earlier episode still
   * in the lookback widens the upper side alone; on the square-root scale the null's residuals are
   * about symmetric, and the lower side's mean square is the null's variance. The centre is the
   * baseline mean (residual 0) unless most of the lookback lies below it, as when a build-up or a
   * wave's tail has lifted the baseline above the quiet weeks around it: then it is the median
   * residual, the typical period, so that the lift is not read as spread. With fewer than three
   * residuals at or below the centre the robust scale of them all stands ({@link #dispersion}).
   */
  static double lowerDispersion(double[] r, int m) {
    if (m < 3) {
      return dispersion(r, m);
    }
    double centre = Math.min(0, Medians.median(Arrays.copyOf(r, m), m));
    double sq = 0;
    int n = 0;
    for (int i = 0; i < m; i++) {
      if (r[i] <= centre) {
        sq += (r[i] - centre) * (r[i] - centre);
        n++;
      }
    }
    return n < 3 ? dispersion(r, m) : Math.max(1.0, Math.sqrt(sq / n));
  }

  /** How much wider than the model the window's residuals spread (1 with too few of them). */
  private static double dispersion(double[] r, int m) {
    return m < 3 ? 1 : robustScale(r, m);
  }
}
