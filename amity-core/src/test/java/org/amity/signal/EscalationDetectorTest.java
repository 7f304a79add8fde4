package org.amity.signal;

import static org.amity.signal.SignalFixtures.poisson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EscalationDetectorTest {
  private static final DetectionSpec DAILY =
      DetectorConfig.standard().specs().stream()
          .filter(s -> s.name().equals("conflict"))
          .findFirst()
          .orElseThrow();
  private static final DetectionSpec ROLLING =
      DetectorConfig.standard().specs().stream()
          .filter(s -> s.name().equals("conflict_7d"))
          .findFirst()
          .orElseThrow();
  private static final DetectionSpec MONTHLY_COUNTS =
      DetectorConfig.standard().specs().stream()
          .filter(s -> s.name().equals("sea_incidents"))
          .findFirst()
          .orElseThrow();

  /** A daily series: volume per day (with weekday cycle) and conflict drawn at a share. */
  private static final class Synth {
    final List<LocalDate> days = new ArrayList<>();
    final double[] volume;
    final double[] conflict;
    final Random r;

    Synth(int n, long seed) {
      r = new Random(seed);
      volume = new double[n];
      conflict = new double[n];
      LocalDate d = LocalDate.of(2024, 1, 1);
      for (int i = 0; i < n; i++) {
        days.add(d.plusDays(i));
      }
    }

    /** Fills days [from, to) with a base volume, a weekend dip, a share, and over-dispersion. */
    Synth fill(int from, int to, double baseVolume, double share) {
      for (int i = from; i < to; i++) {
        int dow = days.get(i).getDayOfWeek().getValue();
        double v = baseVolume * (dow >= 6 ? 0.7 : 1.0) * Math.exp(0.15 * r.nextGaussian());
        volume[i] = Math.round(v);
        double p = Math.min(0.95, share * Math.exp(0.1 * r.nextGaussian()));
        int k = 0;
        for (int j = 0; j < volume[i]; j++) {
          if (r.nextDouble() < p) {
            k++;
          }
        }
        conflict[i] = k;
      }
      return this;
    }

    SeriesScores score() {
      return new EscalationDetector(DAILY.settings()).score(days, conflict, volume);
    }

    List<DetectedAlert> alerts() {
      return AlertBuilder.alerts(DAILY, "THA", score());
    }
  }

  @Test
  void aFourWeekSumIsJudgedOnlyAgainstSumsThatAddFourFullWeeks() {
    DetectionSpec fourWeeks =
        DetectorConfig.standard().specs().stream()
            .filter(s -> s.name().equals("sea_incidents_28d"))
            .findFirst()
            .orElseThrow();
    int n = 200;
    List<LocalDate> days = new ArrayList<>();
    double[] incidents = new double[n];
    for (int i = 0; i < n; i++) {
      days.add(LocalDate.of(2025, 1, 1).plusDays(i));
      incidents[i] = i % 2 == 0 ? 1 : 2; // every four weeks hold 42
    }
    SeriesScores s = fourWeeks.score(days, incidents, null);
    int first = 0;
    while (Double.isNaN(s.expected()[first])) {
      first++;
    }
    // the first 27 sums add fewer days: the window starts at the 28th, and needs 28 sums
    DetectorSettings set = fourWeeks.settings();
    assertThat(first).isEqualTo(27 + set.guard() + set.minHistory());
    for (int t = first; t < n; t++) {
      assertThat(s.expected()[t]).as("day %d", t).isEqualTo(42.0);
      assertThat(s.levels()[t]).as("day %d", t).isEqualTo(Level.NONE);
    }
  }

  @Test
  void staysQuietOnAStableSeriesWithWeekdayCycles() {
    int alerts = 0;
    for (long seed = 1; seed <= 10; seed++) {
      alerts += new Synth(365, seed).fill(0, 365, 400, 0.12).alerts().size();
    }
    assertThat(alerts).as("alerts in ten quiet years").isLessThanOrEqualTo(2);
  }

  @Test
  void ignoresAMediaBurstThatKeepsTheConflictShare() {
    for (long seed = 1; seed <= 10; seed++) {
      Synth s = new Synth(200, seed).fill(0, 200, 300, 0.12);
      s.fill(120, 126, 1500, 0.12); // five times the news, same mix
      assertThat(s.alerts()).as("seed " + seed).isEmpty();
    }
  }

  @Test
  void raisesAnAlertBeforeThePeakOfAnEscalation() {
    for (long seed = 1; seed <= 10; seed++) {
      Synth s = new Synth(200, seed).fill(0, 200, 300, 0.10);
      for (int d = 0; d < 14; d++) { // share ramps from 10% to 38% over two weeks, peak day 134
        s.fill(120 + d, 121 + d, 300 + 20 * d, 0.10 + 0.02 * d);
      }
      s.fill(134, 140, 500, 0.30);
      List<DetectedAlert> alerts = s.alerts();
      assertThat(alerts).as("seed " + seed).isNotEmpty();
      DetectedAlert first = alerts.get(0);
      assertThat(first.opened()).isBefore(LocalDate.of(2024, 1, 1).plusDays(134 - 3));
      assertThat(first.opened()).isAfter(LocalDate.of(2024, 1, 1).plusDays(110));
      assertThat(alerts.stream().map(DetectedAlert::peakLevel)).contains(Level.ALERT);
    }
  }

  /**
   * A 40% rise in the conflict share, held: no single day stands out, so the daily detector misses
   * it; seven-day sums with their CUSUM catch most.
   */
  @Test
  void catchesMostSustainedModestShiftsOverSevenDaySums() {
    int caught = 0;
    for (long seed = 1; seed <= 10; seed++) {
      Synth s = new Synth(200, seed).fill(0, 120, 400, 0.10).fill(120, 200, 400, 0.14);
      SeriesScores scores =
          new EscalationDetector(ROLLING.settings())
              .score(s.days, ROLLING.rolled(s.conflict), ROLLING.rolled(s.volume));
      if (AlertBuilder.alerts(ROLLING, "THA", scores).stream()
          .anyMatch(a -> a.opened().isAfter(LocalDate.of(2024, 4, 28)))) {
        caught++;
      }
    }
    assertThat(caught).isGreaterThanOrEqualTo(7);
  }

  @Test
  void doesNotFlapWhenASeriesHoversAroundItsThreshold() {
    Synth s = new Synth(200, 3).fill(0, 120, 300, 0.10);
    for (int d = 120; d < 160; d++) {
      s.fill(d, d + 1, 300, d % 2 == 0 ? 0.30 : 0.11);
    }
    s.fill(160, 200, 300, 0.10);
    assertThat(s.alerts()).hasSize(1);
  }

  @Test
  void scoresPlainCountsForIncidentsAtSea() {
    List<LocalDate> months = new ArrayList<>();
    double[] counts = new double[60];
    Random r = new Random(5);
    for (int i = 0; i < 60; i++) {
      months.add(LocalDate.of(2012, 1, 1).plusMonths(i));
      counts[i] = poisson(r, i >= 50 && i < 54 ? 14 : 4);
    }
    SeriesScores s = new EscalationDetector(MONTHLY_COUNTS.settings()).score(months, counts, null);
    List<DetectedAlert> alerts = AlertBuilder.alerts(MONTHLY_COUNTS, "SULU_CELEBES", s);
    assertThat(alerts).isNotEmpty();
    assertThat(alerts.get(0).opened()).isBetween(months.get(49), months.get(51));
    assertThat(alerts.stream().filter(a -> a.opened().isBefore(months.get(48)))).isEmpty();
  }

  @Test
  void aLongEscalationLeavesNoDebtSoTheNextOneOpensAFreshAlert() {
    // a year-long rise in monthly counts, two quiet years, then a sharp new crisis: the first
    // alert must have closed, and the new crisis must open an alert of its own
    int n = 110;
    List<LocalDate> months = new ArrayList<>();
    double[] counts = new double[n];
    Random r = new Random(11);
    for (int i = 0; i < n; i++) {
      months.add(LocalDate.of(2000, 1, 1).plusMonths(i));
      counts[i] = poisson(r, i >= 48 && i < 62 ? 12 : i >= 90 && i < 93 ? 18 : 4);
    }
    SeriesScores s = new EscalationDetector(MONTHLY_COUNTS.settings()).score(months, counts, null);
    List<DetectedAlert> alerts = AlertBuilder.alerts(MONTHLY_COUNTS, "CHN-PHL", s);
    assertThat(alerts).hasSizeGreaterThanOrEqualTo(2);
    assertThat(alerts.get(0).opened()).isBetween(months.get(48), months.get(51));
    assertThat(alerts.get(0).closed()).isNotNull().isBefore(months.get(90));
    assertThat(alerts)
        .anyMatch(a -> !a.opened().isBefore(months.get(90)) && !a.opened().isAfter(months.get(91)));
  }

  @Test
  void needsHistoryBeforeScoring() {
    Synth s = new Synth(30, 1).fill(0, 30, 300, 0.1);
    SeriesScores scores = s.score();
    for (int i = 0; i < DAILY.settings().minHistory(); i++) {
      assertThat(scores.scores()[i]).isZero();
      assertThat(scores.expected()[i]).isNaN();
    }
  }
}
