package org.amity.forecast.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The calibration step's leak canary: a map fitted at origin T may use only outcomes known at T.
 */
class RollingCalibrationTest {
  private static final int HORIZON = 1;
  private static final int UNITS = 200;
  private static final int FIRST = 2000;
  private static final int LAST = 2020;

  private final int[] origin = new int[UNITS * (LAST - FIRST + 1)];
  private final double[] raw = new double[origin.length];
  private final double[] outcome = new double[origin.length];

  RollingCalibrationTest() {
    Random r = new Random(11);
    int i = 0;
    for (int t = FIRST; t <= LAST; t++) {
      for (int u = 0; u < UNITS; u++) {
        double z = -2 + r.nextGaussian();
        origin[i] = t;
        raw[i] = 1 / (1 + Math.exp(-z));
        // the raw forecasts run high: outcomes follow log-odds z - 1
        outcome[i] = r.nextDouble() < 1 / (1 + Math.exp(-(z - 1))) ? 1 : 0;
        i++;
      }
    }
  }

  /** The outcomes with every one not yet known at origin t replaced by its opposite. */
  private double[] otherFuture(int t) {
    double[] y = outcome.clone();
    for (int i = 0; i < y.length; i++) {
      if (origin[i] + HORIZON > t) {
        y[i] = 1 - y[i];
      }
    }
    return y;
  }

  private double[] atOrigin(RollingCalibration c, double[] y, int t) {
    double[] all = c.calibrate(origin, raw, y, FIRST + 5).calibrated();
    return java.util.stream.IntStream.range(0, all.length)
        .filter(i -> origin[i] == t)
        .mapToDouble(i -> all[i])
        .toArray();
  }

  @Test
  void calibratedForecastsAtAnOriginIgnoreOutcomesNotYetKnown() {
    RollingCalibration c = new RollingCalibration(HORIZON, true);
    int t = 2012;
    assertThat(atOrigin(c, otherFuture(t), t)).containsExactly(atOrigin(c, outcome, t));
  }

  @Test
  void aCalibrationThatPeeksOnePeriodAheadIsCaught() {
    RollingCalibration leak = RollingCalibration.leaking(HORIZON, 1);
    int t = 2012;
    assertThat(Arrays.equals(atOrigin(leak, otherFuture(t), t), atOrigin(leak, outcome, t)))
        .as("the canary must change when the future changes")
        .isFalse();
  }

  @Test
  void lowersForecastsThatRunHighUsingOnlyThePast() {
    double[] cal = atOrigin(new RollingCalibration(HORIZON, true), outcome, 2015);
    double[] rawAt =
        java.util.stream.IntStream.range(0, raw.length)
            .filter(i -> origin[i] == 2015)
            .mapToDouble(i -> raw[i])
            .toArray();
    assertThat(Arrays.stream(cal).average().orElseThrow())
        .isLessThan(Arrays.stream(rawAt).average().orElseThrow() * 0.7);
  }

  @Test
  void keepsRawForecastsUntilTheHistoryHoldsEnoughEvents() {
    double[] none = new double[outcome.length];
    double[] cal =
        new RollingCalibration(HORIZON, true).calibrate(origin, raw, none, FIRST + 5).calibrated();
    assertThat(cal[raw.length - 1]).isEqualTo(raw[raw.length - 1]);
    assertThat(cal[0]).isNaN(); // warm-up entries are history only
  }

  @Test
  void theStableMapAtAnOriginIgnoresOutcomesNotYetKnown() {
    RollingCalibration c = RollingCalibration.named("stable", HORIZON);
    for (int t : new int[] {2008, 2012, 2019}) {
      assertThat(atOrigin(c, otherFuture(t), t))
          .as("origin " + t)
          .containsExactly(atOrigin(c, outcome, t));
    }
  }

  @Test
  void theStableMapIgnoresASignalThatOnlyTheFutureHolds() {
    // after 2012 the outcomes follow the raw forecast exactly (events where raw is highest): a map
    // that saw them would change; the stable map of 2012 must not
    double[] y = outcome.clone();
    for (int i = 0; i < y.length; i++) {
      if (origin[i] + HORIZON > 2012) {
        y[i] = raw[i] > 0.2 ? 1 : 0;
      }
    }
    RollingCalibration c = RollingCalibration.named("stable", HORIZON);
    assertThat(c.mapAt(2012, origin, raw, y)).isEqualTo(c.mapAt(2012, origin, raw, outcome));
    assertThat(c.mapAt(2020, origin, raw, y))
        .as("the signal is strong enough to move a map that sees it")
        .isNotEqualTo(c.mapAt(2020, origin, raw, outcome));
  }

