package org.amity.flink.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.amity.signal.Level;
import org.apache.flink.api.common.functions.util.ListCollector;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

/**
 * The pooled stage in continuous mode: a sea area's and a coastal dyad's readings, each below any
 * limit of its own but raised on the same four days, open a pooled watch on the sea with the dyad
 * as its carrier; when a later reading of the dyad no longer shares the rise, the watch is
 * withdrawn. A dyad's reading reaches the seas both its parties border and no other.
 */
class PoolScorerTest {
  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final int DAYS = 30;
  private static final WatchSettings SETTINGS =
      new WatchSettings(new ArrayList<>(), null, null, true);

  @Test
  void aRiseBothSidesShareOpensAWatchThatALaterReadingWithdraws() throws Exception {
    KeyedOneInputStreamOperatorTestHarness<String, PoolPart, ScoredAlert> h =
        ProcessFunctionTestHarnesses.forKeyedProcessFunction(
            new PoolScorer(SETTINGS), PoolPart::key, Types.STRING);
    for (PoolPart p : parts(reading("sea_incidents_7d", "SOUTH_CHINA_SEA", 3.0))) {
      h.processElement(p, 0);
    }
    for (PoolPart p : parts(reading("dyad_conflict_7d", "CHN-VNM", 3.0))) {
      h.processElement(p, 0);
    }
    h.processWatermark(Keys.dayEnd(START.plusDays(DAYS)));
    List<ScoredAlert> first = new ArrayList<>(h.extractOutputValues());
    // each side's score 3.0 is capped at just under 1.5 pooled spreads, so the pooled score is
    // just under 3.0: the CUSUM (allowance 1.5) reads 1.5, 3.0, 4.5 on days 10-12 and opens at 4
    assertThat(first).singleElement().satisfies(a -> assertThat(a.withdrawn()).isFalse());
    ScoredAlert a = first.get(0);
    assertThat(a.alert().indicator()).isEqualTo("sea_dyad_7d");
    assertThat(a.alert().subject()).isEqualTo("SOUTH_CHINA_SEA");
    assertThat(a.alert().opened()).isEqualTo(START.plusDays(12));
    assertThat(a.alert().peakLevel()).isEqualTo(Level.WATCH);
    assertThat(a.carriers()).containsExactly("CHN-VNM");

    for (PoolPart p : parts(reading("dyad_conflict_7d", "CHN-VNM", 0.0))) {
      h.processElement(p, 0);
    }
    h.processWatermark(Keys.dayEnd(START.plusDays(DAYS + 1)));
    List<ScoredAlert> all = h.extractOutputValues();
    assertThat(all.subList(first.size(), all.size()))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.withdrawn()).isTrue();
              assertThat(w.alert().opened()).isEqualTo(START.plusDays(12));
            });
  }

  @Test
  void aDyadsReadingGoesToTheSeasBothPartiesBorder() throws Exception {
    assertThat(parts(reading("dyad_conflict_7d", "CHN-VNM", 1.0)))
        .extracting(PoolPart::key)
        .containsExactly("sea_dyad_7d|SOUTH_CHINA_SEA");
    assertThat(parts(reading("dyad_conflict_7d", "CHN-USA", 1.0))).isEmpty();
    assertThat(parts(reading("sea_incidents_7d", "SULU_CELEBES", 1.0)))
        .extracting(PoolPart::key)
        .containsExactly("sea_dyad_7d|SULU_CELEBES");
    assertThat(parts(reading("conflict_7d", "VNM", 1.0))).as("a lens no pool reads").isEmpty();
  }

  private static List<PoolPart> parts(LensReading r) throws Exception {
    List<PoolPart> out = new ArrayList<>();
    PoolScorer.parts(SETTINGS).flatMap(r, new ListCollector<>(out));
    return out;
  }

  /** A series of {@link #DAYS} days, five expected a day, scoring {@code raised} on days 10-13. */
  private static LensReading reading(String lens, String subject, double raised) {
    long[] days = new long[DAYS];
    double[] values = new double[DAYS];
    double[] expected = new double[DAYS];
    double[] scores = new double[DAYS];
    Arrays.fill(expected, 5);
    Arrays.fill(values, 5);
    for (int i = 0; i < DAYS; i++) {
      days[i] = START.plusDays(i).toEpochDay();
      if (i >= 10 && i <= 13) {
        scores[i] = raised;
        values[i] = 5 + 3 * raised;
      }
    }
    return new LensReading(lens, subject, days, values, expected, scores);
  }
}
