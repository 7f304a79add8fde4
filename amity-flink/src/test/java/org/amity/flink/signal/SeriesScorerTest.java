package org.amity.flink.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amity.signal.Scope;
import org.amity.signal.daily.DayCounts;
import org.amity.signal.daily.IndicatorDay;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

/**
 * In continuous mode the scorer withdraws what it no longer finds: late reports that change a
 * series (here, a day whose conflict share looked high until the rest of its reports came) take
 * back the alert they had raised, under the same series and opening, so its id is not left behind.
 */
class SeriesScorerTest {
  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final LocalDate SPIKE = START.plusDays(60);

  @Test
  void anAlertThatLateReportsTakeBackIsWithdrawn() throws Exception {
    KeyedBroadcastOperatorTestHarness<String, IndicatorDay, Coverage, ScoredAlert> h =
        ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
            new SeriesScorer(new WatchSettings(new ArrayList<>(), null, null, true)),
            d -> Keys.subject(d.scope(), d.subject()),
            Types.STRING,
            SeriesScorer.COVERAGE);
    for (int i = 0; i < 60; i++) {
      h.processElement(day(START.plusDays(i), 100, 8 + i % 5), 0);
    }
    h.processElement(day(SPIKE, 100, 80), 0);
    h.watermark(Keys.dayEnd(SPIKE));
    h.watermark(Keys.dayEnd(SPIKE) + 1);
    List<ScoredAlert> first = new ArrayList<>(h.extractOutputValues());
    assertThat(first).as("the spike raises alerts").isNotEmpty().noneMatch(ScoredAlert::withdrawn);
    assertThat(first).allMatch(a -> a.alert().subject().equals("THA"));

    h.processElement(day(SPIKE, 3000, 0), 0); // the rest of the day's reports, none of conflict
    h.watermark(Keys.dayEnd(SPIKE.plusDays(1)));
    h.watermark(Keys.dayEnd(SPIKE.plusDays(1)) + 1);
    List<ScoredAlert> all = h.extractOutputValues();
    List<ScoredAlert> later = all.subList(first.size(), all.size());
    assertThat(later).as("every alert raised before is withdrawn").hasSameSizeAs(first);
    assertThat(later).allMatch(ScoredAlert::withdrawn);
    assertThat(later.stream().map(a -> a.alert().indicator() + a.alert().opened()).sorted())
        .containsExactlyElementsOf(
            first.stream().map(a -> a.alert().indicator() + a.alert().opened()).sorted().toList());
  }

  /** Thailand's counts on one day: incidents, of which conflict. */
  private static IndicatorDay day(LocalDate d, long incidents, long conflict) {
    return new IndicatorDay(
        Scope.COUNTRY,
        "THA",
        d,
        new DayCounts(
            incidents,
            incidents - conflict,
            0,
            conflict,
            0,
            incidents,
            conflict,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0));
  }
}
