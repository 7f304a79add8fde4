package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Alerts from a series' levels, built on readings written by hand. */
class AlertBuilderTest {
  private static final DetectionSpec MONTHLY =
      DetectorConfig.standard().specs().stream()
          .filter(s -> s.name().equals("sea_incidents"))
          .findFirst()
          .orElseThrow();

  /**
   * Audit 3 of the thirty-first round (G5): the Straits' alert of 2015-12 and the Sulu and Celebes
   * one of 2017-05 were stored protracted and closed on the same day, and their close then read
   * "protracted since 2015-12-01, its level came back down" that same day. A run whose protracted
   * state ends in the period it would begin was never protracted: it closes there.
   */
  @Test
  void aRunWhoseProtractedStateEndsInThePeriodItWouldBeginClosesThereWithoutBeingProtracted() {
    // raised in periods 1 to 6; protracted from period 7, where the level has already come down
    DetectedAlert a = only(reading(7, 7));
    assertThat(a.closed()).isEqualTo(month(7));
    assertThat(a.protracted()).isNull();
    assertThat(a.status()).isEqualTo("closed");
  }

  @Test
  void aRunThatStaysProtractedForAPeriodOrMoreIsProtractedUntilItCloses() {
    DetectedAlert a = only(reading(7, 9));
    assertThat(a.protracted()).isEqualTo(month(7));
    assertThat(a.closed()).isEqualTo(month(9));
    assertThat(a.status()).isEqualTo("closed");
  }

  /**
   * Raised in periods 1 to 6, protracted at {@code at}, the protracted state ending at {@code end}.
   */
  private static SeriesScores reading(int at, int end) {
    int n = 12;
    List<LocalDate> periods = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      periods.add(month(i));
    }
    Level[] levels = new Level[n];
    Arrays.fill(levels, Level.NONE);
    for (int i = 1; i < at; i++) {
      levels[i] = Level.WARNING;
    }
    boolean[] protracted = new boolean[n];
    for (int i = at; i < end; i++) {
      protracted[i] = true;
    }
    boolean[] protractedAt = new boolean[n];
    protractedAt[at] = true;
    double[] values = new double[n];
    double[] scores = new double[n];
    scores[3] = 4;
    return new SeriesScores(
        periods,
        values,
        null,
        new double[n],
        new double[n],
        scores,
        new double[n],
        levels,
        protracted,
        protractedAt);
  }

  private static DetectedAlert only(SeriesScores s) {
    List<DetectedAlert> found = AlertBuilder.alerts(MONTHLY, "STRAITS", s);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static LocalDate month(int i) {
    return LocalDate.of(2015, 6, 1).plusMonths(i);
  }
}
