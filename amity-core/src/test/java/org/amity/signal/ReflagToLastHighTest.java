package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link DetectorSettings#reflagToLastHigh}: when a protracted run comes back down, its still
 * raised last stretch is flagged again with the rest of the run, so it does not lift the baseline a
 * later rise of the same subject is judged against.
 */
class ReflagToLastHighTest {
  private static final LocalDate START = LocalDate.of(2021, 1, 1);

  private static DetectorSettings daily(boolean reflag) throws IOException {
    // a later key overrides the file's own, so both settings can be read from the shipped file
    String text =
        SignalFixtures.shippedDetectors() + "\nprofile.daily.reflagToLastHigh = " + reflag + "\n";
    DetectorConfig config = DetectorConfig.parse(text, "test");
    DetectorSettings s =
        config.specs().stream()
            .map(DetectionSpec::settings)
            .filter(x -> x.window() == 28 && x.guard() == 2 && x.protractAfter() == 28)
            .findFirst()
            .orElseThrow();
    assertThat(s.reflagToLastHigh()).isEqualTo(reflag);
    return s;
  }

  @Test
  void theShippedFileSetsTheKeyOnTheDailyAndSevenDayProfilesOnly() throws IOException {
    // the monthly, four-week, sparse and long profiles keep the shorter re-flag: on the monthly
    // dyad file the key split one real South China Sea warning in two (twenty-sixth round)
    Set<String> reflagged = new TreeSet<>();
    Set<String> dailyOrWeekly = new TreeSet<>();
    Matcher m =
        Pattern.compile("(?m)^spec\\.([a-z0-9_]+)\\.profile\\s*=\\s*(\\S+)")
            .matcher(SignalFixtures.shippedDetectors());
    while (m.find()) {
      if (Set.of("daily", "rolling7", "rolling7sum", "rolling7quiet").contains(m.group(2))) {
        dailyOrWeekly.add(m.group(1));
      }
    }
    for (DetectionSpec spec : DetectorConfig.standard().specs()) {
      if (spec.settings().reflagToLastHigh()) {
        reflagged.add(spec.name());
      }
    }
    assertThat(dailyOrWeekly).contains("conflict", "conflict_7d", "sea_pirates_7d");
    assertThat(reflagged).isEqualTo(dailyOrWeekly);
  }

  @Test
  void aStillRaisedTailIsFlaggedAgainWhenTheRunComesDown() throws IOException {
    // 100 incidents a day; the share is 0.10 for 120 days, 0.30 for 60 days (a raised run that
    // becomes protracted after four weeks), 0.10 again for 60 days, then 0.16 for two weeks
    int n = 254;
    double[] vol = new double[n];
    double[] x = new double[n];
    Random r = new Random(7);
    for (int i = 0; i < n; i++) {
      double p = i < 120 ? 0.10 : i < 180 ? 0.30 : i < 240 ? 0.10 : 0.16;
      vol[i] = 100;
      int k = 0;
      for (int j = 0; j < 100; j++) {
        k += r.nextDouble() < p ? 1 : 0;
      }
      x[i] = k;
    }
    List<LocalDate> days = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      days.add(START.plusDays(i));
    }
    SeriesScores off = new EscalationDetector(daily(false)).score(days, x, vol);
    SeriesScores on = new EscalationDetector(daily(true)).score(days, x, vol);
    int protractedAt = -1;
    int cameDown = -1;
    for (int i = 0; i < n; i++) {
      if (off.protractedAt()[i] && protractedAt < 0) {
        protractedAt = i;
      }
      if (protractedAt >= 0 && cameDown < 0 && i > protractedAt && !off.protracted()[i]) {
        cameDown = i;
      }
    }
    assertThat(protractedAt).as("the run became protracted").isBetween(140, 180);
    assertThat(cameDown).as("and came down after the share fell back").isBetween(181, 215);
    // identical up to the day it came down
    for (int i = 0; i <= cameDown; i++) {
      assertThat(on.scores()[i]).as("z at " + i).isEqualTo(off.scores()[i]);
      assertThat(on.levels()[i]).as("level at " + i).isEqualTo(off.levels()[i]);
    }
    // shipped, the run's last four weeks (still at 0.30 until day 180) stay in the baseline
    // after it came down; with the key they leave it, and the baseline is the old normal again
    int after = cameDown + 5;
    assertThat(off.baselineShare()[after]).isGreaterThan(0.13);
    assertThat(on.baselineShare()[after]).isLessThan(off.baselineShare()[after]).isLessThan(0.12);
    // so the later weak rise scores higher with the key
    double bestOff = Double.NEGATIVE_INFINITY;
    double bestOn = Double.NEGATIVE_INFINITY;
    for (int i = 240; i < n; i++) {
      bestOff = Math.max(bestOff, off.scores()[i]);
      bestOn = Math.max(bestOn, on.scores()[i]);
    }
    assertThat(bestOn).isGreaterThan(bestOff);
  }
}
