package org.amity.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.amity.app.web.SignalFixtures;
import org.amity.response.kb.KnowledgeBase;
import org.amity.response.timeline.Visibility;
import org.amity.store.duckdb.DuckDbStorage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {
  @TempDir static Path dir;
  static DuckDbStorage store;
  static Reports reports;

  @BeforeAll
  static void open() throws Exception {
    store = ReportFixture.open(dir);
    reports =
        new Reports(
            store,
            KnowledgeBase.standard(),
            Clock.fixed(Instant.parse("2014-06-01T08:00:00Z"), ZoneOffset.UTC));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void aSituationPdfHoldsTheTitleThePrincipleChecksAndTheTimeline() {
    byte[] pdf =
        reports
            .situation(SignalFixtures.SCARBOROUGH, ReportFormat.PDF, Visibility.VIEWER)
            .orElseThrow();
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    ReportFixture.keep("situation-2.pdf", pdf);
    String text = ReportFixture.text(pdf).replaceAll("\\s+", " ");
    assertThat(text)
        .contains("China-Philippines: Scarborough Shoal standoff")
        .contains("Diplomatic means")
        .contains("Non-coercion")
        .contains(ReportFixture.CONSULTATION)
        .contains("2014-05-10")
        .contains("Data as of")
        .contains("China, Philippines")
        .contains(ReportFixture.FINDING);
    assertThat(text).doesNotContain(ReportFixture.NAME).doesNotContain("Crumbleton");
    assertThat(text).doesNotContain(ReportFixture.ANALYSTS_ONLY);
  }

  @Test
  void theEvidenceIsInWordsNotCodes() {
    String html = html(SignalFixtures.SCARBOROUGH, Visibility.VIEWER);
    assertThat(html).contains("China police").contains("Philippines government");
    assertThat(html).doesNotContain(">CHNCOP");
    // the subject too: "dyad China – Philippines", not "dyad CHN-PHL" (a conflict area reads
    // "conflict area Mindanao (Philippines)")
    assertThat(html).contains("dyad China – Philippines").doesNotContain("CHN-PHL");
  }

  @Test
  void analystsSeeTheirEntriesAndNobodySeesAParticipantName() {
    String html = html(SignalFixtures.SCARBOROUGH, Visibility.ADMIN);
    assertThat(html).contains(ReportFixture.ANALYSTS_ONLY).doesNotContain(ReportFixture.NAME);
  }

  @Test
  void theFontsAreEmbedded() throws Exception {
    byte[] pdf =
        reports
            .situation(SignalFixtures.THAILAND, ReportFormat.PDF, Visibility.VIEWER)
            .orElseThrow();
    try (PDDocument d = Loader.loadPDF(pdf)) {
      int fonts = 0;
      for (var page : d.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont f = page.getResources().getFont(name);
          assertThat(f.isEmbedded()).as(f.getName()).isTrue();
          fonts++;
        }
      }
      assertThat(fonts).isPositive();
    }
  }

  @Test
  void theChartIsSvgWithIsoDatesAndALegend() {
    String html = html(SignalFixtures.THAILAND, Visibility.VIEWER);
    assertThat(html)
        .contains("<svg")
        .contains("2014-05-")
        .contains("baseline band")
        .contains("alert period")
        .containsPattern("\\); (baseline: median|baseline is the detector)")
        .doesNotContain("baseline: baseline");
  }

  @Test
  void anUnknownSituationHasNoReport() {
    assertThat(reports.situation(999, ReportFormat.HTML, Visibility.VIEWER)).isEmpty();
  }

  @Test
  void theMonthListsWarnedSituationsNewOnesAndTrackTwoWithoutNames() {
    byte[] pdf = reports.month(YearMonth.of(2014, 5), ReportFormat.PDF, Visibility.VIEWER);
    ReportFixture.keep("month-2014-05.pdf", pdf);
    String text = ReportFixture.text(pdf).replaceAll("\\s+", " ");
    assertThat(text)
        .contains("Regional watch list 2014-05")
        .contains("Thailand: protests and political violence")
        .contains("China-Philippines: Scarborough Shoal standoff")
        .contains("Study group on the shoal")
        .doesNotContain("Myanmar: cyclone displacement")
        .doesNotContain(ReportFixture.NAME);
  }

  /**
   * Audit of the thirty-first round: the month's list said "Peak in month" and "an alert at warning
   * level or above during" the month, but the store keeps an alert's highest level over its whole
   * run, not the day it got there: an alert that reached warning in April and ran into May at watch
   * level was listed as at warning in May.
   */
  @Test
  void theMonthListSaysItsLevelIsTheAlertsHighestNotTheMonths() {
    String html =
        new String(
            reports.month(YearMonth.of(2014, 5), ReportFormat.HTML, Visibility.VIEWER),
            StandardCharsets.UTF_8);
    assertThat(html)
        .contains("Every situation with an alert active during 2014-05 that reached warning level")
        .contains("<th>Highest level reached</th>")
        .doesNotContain("Peak in month");
  }

  private String html(long id, Visibility v) {
    return new String(
        reports.situation(id, ReportFormat.HTML, v).orElseThrow(), StandardCharsets.UTF_8);
  }
}