  @Test
  void aStableCalibrationThatPeeksOnePeriodAheadIsCaught() {
    RollingCalibration leak = new RollingCalibration(HORIZON - 1, true, 10);
    boolean caught = false;
    for (int t = 2006; t <= 2020; t++) {
      caught |= !Arrays.equals(atOrigin(leak, otherFuture(t), t), atOrigin(leak, outcome, t));
    }
    assertThat(caught).as("the canary must change when the future changes").isTrue();
  }

  @Test
  void theStableMapChangesOnlyAfterTenNewEventsAreKnown() {
    RollingCalibration stable = RollingCalibration.named("stable", HORIZON);
    java.util.Map<Integer, PlattScaling> maps =
        new java.util.TreeMap<>(stable.calibrate(origin, raw, outcome, FIRST + 1).maps());
    int refits = 0;
    PlattScaling before = null;
    int eventsAtFit = 0;
    for (var e : maps.entrySet()) {
      int events = knownEvents(e.getKey());
      if (before != null && !e.getValue().equals(before)) {
        refits++;
        assertThat(events - eventsAtFit)
            .as("new events at " + e.getKey())
            .isGreaterThanOrEqualTo(10);
        eventsAtFit = events;
        assertThat(e.getValue()).isEqualTo(stable.fitAt(e.getKey(), origin, raw, outcome));
      } else if (before == null) {
        eventsAtFit = events; // may have been fitted at an earlier step; at least these are known
      }
      before = e.getValue();
    }
    // several events a year here: it does refit, each refit being the plain fit of its origin
    assertThat(refits).isPositive();
  }

  @Test
  void theStableMapIsKeptWhileFewEventsArrive() {
    // only three events become known after 2010: the map of 2011 is kept to the end
    double[] y = outcome.clone();
    int extra = 0;
    for (int i = 0; i < y.length; i++) {
      if (origin[i] >= 2010 && y[i] > 0.5) {
        y[i] = extra++ < 3 ? 1 : 0;
      }
    }
    RollingCalibration stable = RollingCalibration.named("stable", HORIZON);
    var maps = stable.calibrate(origin, raw, y, 2011).maps();
    assertThat(maps.get(2020)).isEqualTo(maps.get(2011));
    assertThat(new RollingCalibration(HORIZON, true).mapAt(2020, origin, raw, y))
        .as("the every-origin Platt map does move")
        .isNotEqualTo(maps.get(2011));
  }

  private int knownEvents(int t) {
    int n = 0;
    for (int i = 0; i < outcome.length; i++) {
      if (origin[i] + HORIZON <= t && outcome[i] > 0.5) {
        n++;
      }
    }
    return n;
  }

  @Test
  void theRecentMapIgnoresTheFutureAndForecastsOlderThanItsWindow() {
    RollingCalibration recent = RollingCalibration.named("recent", HORIZON);
    int t = 2016;
    assertThat(atOrigin(recent, otherFuture(t), t)).containsExactly(atOrigin(recent, outcome, t));
    // outcomes of origins before t - 10 reversed: the ten-origin window 2006-2015 does not see them
    double[] old = outcome.clone();
    for (int i = 0; i < old.length; i++) {
      if (origin[i] < t - HORIZON - 9) {
        old[i] = 1 - old[i];
      }
    }
    assertThat(recent.mapAt(t, origin, raw, old)).isEqualTo(recent.mapAt(t, origin, raw, outcome));
    assertThat(new RollingCalibration(HORIZON, true).mapAt(t, origin, raw, old))
        .as("the expanding window does see them")
        .isNotEqualTo(new RollingCalibration(HORIZON, true).mapAt(t, origin, raw, outcome));
    // and the oldest origin inside the window is used
    double[] edge = outcome.clone();
    for (int i = 0; i < edge.length; i++) {
      if (origin[i] == t - HORIZON - 9) {
        edge[i] = 1 - edge[i];
      }
    }
    assertThat(recent.mapAt(t, origin, raw, edge))
        .isNotEqualTo(recent.mapAt(t, origin, raw, outcome));
  }

