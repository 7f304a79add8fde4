package org.amity.signal.daily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.amity.signal.Resolution;
import org.amity.signal.daily.NewsCoverage.Span;
import org.junit.jupiter.api.Test;

/** The union of news files' spans, and what it says of days and periods. */
class NewsCoverageTest {
  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void overlappingAndAdjacentSpansMergeAndOthersStayApart() {
    NewsCoverage c =
        NewsCoverage.of(
            List.of(
                new Span(d("2014-01-10"), d("2014-01-20")),
                new Span(d("2013-04-01"), d("2013-04-01")),
                new Span(d("2014-01-01"), d("2014-01-09")),
                new Span(d("2014-01-15"), d("2014-02-01"))));
    assertThat(c.spans())
        .containsExactly(
            new Span(d("2013-04-01"), d("2013-04-01")), new Span(d("2014-01-01"), d("2014-02-01")));
    assertThat(c.days()).isEqualTo(1 + 32);
  }

  @Test
  void aPeriodIsCoveredWhenAnyOfItsDaysIs() {
    NewsCoverage c = NewsCoverage.of(List.of(new Span(d("2013-04-01"), d("2013-04-01"))));
    assertThat(c.over(List.of(d("2013-03-31"), d("2013-04-01"), d("2013-04-02")), Resolution.DAY))
        .containsExactly(false, true, false);
    assertThat(c.over(List.of(d("2013-03-01"), d("2013-04-01"), d("2013-05-01")), Resolution.MONTH))
        .containsExactly(false, true, false);
  }

  @Test
  void everyPeriodIsJudgedAgainstEverySpanItMeets() {
    NewsCoverage c =
        NewsCoverage.of(
            List.of(
                new Span(d("2014-01-03"), d("2014-01-04")),
                new Span(d("2014-01-07"), d("2014-01-07")),
                new Span(d("2014-01-20"), d("2014-02-02"))));
    List<LocalDate> days = new java.util.ArrayList<>();
    for (LocalDate x = d("2014-01-01"); x.isBefore(d("2014-02-05")); x = x.plusDays(1)) {
      days.add(x);
    }
    boolean[] got = c.over(days, Resolution.DAY);
    for (int i = 0; i < got.length; i++) {
      assertThat(got[i]).as("%s", days.get(i)).isEqualTo(c.coversAny(days.get(i), days.get(i)));
    }
    assertThat(c.over(List.of(d("2013-12-30"), d("2014-01-06"), d("2014-01-13")), Resolution.WEEK))
        .containsExactly(true, true, false);
  }

  @Test
  void theLastCoveredDayIsFoundBeforeAGapAndNoneBeforeTheFirstSpan() {
    NewsCoverage c =
        NewsCoverage.of(
            List.of(
                new Span(d("2014-01-01"), d("2014-09-30")),
                new Span(d("2018-08-29"), d("2018-10-31"))));
    assertThat(c.lastCoveredOnOrBefore(d("2014-10-04"))).isEqualTo(d("2014-09-30"));
    assertThat(c.lastCoveredOnOrBefore(d("2014-05-04"))).isEqualTo(d("2014-05-04"));
    assertThat(c.lastCoveredOnOrBefore(d("2013-12-31"))).isNull();
    assertThat(c.coversAny(d("2014-10-01"), d("2018-08-28"))).isFalse();
  }

  @Test
  void withoutAnyNewsFileEveryDayCountsAsCovered() {
    assertThat(new NewsCoverage(List.of()).orAll()).isNull();
    NewsCoverage one = NewsCoverage.of(List.of(new Span(d("2013-04-01"), d("2013-04-01"))));
    assertThat(one.orAll()).isSameAs(one);
  }

  @Test
  void aFilesBackDatedRowsMakeRunsTooSmallToCoverAndAShortOutageStaysInside() {
    java.util.TreeMap<LocalDate, Long> rows = new java.util.TreeMap<>();
    rows.put(d("2012-04-01"), 18L);
    rows.put(d("2013-03-25"), 8L);
    rows.put(d("2013-03-31"), 4L);
    rows.put(d("2013-04-01"), 414L);
    rows.put(d("2013-04-04"), 40L); // two days without rows inside the run
    assertThat(NewsCoverage.spansOfFile(rows))
        .containsExactly(new Span(d("2013-03-31"), d("2013-04-04")));
  }

  @Test
  void aSpanCannotEndBeforeItStarts() {
    assertThatThrownBy(() -> new Span(d("2014-01-02"), d("2014-01-01")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
