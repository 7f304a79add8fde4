package org.amity.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.amity.response.kb.KnowledgeBase;
import org.amity.response.timeline.Visibility;
import org.amity.store.duckdb.DuckDbStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MonthReportsTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC);
  private DuckDbStorage storage;

  @BeforeEach
  void open() throws Exception {
    storage = DuckDbStorage.open(null);
    try (Statement s = storage.eventStore().connection().createStatement()) {
      s.execute(
          "INSERT INTO situations VALUES (1, 'country', 'THA', 'Thailand: unrest',"
              + " 'warning', 'closed', '2016-04-11', '2016-05-31', '2016-06-01', '[]',"
              + " '{\"intra-state\":1.0}', 'land', 'crisis', false, 0.0, false, '[]')");
      s.execute(
          "INSERT INTO alerts (id, situation_id, scope, subject, indicator, resolution, level,"
              + " peak_level, status, opened, updated, closed, period_start, period_end, value,"
              + " baseline, score, detector, threat_types, great_power_party, outside_power_share)"
              + " VALUES (1, 1, 'country', 'THA', 'material_conflict_7d', 'day', 'watch',"
              + " 'warning', 'closed', '2016-04-11', '2016-05-31', '2016-06-01', '2016-04-11',"
              + " '2016-05-31', 9, 2, 4.1, 'robust-z', '{}', false, 0.0)");
      // protracted from 2000-07-01 (no longer a current warning), closed 2001-07-01
      s.execute(
          "INSERT INTO situations VALUES (2, 'country', 'IDN', 'Straits: piracy',"
              + " 'warning', 'closed', '2000-01-05', '2001-06-30', '2001-07-01', '[]',"
              + " '{\"intra-state\":1.0}', 'maritime', 'post-crisis', false, 0.0, false, '[]')");
      s.execute(
          "INSERT INTO alerts (id, situation_id, scope, subject, indicator, resolution, level,"
              + " peak_level, status, opened, updated, closed, period_start, period_end, value,"
              + " baseline, score, detector, threat_types, great_power_party, outside_power_share,"
              + " protracted) VALUES (2, 2, 'country', 'IDN', 'piracy', 'month', 'watch',"
              + " 'warning', 'closed', '2000-01-05', '2001-06-30', '2001-07-01', '2000-01-01',"
              + " '2001-06-30', 6, 1.4, 3.2, 'robust-z', '{}', false, 0.0, '2000-07-01')");
    }
  }

  @AfterEach
  void close() {
    storage.close();
  }

  /**
   * Audit 3 of the thirty-first round (G9): an alert is open from its opening to the day before it
   * closed, the closing day being the first back to normal. One that closed on 1 June was not
   * active in June.
   */
  @Test
  void anAlertThatClosedOnTheFirstOfTheMonthIsNotOnThatMonthsWatchList() {
    MonthReports reports =
        new MonthReports(
            storage, Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC));
    assertThat(reports.of(YearMonth.of(2016, 5), Visibility.VIEWER).rows()).hasSize(1);
    assertThat(reports.of(YearMonth.of(2016, 6), Visibility.VIEWER).rows()).isEmpty();
  }

  /**
   * Audit 4 of the thirty-second round (H2): "Closed this month" was read from the watch list's
   * rows, so a situation that closed on the 1st (its alert no longer open that month) was never
   * listed as closed, neither in its closing month nor in the one before.
   */
  @Test
  void aSituationThatClosedOnTheFirstOfTheMonthIsListedAsClosedInThatMonth() {
    MonthReport june = reports().of(YearMonth.of(2016, 6), Visibility.VIEWER);
    assertThat(june.closed()).extracting(s -> s.id()).containsExactly(1L);
    assertThat(reports().of(YearMonth.of(2016, 5), Visibility.VIEWER).closed()).isEmpty();
    assertThat(reports().of(YearMonth.of(2016, 4), Visibility.VIEWER).opened())
        .extracting(s -> s.id())
        .containsExactly(1L);
    assertThat(html(YearMonth.of(2016, 6)))
        .contains("Closed this month (1)")
        .contains(
            "2016-06-01: <a href=\"http://localhost:8080/situation.html?id=1\">#1</a> Thailand: unrest");
  }

  /**
   * Audit 4 of the thirty-second round (H4): the month list counted an alert as a current warning
   * until it closed, while the weekly trend stops counting it the day before it became protracted.
   * A situation whose alerts were all protracted before the month says so instead.
   */
  @Test
  void aSituationProtractedBeforeTheMonthIsListedAsProtractedNotAsACurrentWarning() {
    MonthReport.Row before = reports().of(YearMonth.of(2000, 6), Visibility.VIEWER).rows().get(0);
    assertThat(before.alerts()).isEqualTo(1);
    assertThat(before.protractedSince()).isNull();
    MonthReport.Row after = reports().of(YearMonth.of(2000, 12), Visibility.VIEWER).rows().get(0);
    assertThat(after.alerts()).isZero();
    assertThat(after.protractedSince()).isEqualTo(LocalDate.of(2000, 7, 1));
    assertThat(html(YearMonth.of(2000, 7)))
        .contains("protracted since 2000-07-01, no longer a current warning")
        .doesNotContain("warning (1 alert(s))");
    assertThat(html(YearMonth.of(2000, 6))).contains("warning (1 alert(s))");
  }

  /**
   * Audit 4 of the thirty-second round (H6): with no warning first raised in the month, the list of
   * unanswered ones said every such warning had been answered.
   */
  @Test
  void aMonthWithNoWarningSaysNoneWasRaisedRatherThanAllWereAnswered() {
    assertThat(html(YearMonth.of(2016, 6)))
        .contains("No warning was first raised this month.")
        .doesNotContain("every warning first raised this month has a consultation");
  }

  /**
   * Audit5 I8: the new and closed lists named situations by title only, so a Papua situation opened
   * (#49) and another of the same title closed (#48) on one day read as one situation opened and
   * closed. Each now carries its number, linked to its page in HTML.
   */
  @Test
  void theNewAndClosedListsGiveEachSituationsNumberSoTwoOfOneTitleReadApart() throws Exception {
    try (Statement s = storage.eventStore().connection().createStatement()) {
      s.execute(
          "INSERT INTO situations VALUES (3, 'country', 'THA', 'Thailand: unrest',"
              + " 'warning', 'open', '2016-06-01', '2016-06-20', NULL, '[]',"
              + " '{\"intra-state\":1.0}', 'land', 'crisis', false, 0.0, false, '[]')");
    }
    assertThat(html(YearMonth.of(2016, 6)))
        .contains(
            "2016-06-01: <a href=\"http://localhost:8080/situation.html?id=3\">#3</a> Thailand: unrest (warning)")
        .contains(
            "2016-06-01: <a href=\"http://localhost:8080/situation.html?id=1\">#1</a> Thailand: unrest (opened"
                + " 2016-04-11)");
    String pdf =
        ReportFixture.text(
                new Reports(storage, KnowledgeBase.standard(), CLOCK)
                    .month(YearMonth.of(2016, 6), ReportFormat.PDF, Visibility.VIEWER))
            .replaceAll("\\s+", " ");
    assertThat(pdf)
        .contains("2016-06-01: #3 Thailand: unrest (warning)")
        .contains("2016-06-01: #1 Thailand: unrest (opened 2016-04-11)");
  }

  /**
   * Thirty-fourth round: the HTML report's links were relative ("/situation.html?id=1"), so in a
   * file saved from the service or written by the CLI they pointed at the disk's root. They are now
   * written out in full against the dashboard's address.
   */
  @Test
  void theHtmlReportsLinksAreAbsoluteSoTheyWorkInASavedFile() throws Exception {
    String html =
        new String(
            new Reports(storage, KnowledgeBase.standard(), CLOCK)
                .month(
                    YearMonth.of(2016, 6),
                    ReportFormat.HTML,
                    Visibility.VIEWER,
                    "https://amity.example.org/watch/"),
            StandardCharsets.UTF_8);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<a href=\"([^\"]*)\">#1</a>").matcher(html);
    assertThat(m.find()).as("a link to situation 1").isTrue();
    assertThat(m.group(1)).isEqualTo("https://amity.example.org/watch/situation.html?id=1");
    // resolved against a saved file's own place it stays the dashboard's page
    assertThat(java.net.URI.create("file:///home/me/Downloads/report.html").resolve(m.group(1)))
        .hasToString("https://amity.example.org/watch/situation.html?id=1");
    assertThat(html).doesNotContain("href=\"/");
    assertThatThrownBy(
            () ->
                new Reports(storage, KnowledgeBase.standard(), CLOCK)
                    .month(
                        YearMonth.of(2016, 6),
                        ReportFormat.HTML,
                        Visibility.VIEWER,
                        "amity.example.org"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("an http or https URL with a host");
  }

  private MonthReports reports() {
    return new MonthReports(storage, CLOCK);
  }

  private String html(YearMonth month) {
    return new String(
        new Reports(storage, KnowledgeBase.standard(), CLOCK)
            .month(month, ReportFormat.HTML, Visibility.VIEWER),
        StandardCharsets.UTF_8);
  }
}
