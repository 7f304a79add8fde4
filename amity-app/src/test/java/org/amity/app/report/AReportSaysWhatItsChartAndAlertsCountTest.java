package org.amity.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.amity.app.web.SignalFixtures;
import org.amity.response.kb.KnowledgeBase;
import org.amity.response.timeline.Visibility;
import org.amity.store.duckdb.DuckDbStorage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The situation report says what its chart's two lines and its alerts' "value / baseline" are
 * (audit4 H7: a share lens drew counts under a label that says share), and advises a situation
 * still open in a store whose data end in an earlier year with the knowledge base of that year
 * (H10).
 */
class AReportSaysWhatItsChartAndAlertsCountTest {
  /** An open situation on Viet Nam with an alert of the seven-day conflict share. */
  private static final long VIET_NAM = 9;

  private static final String SEVEN_DAYS =
      "value: conflict incidents in the seven days; baseline: conflict incidents expected at the"
          + " usual share of those seven days' news";

  @TempDir static Path dir;
  static String thailand;
  static String vietNam;

  @BeforeAll
  static void reports() throws Exception {
    try (DuckDbStorage store = DuckDbStorage.open(dir.resolve("r.duckdb"))) {
      SignalFixtures.insert(store.eventStore().connection());
      try (Statement s = store.eventStore().connection().createStatement()) {
        s.execute(
            "INSERT INTO situations VALUES (9, 'country', 'VNM', 'Viet Nam: conflict news',"
                + " 'warning', 'open', '2014-04-10', '2014-04-20', NULL, '[\"VNM\"]',"
                + " '{\"inter-state\":1.0}', 'land', 'emerging', false, 0.0, false, '[]')");
        s.execute(
            "INSERT INTO alerts (id, situation_id, scope, subject, indicator, resolution, level,"
                + " peak_level, status, opened, updated, closed, period_start, period_end, value,"
                + " baseline, score, detector, threat_types, great_power_party,"
                + " outside_power_share) VALUES (91, 9, 'country', 'VNM', 'conflict_7d', 'day',"
                + " 'warning', 'warning', 'open', '2014-04-10', '2014-04-20', NULL, '2014-04-10',"
                + " '2014-04-20', 300, 140, 5.1, 'robust-z', '{\"inter-state\":1.0}', false, 0.0)");
      }
      Reports reports =
          new Reports(
              store,
              KnowledgeBase.standard(),
              Clock.fixed(Instant.parse("2014-06-01T08:00:00Z"), ZoneOffset.UTC));
      thailand = html(reports, SignalFixtures.THAILAND);
      vietNam = html(reports, VIET_NAM);
    }
  }

  private static String html(Reports reports, long id) {
    return new String(
        reports.situation(id, ReportFormat.HTML, Visibility.VIEWER).orElseThrow(),
        StandardCharsets.UTF_8);
  }

  @Test
  void theChartCaptionOfAScoredSeriesSaysItsLinesAreIncidents() {
    String caption =
        vietNam.substring(
            vietNam.indexOf("<div class=\"chart\">"), vietNam.indexOf("<h2>Typology"));
    assertThat(caption).contains("day points of conflict_7d").contains(SEVEN_DAYS);
  }

  @Test
  void theAlertsTableSaysItOncePerLensADetectorScores() {
    String alerts = thailand.substring(thailand.indexOf("<h2>Alerts</h2>"));
    assertThat(alerts)
        .contains(
            "material_conflict: value: material-conflict incidents in the day; baseline:"
                + " material-conflict incidents expected at the usual share of that day's"
                + " news")
        .doesNotContain("protest_count: value");
    assertThat(vietNam.substring(vietNam.indexOf("<h2>Alerts</h2>")))
        .contains("conflict_7d: " + SEVEN_DAYS);
  }

  @Test
  void anOpenSituationOfAStoreEndingIn2014IsAdvisedAsOf2014() {
    assertThat(thailand).contains("Options drawn from the knowledge base as of 2014");
  }
}