  private static final int ANCHOR = FIRST + 10;

  /** The outcomes with every one not known at the anchor (the first scored origin) reversed. */
  private double[] reversedAfterAnchor() {
    return otherFuture(ANCHOR);
  }

  @Test
  void theFixedMapIsTheSameAtEveryScoredOrigin() {
    RollingCalibration fixed = RollingCalibration.named("fixed", HORIZON);
    var maps = fixed.calibrate(origin, raw, outcome, ANCHOR).maps();
    assertThat(maps.keySet()).hasSize(LAST - ANCHOR + 1).allMatch(o -> o >= ANCHOR);
    PlattScaling once = fixed.fitAt(ANCHOR, origin, raw, outcome);
    assertThat(once).isNotEqualTo(PlattScaling.IDENTITY);
    assertThat(maps.values()).allMatch(once::equals);
    // an ordinary Platt calibration over the same origins does move
    assertThat(
            new java.util.HashSet<>(
                new RollingCalibration(HORIZON, true)
                    .calibrate(origin, raw, outcome, ANCHOR)
                    .maps()
                    .values()))
        .hasSizeGreaterThan(1);
  }

  @Test
  void fixedForecastsAtEveryOriginIgnoreEveryOutcomeAfterTheFirstScoredOrigin() {
    RollingCalibration fixed = RollingCalibration.named("fixed", HORIZON);
    double[] honest = fixed.calibrate(origin, raw, outcome, ANCHOR).calibrated();
    double[] other = fixed.calibrate(origin, raw, reversedAfterAnchor(), ANCHOR).calibrated();
    assertThat(Arrays.equals(other, honest)).as("every scored origin, 2010-2020").isTrue();
    RollingCalibration platt = new RollingCalibration(HORIZON, true);
    assertThat(
            Arrays.equals(
                platt.calibrate(origin, raw, reversedAfterAnchor(), ANCHOR).calibrated(),
                platt.calibrate(origin, raw, outcome, ANCHOR).calibrated()))
        .as("the check has teeth: a map refitted at later origins does see them")
        .isFalse();
  }

  @Test
  void aFixedMapThatSeesOneLaterOutcomeIsCaught() {
    RollingCalibration leak = RollingCalibration.leaking("fixed", HORIZON, 1);
    assertThat(
            Arrays.equals(
                leak.calibrate(origin, raw, reversedAfterAnchor(), ANCHOR).calibrated(),
                leak.calibrate(origin, raw, outcome, ANCHOR).calibrated()))
        .as("the canary must change when the future changes")
        .isFalse();
  }

  @Test
  void theFixedMapKeepsTheRawOrderOfEveryScoredForecast() {
    double[] cal =
        RollingCalibration.named("fixed", HORIZON)
            .calibrate(origin, raw, outcome, ANCHOR)
            .calibrated();
    Integer[] scored =
        java.util.stream.IntStream.range(0, raw.length)
            .filter(i -> origin[i] >= ANCHOR)
            .boxed()
            .sorted(java.util.Comparator.comparingDouble(i -> raw[i]))
            .toArray(Integer[]::new);
    for (int k = 1; k < scored.length; k++) {
      assertThat(cal[scored[k]]).isGreaterThanOrEqualTo(cal[scored[k - 1]]);
    }
    assertThat(cal[scored[scored.length - 1]]).isLessThan(raw[scored[scored.length - 1]]);
  }

