package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The false-alert rate, recall and lead of the shipped daily and seven-day profiles, measured on
 * synthetic over-dispersed series. The profiles were tuned on seeds 1 to 60; these are other seeds,
 * so the figures (printed, and quoted in docs/signals.md) are a fair check of the tuning.
 *
 * <p>A series: daily volume with a weekend dip and 20% log-normal noise; each day's conflict share
 * wanders 15% (log-normal) around its level; the conflict count is binomial. An escalation ramps
 * the share linearly over 14 days to its peak (day 133), then holds it for a week.
 */
class ShippedProfilesCalibrationTest {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final int RAMP_START = 120;
  private static final int RAMP_DAYS = 14;
  private static final int PEAK = RAMP_START + RAMP_DAYS - 1;

  record Series(List<LocalDate> days, double[] volume, double[] conflict) {}

  static Series series(
      long seed, int n, double meanVolume, double share, int rampStart, double peakShare) {
    Random r = new Random(seed);
    List<LocalDate> days = new ArrayList<>();
    double[] volume = new double[n];
    double[] conflict = new double[n];
    for (int i = 0; i < n; i++) {
      LocalDate d = START.plusDays(i);
      days.add(d);
      double level = share;
      if (rampStart >= 0 && i >= rampStart && i < rampStart + RAMP_DAYS) {
        level = share + (peakShare - share) * (i - rampStart + 1) / RAMP_DAYS;
      } else if (rampStart >= 0 && i >= rampStart + RAMP_DAYS && i < rampStart + RAMP_DAYS + 7) {
        level = peakShare;
      }
      double weekday = d.getDayOfWeek().getValue() >= 6 ? 0.7 : 1.0;
      volume[i] = Math.round(meanVolume * weekday * Math.exp(0.2 * r.nextGaussian()));
      double p = Math.min(0.95, level * Math.exp(0.15 * r.nextGaussian()));
      int k = 0;
      for (int j = 0; j < volume[i]; j++) {
        if (r.nextDouble() < p) {
          k++;
        }
      }
      conflict[i] = k;
    }
    return new Series(days, volume, conflict);
  }

  static List<DetectedAlert> alerts(DetectionSpec spec, Series s) {
    SeriesScores scores = spec.score(s.days(), s.conflict(), s.volume());
    return AlertBuilder.alerts(spec, "T", scores);
  }

  /** False alerts per series-year of a spec on quiet series of these shares and volumes. */
  static double falsePerSeriesYear(
      DetectionSpec spec, long from, long to, double[] shares, double[] volumes) {
    int count = 0;
    int years = 0;
    for (long seed = from; seed <= to; seed++) {
      for (double share : shares) {
        for (double v : volumes) {
          count += alerts(spec, series(seed, 365, v, share, -1, 0)).size();
          years++;
        }
      }
    }
    return count / (double) years;
  }

  private record Figures(double falsePerSeriesYear, double recall, int medianLead) {}

  private static Figures measure(
      DetectionSpec spec,
      double share,
      double[] quietVolumes,
      double[] rampVolumes,
      double[] peaks) {
    int falseAlerts = 0;
    int seriesYears = 0;
    for (long seed = 1001; seed <= 1040; seed++) {
      for (double v : quietVolumes) {
        falseAlerts += alerts(spec, series(seed, 365, v, share, -1, 0)).size();
        seriesYears++;
      }
    }
    int caught = 0;
    int ramps = 0;
    List<Integer> leads = new ArrayList<>();
    for (long seed = 2001; seed <= 2040; seed++) {
      for (double peak : peaks) {
        for (double v : rampVolumes) {
          Series s = series(seed, 200, v, share, RAMP_START, peak);
          ramps++;
          // an alert counts when it opens from a week before the ramp to a week after the peak
          var hit =
              alerts(spec, s).stream()
                  .filter(a -> !a.opened().isBefore(s.days().get(RAMP_START - 7)))
                  .filter(a -> a.opened().isBefore(s.days().get(PEAK + 8)))
                  .findFirst();
          if (hit.isPresent()) {
            caught++;
            leads.add(PEAK - s.days().indexOf(hit.get().opened()));
          }
        }
      }
    }
    Collections.sort(leads);
    Figures f =
        new Figures(
            falseAlerts / (double) seriesYears,
            caught / (double) ramps,
            leads.isEmpty() ? Integer.MIN_VALUE : leads.get(leads.size() / 2));
    System.out.printf(
        "%s profile on held-out synthetic series: %.3f false alerts per series-year, recall %.2f,"
            + " median lead %d days%n",
        spec.name(), f.falsePerSeriesYear(), f.recall(), f.medianLead());
    return f;
  }

  /** A shipped spec by name. */
  static DetectionSpec shipped(String name) {
    return DetectorConfig.standard().specs().stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  /**
   * A shipped lens moved to another scope with its limits scaled: how the areas' and the dyads'
   * limits are derived from a country lens's.
   */
  static DetectionSpec inScope(String lens, Scope scope, double factor) {
    DetectionSpec s = shipped(lens);
    return new DetectionSpec(
        s.name(),
        scope,
        s.resolution(),
        s.numerator(),
        s.denominator(),
        0,
        s.rollingPeriods(),
        s.directed(),
        s.settings().withLimitsScaled(factor));
  }

  /** The limits a factor scales, and the least excess, of a detector's settings. */
  static double[] limits(DetectorSettings t) {
    return new double[] {
      t.zWarning(), t.zAlert(), t.cusumWatch(), t.cusumWarning(), t.cusumAlert(), t.minExcess()
    };
  }

  @Test
  void theDailyProfileRaisesFewFalseAlertsAndCatchesTwoWeekEscalationsBeforeTheirPeak() {
    Figures f =
        measure(
            shipped("conflict"),
            0.12,
            new double[] {60, 400, 3000},
            new double[] {60, 400},
            new double[] {0.2, 0.3, 0.5});
    assertThat(f.falsePerSeriesYear()).isLessThan(0.3);
    assertThat(f.recall()).isGreaterThanOrEqualTo(0.75);
    assertThat(f.medianLead()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void theSevenDayProfileDoesTheSameForThinSeries() {
    Figures f =
        measure(
            shipped("conflict_7d"),
            0.3,
            new double[] {8, 30, 200},
            new double[] {8, 30},
            new double[] {0.45, 0.6, 0.8});
    // the watch limit of 14 (one week is not a trend, SevenDayWatchLimitTest) buys fewer false
    // alerts (0.058 here, 0.092 at 12) with fewer two-week ramps caught (0.72, 0.77 at 12): on the
    // simulated design years it cost 3 episodes of 480 for 20 false alerts of 59 (docs/signals.md)
    assertThat(f.falsePerSeriesYear()).isLessThan(0.1);
    assertThat(f.recall()).isGreaterThanOrEqualTo(0.7);
    assertThat(f.medianLead()).isGreaterThanOrEqualTo(1);
  }
}
