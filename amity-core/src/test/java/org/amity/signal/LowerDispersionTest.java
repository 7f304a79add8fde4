package org.amity.signal;

import static org.amity.signal.SignalFixtures.poisson;
import static org.amity.signal.SignalFixtures.shippedDetectors;
import static org.amity.signal.SignalFixtures.writtenProfile;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The {@code lowerDispersion} profile key (twenty-fifth round of issue 14, the pirates' lens): a
 * plain count's dispersion read from the lower side of its residuals (around the baseline mean, or
 * the typical period where the baseline has been lifted above it), so that an earlier wave of the
 * same sea still in the lookback does not widen the spread a later wave is judged by.
 */
class LowerDispersionTest {
  private static final String LENS = "sea_pirates_7d";
  private static final int DAYS = 300;

  @Test
  void thePiratesLensAloneReadsItsSpreadFromBelowAndTheKeyDefaultsToOff() throws IOException {
    for (DetectionSpec spec : DetectorConfig.standard().specs()) {
      assertThat(spec.settings().lowerDispersion())
          .as(spec.name())
          .isEqualTo(spec.name().equals(LENS));
    }
    assertThat(off().settings().lowerDispersion()).isFalse();
  }

  /**
   * The pirates' profile is the seven-day profile with the spread read from below: it starts from
   * that profile and sets only this key, so a change to the seven-day profile reaches it.
   */
  @Test
  void thePiratesProfileIsTheSevenDayProfileWithItsSpreadReadFromBelow() throws IOException {
    assertThat(writtenProfile(shippedDetectors(), "rolling7quiet"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("from", "rolling7", "lowerDispersion", "true"));
    DetectorConfig shipped = DetectorConfig.standard();
    assertThat(shipped.spec(LENS).orElseThrow().settings())
        .usingRecursiveComparison()
        .ignoringFields("lowerDispersion")
        .isEqualTo(shipped.spec("conflict_7d").orElseThrow().settings());
  }

  @Test
  void anEarlierWaveInTheLookbackNoLongerHidesALaterWeakWaveWithTheKeyOn() throws IOException {
    Random g = new Random(25);
    double[] day = quiet(g);
    for (int i = 170; i < 226; i++) {
      day[i] = poisson(g, 1.2); // an earlier, drawn-out wave: eight weeks at eight a week
    }
    for (int i = 256; i < 263; i++) {
      day[i] = 2; // a month after it, a weak wave: fourteen incidents in a week
    }
    double shipped = max(off().score(days(), day, null), 256, 270);
    double lower = max(on().score(days(), day, null), 256, 270);
    // the earlier wave's unflagged weeks fill most of the lookback and double the robust scale
    assertThat(shipped).isLessThan(2.5);
    assertThat(lower).isGreaterThan(1.5 * shipped);
  }

  @Test
  void theLowerSideIgnoresAnUpperSideAsWideAsItPleasesAndNeverFallsBelowOne() {
    double[] r = new double[84];
    for (int i = 0; i < 84; i++) {
      r[i] = i < 40 ? (i % 2 == 0 ? -1.5 : 0.2) : 3 + i % 5; // half the lookback a wave
    }
    assertThat(EscalationDetector.robustScale(r, 84)).isGreaterThan(2.5);
    double rms = Math.sqrt(1.5 * 1.5 * 20 / 20);
    assertThat(EscalationDetector.lowerDispersion(r, 84)).isEqualTo(rms);
    for (int i = 40; i < 84; i++) {
      r[i] = 30;
    }
    assertThat(EscalationDetector.lowerDispersion(r, 84)).isEqualTo(rms);
    double[] small = {-0.2, -0.5, 0.0, 0.4, 2.0};
    assertThat(EscalationDetector.lowerDispersion(small, 5)).isEqualTo(1.0);
  }

  @Test
  void aBaselineLiftedAboveTheQuietWeeksIsNotReadAsSpread() {
    // a build-up has lifted the baseline mean: the quiet weeks filling the lookback all sit about
    // 2 below it, within 0.3 of each other; measured around the mean their lower side would be 2
    double[] r = new double[84];
    for (int i = 0; i < 84; i++) {
      r[i] = -2 + (i % 2 == 0 ? 0.3 : -0.3);
    }
    assertThat(EscalationDetector.lowerDispersion(r, 84)).isEqualTo(1.0);
    for (int i = 0; i < 84; i++) {
      r[i] = -2 + (i % 2 == 0 ? 1.5 : -1.5);
    }
    assertThat(EscalationDetector.lowerDispersion(r, 84)).isEqualTo(1.5);
  }

  @Test
  void aQuietSeriesRaisesNothingWithTheKeyOn() throws IOException {
    for (long seed = 1; seed <= 5; seed++) {
      double[] day = quiet(new Random(seed));
      assertThat(max(on().score(days(), day, null), 0, DAYS))
          .isLessThan(on().settings().zWarning());
    }
  }

  private static double[] quiet(Random g) {
    double[] day = new double[DAYS];
    for (int i = 0; i < DAYS; i++) {
      day[i] = poisson(g, 0.15);
    }
    return day;
  }

  private static List<LocalDate> days() {
    List<LocalDate> d = new ArrayList<>();
    for (int i = 0; i < DAYS; i++) {
      d.add(LocalDate.of(2025, 1, 1).plusDays(i));
    }
    return d;
  }

  private static double max(SeriesScores s, int from, int to) {
    double best = 0;
    for (int i = from; i < to; i++) {
      best = Math.max(best, s.scores()[i]);
    }
    return best;
  }

  private static DetectionSpec on() {
    return DetectorConfig.standard().spec(LENS).orElseThrow();
  }

  private static DetectionSpec off() throws IOException {
    return DetectorConfig.parse(
            shippedDetectors() + "\nprofile.rolling7quiet.lowerDispersion = false\n", "t")
        .spec(LENS)
        .orElseThrow();
  }
}