  @Test
  void theFixedMapIsAskedOfItsAnchorNotOfAnOrigin() {
    RollingCalibration fixed = RollingCalibration.named("fixed", HORIZON);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> fixed.mapAt(2015, origin, raw, outcome))
        .isInstanceOf(IllegalStateException.class);
  }

  /** The anchored calibration's forecasts at origin t, with the first scored origin at ANCHOR. */
  private double[] anchoredAt(RollingCalibration c, double[] y, int t) {
    double[] all = c.calibrate(origin, raw, y, ANCHOR).calibrated();
    return java.util.stream.IntStream.range(0, all.length)
        .filter(i -> origin[i] == t)
        .mapToDouble(i -> all[i])
        .toArray();
  }

  @Test
  void anchoredForecastsAtAnOriginIgnoreEveryOutcomeNotYetKnownThere() {
    RollingCalibration anchored = RollingCalibration.named("anchored", HORIZON);
    for (int t = ANCHOR; t <= LAST; t++) {
      assertThat(anchoredAt(anchored, otherFuture(t), t))
          .as("origin %d", t)
          .containsExactly(anchoredAt(anchored, outcome, t));
    }
    // the check has teeth: a later origin's intercept does see those outcomes
    assertThat(
            Arrays.equals(
                anchoredAt(anchored, otherFuture(2015), 2018), anchoredAt(anchored, outcome, 2018)))
        .isFalse();
  }

  @Test
  void theAnchoredSlopeIsTheFixedSlopeAtEveryScoredOriginWhileTheInterceptMoves() {
    RollingCalibration anchored = RollingCalibration.named("anchored", HORIZON);
    var maps = anchored.calibrate(origin, raw, outcome, ANCHOR).maps();
    PlattScaling fixed =
        RollingCalibration.named("fixed", HORIZON).fitAt(ANCHOR, origin, raw, outcome);
    assertThat(fixed).isNotEqualTo(PlattScaling.IDENTITY);
    assertThat(maps.keySet()).hasSize(LAST - ANCHOR + 1).allMatch(o -> o >= ANCHOR);
    assertThat(maps.values()).allMatch(m -> m.b() == fixed.b());
    assertThat(maps.get(ANCHOR).a()).isCloseTo(fixed.a(), within(1e-5));
    assertThat(maps.values().stream().map(PlattScaling::a).distinct().count()).isGreaterThan(5);
    for (int t = ANCHOR; t <= LAST; t++) {
      assertThat(anchored.anchoredAt(ANCHOR, t, origin, raw, outcome))
          .as("the live rule's map at %d", t)
          .isEqualTo(maps.get(t));
    }
  }

  @Test
  void anAnchoredInterceptThatSeesOneLaterOutcomeIsCaught() {
    RollingCalibration leak = RollingCalibration.leakingIntercept(HORIZON, 1);
    int t = 2015;
    assertThat(Arrays.equals(anchoredAt(leak, otherFuture(t), t), anchoredAt(leak, outcome, t)))
        .as("the canary must change when the future changes")
        .isFalse();
    // its anchor is still honest: the slope does not move with the future
    assertThat(leak.calibrate(origin, raw, otherFuture(ANCHOR), ANCHOR).maps().get(t).b())
        .isEqualTo(leak.calibrate(origin, raw, outcome, ANCHOR).maps().get(t).b());
  }

  @Test
  void theAnchoredLevelFollowsARateThatFallsAfterTheAnchorWhereTheFixedMapDoesNot() {
    // after the anchor the event becomes rarer: outcomes follow log-odds z - 2.5 instead of z - 1
    double[] falling = outcome.clone();
    Random r = new Random(12);
    for (int i = 0; i < falling.length; i++) {
      if (origin[i] >= ANCHOR) {
        double z = Math.log(raw[i] / (1 - raw[i]));
        falling[i] = r.nextDouble() < 1 / (1 + Math.exp(-(z - 2.5))) ? 1 : 0;
      }
    }
    double observed = meanAt(falling, falling, LAST);
    double anchored =
        meanAt(
            RollingCalibration.named("anchored", HORIZON)
                .calibrate(origin, raw, falling, ANCHOR)
                .calibrated(),
            falling,
            LAST);
    double fixed =
        meanAt(
            RollingCalibration.named("fixed", HORIZON)
                .calibrate(origin, raw, falling, ANCHOR)
                .calibrated(),
            falling,
            LAST);
    assertThat(Math.abs(anchored - observed)).isLessThan(Math.abs(fixed - observed) / 2);
  }

  /** The mean of {@code v} over the entries of origin t (y only fixes the length). */
  private double meanAt(double[] v, double[] y, int t) {
    return java.util.stream.IntStream.range(0, y.length)
        .filter(i -> origin[i] == t)
        .mapToDouble(i -> v[i])
        .average()
        .orElseThrow();
  }

  @Test
  void theAnchoredMapIsAskedOfItsAnchorNotOfAnOrigin() {
    RollingCalibration anchored = RollingCalibration.named("anchored", HORIZON);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> anchored.mapAt(2015, origin, raw, outcome))
        .isInstanceOf(IllegalStateException.class);
  }
}
