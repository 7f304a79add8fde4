package org.amity.response.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeSuggesterTest {
  private static IndicatorTrace trace(double... values) {
    List<LocalDate> periods = new ArrayList<>();
    double[] expected = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      periods.add(LocalDate.parse("2014-01-01").plusMonths(i));
      expected[i] = 10;
    }
    return new IndicatorTrace("conflict", "month", periods, values, expected);
  }

  @Test
  void aSeriesBackAtItsBaselineAfterTheActionIsSuggestedDeEscalated() {
    SuggestedOutcome s =
        OutcomeSuggester.suggest(trace(30, 30, 30, 10, 10, 10), LocalDate.parse("2014-03-15"), 3);
    assertThat(s.outcome()).isEqualTo("de-escalated");
    assertThat(s.basis()).contains("baseline 10.0").contains("30.0 up to it");
  }

  @Test
  void aSeriesRisingAfterTheActionIsSuggestedEscalated() {
    SuggestedOutcome s =
        OutcomeSuggester.suggest(trace(20, 20, 20, 40, 40, 40), LocalDate.parse("2014-03-02"), 3);
    assertThat(s.outcome()).isEqualTo("escalated");
  }

  @Test
  void aSeriesHoldingAboveItsBaselineIsSuggestedUnchanged() {
    SuggestedOutcome s =
        OutcomeSuggester.suggest(trace(20, 20, 20, 21, 19, 20), LocalDate.parse("2014-03-02"), 3);
    assertThat(s.outcome()).isEqualTo("unchanged");
  }

  @Test
  void saysNothingBeforeEnoughPeriodsHavePassed() {
    assertThat(OutcomeSuggester.suggest(trace(20, 20, 20, 21), LocalDate.parse("2014-03-02"), 3))
        .isNull();
  }
}
