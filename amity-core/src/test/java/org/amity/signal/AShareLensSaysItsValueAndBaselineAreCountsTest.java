package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A share lens is judged on a share but draws counts (audit4 H7): "Conflict's share of the news
 * between the two countries, over seven days" drew 17 against a baseline of 0.794, the count of
 * conflict incidents in the week against the count the usual share of that week's news would give.
 * Every lens the shipped detectors score says what its value and baseline are, in words.
 */
class AShareLensSaysItsValueAndBaselineAreCountsTest {
  @Test
  void theSevenDayDyadLensSaysItsTwoNumbersAreIncidentsNotShares() {
    assertThat(IndicatorName.valueCaption("dyad_conflict_7d"))
        .isEqualTo(
            "value: conflict incidents in the seven days; baseline: conflict incidents expected"
                + " at the usual share of those seven days' news");
    assertThat(IndicatorName.valueWords("dyad_conflict_7d").orElseThrow().share()).isTrue();
  }

  @Test
  void aDailyShareSaysTheDayAndAnImportedMonthlyShareItsEvents() {
    assertThat(IndicatorName.valueCaption("humanitarian"))
        .isEqualTo(
            "value: humanitarian incidents in the day; baseline: humanitarian incidents expected"
                + " at the usual share of that day's news");
    assertThat(IndicatorName.valueCaption("dyad_conflict_month"))
        .isEqualTo(
            "value: conflict events (verbal and material) in the month; baseline: conflict events"
                + " (verbal and material) expected at the usual share of that month's events");
  }

  @Test
  void aCountLensSaysItsBaselineIsTheWindowsMeanAndAPooledLensReadsItsSeaArea() {
    assertThat(IndicatorName.valueCaption("sea_incidents"))
        .isEqualTo(
            "value: attacks at sea in the month; baseline: attacks at sea expected from the"
                + " trailing window's mean");
    assertThat(IndicatorName.valueCaption("sea_abductions_4w"))
        .startsWith("value: abductions at sea in the four weeks;");
    assertThat(IndicatorName.valueCaption("sea_dyad_7d"))
        .startsWith("value: attacks at sea in the seven days;");
    assertThat(IndicatorName.valueWords("sea_incidents").orElseThrow().share()).isFalse();
  }

  /**
   * audit6 J12: two lenses named "over four weeks", one summing 28 days and one four weeks, were
   * worded "in the 28 days" and "in the four weeks". Whole weeks of days are said as weeks, as the
   * lenses' names say them; a single week of days stays "seven days", as its lenses are named.
   */
  @Test
  void aLensOfTwentyEightDaysIsWordedInFourWeeksAsItsNameSays() {
    assertThat(IndicatorName.valueCaption("sea_incidents_28d"))
        .isEqualTo(
            "value: attacks at sea in the four weeks; baseline: attacks at sea expected from the"
                + " trailing window's mean");
    assertThat(IndicatorName.valueCaption("humanitarian_28d_long"))
        .isEqualTo(
            "value: humanitarian incidents in the four weeks; baseline: humanitarian incidents"
                + " expected at the usual share of those four weeks' news");
    assertThat(ValueWords.period(14, "day")).isEqualTo("two weeks");
    assertThat(ValueWords.period(7, "day")).isEqualTo("seven days");
    assertThat(ValueWords.period(10, "day")).isEqualTo("ten days");
    assertThat(ValueWords.period(30, "day")).isEqualTo("30 days");
    assertThat(ValueWords.period(4, "week")).isEqualTo("four weeks");
  }

  @Test
  void everyShippedLensHasWordsAndNoneCallsItsValueAShare() {
    DetectorConfig standard = DetectorConfig.standard();
    for (String indicator : standard.indicators()) {
      assertThat(IndicatorName.valueCaption(indicator))
          .as(indicator + ": whole weeks of days are said as weeks, as the lenses are named")
          .doesNotContain("28 days")
          .doesNotContain("14 days")
          .doesNotContain("21 days");
    }
    everyShippedLensHasWords(standard);
  }

  private static void everyShippedLensHasWords(DetectorConfig standard) {
    for (String indicator : standard.indicators()) {
      ValueWords w = IndicatorName.valueWords(indicator).orElseThrow();
      assertThat(w.value()).as(indicator).doesNotContain("share").doesNotContain("_");
      assertThat(w.baseline()).as(indicator).doesNotContain("_");
      DetectionSpec spec = standard.alertSpec(indicator).orElseThrow();
      assertThat(w.share()).as(indicator).isEqualTo(spec.denominator() != null);
      assertThat(w.baseline())
          .as(indicator)
          .contains(w.share() ? "expected at the usual share of" : "trailing window's mean");
    }
  }

  @Test
  void anIndicatorNoDetectorScoresHasNoSuchWords() {
    assertThat(IndicatorName.valueWords("events")).isEmpty();
    assertThat(IndicatorName.valueCaption("conflict_incidents")).isNull();
  }
}
