package org.amity.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.amity.store.duckdb.DuckDbEventStore;
import org.amity.store.duckdb.DuckDbStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectionEvaluatorTest {
  @TempDir Path dir;

  private static LocalDate d(String mmdd) {
    return LocalDate.parse("2025-" + mmdd);
  }

  private static Episode episode(
      String id,
      EpisodeType type,
      List<String> parties,
      String sea,
      String start,
      String peak,
      String end) {
    return new Episode(
        id,
        type,
        type.threatType(),
        parties,
        null,
        sea,
        "test",
        d(start),
        d(peak),
        d(end),
        "moderate",
        0.3,
        5,
        100);
  }

  /** 2025 with these episodes alone: no decoy, lull or chronic setting. */
  private static Truth yearOf(Episode... episodes) {
    return new Truth(
        "test",
        1,
        d("01-01"),
        d("12-31"),
        365,
        1000,
        List.of(episodes),
        List.of(),
        List.of(),
        List.of());
  }

  /** Four episodes and one decoy in 2025. */
  static Truth truth() {
    return new Truth(
        "test",
        1,
        d("01-01"),
        d("12-31"),
        365,
        1000,
        List.of(
            episode(
                "E1",
                EpisodeType.MARITIME_STANDOFF,
                List.of("CHN", "PHL"),
                "SOUTH_CHINA_SEA",
                "03-01",
                "03-15",
                "03-31"),
            episode("E2", EpisodeType.INSURGENCY, List.of("THA"), null, "06-01", "06-10", "06-30"),
            episode(
                "E3",
                EpisodeType.PIRACY,
                List.of("PHL", "MYS"),
                "SULU_CELEBES",
                "08-01",
                "08-20",
                "09-10"),
            episode("E4", EpisodeType.DISASTER, List.of("IDN"), null, "10-01", "10-05", "10-25")),
        List.of(new Decoy("D1", "decoy", "VNM", "summit", d("05-01"), d("05-03"), 3)),
        List.of(),
        List.of());
  }

  private long nextId = 1;

  private void insert(
      Connection c, String scope, String subject, String level, String opened, String closed)
      throws SQLException {
    String sql =
        "INSERT INTO alerts (id, situation_id, scope, subject, indicator, resolution, level,"
            + " peak_level, status, opened, updated, closed, period_start, period_end, value,"
            + " baseline, score, detector, threat_types, great_power_party, outside_power_share)"
            + " VALUES (?, NULL, ?, ?, 'conflict_share', 'day', ?, ?, ?, ?, ?, ?, ?, ?, 3.0, 1.0,"
            + " 4.2, 'robust-z', '{}', false, 0.0)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      LocalDate o = d(opened);
      LocalDate cl = closed == null ? null : d(closed);
      ps.setLong(1, nextId++);
      ps.setString(2, scope);
      ps.setString(3, subject);
      ps.setString(4, level);
      ps.setString(5, level);
      ps.setString(6, cl == null ? "open" : "closed");
      ps.setObject(7, o);
      ps.setObject(8, cl == null ? o : cl);
      ps.setObject(9, cl);
      ps.setObject(10, o);
      ps.setObject(11, o);
      ps.executeUpdate();
    }
  }

  /** Ten alerts: five related to episodes, five false (one on the decoy, one its echo). */
  private List<AlertRecord> fixtureAlerts() throws SQLException {
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("amity.duckdb"))) {
      Connection c = store.connection();
      insert(c, "dyad", "CHN>PHL", "alert", "03-05", "03-20"); // detects E1, lead 10
      insert(c, "country", "PHL", "warning", "03-10", null); // related to E1, later
      insert(c, "country", "THA", "warning", "06-12", null); // detects E2 after its peak: lead -2
      insert(c, "area", "SULU_CELEBES", "alert", "09-12", "09-20"); // related to E3, opened late
      insert(c, "country", "IDN", "warning", "09-24", "10-02"); // detects E4 at start-7: lead 11
      insert(c, "country", "VNM", "warning", "05-02", "05-04"); // false, on the decoy
      insert(c, "dyad", "KHM-VNM", "warning", "05-09", "05-12"); // false, the decoy's echo
      insert(c, "country", "LAO", "alert", "12-01", null); // false
      insert(c, "country", "PHL", "warning", "01-10", "01-15"); // false: before E1's window
      insert(c, "region", "ASEAN", "watch", "03-05", "03-09"); // false: regions never relate
      return StoredAlerts.read(DuckDbStorage.over(store).signals());
    }
  }

  @Test
  void scoresFixtureAlertsReadFromTheStore() throws SQLException {
    List<AlertRecord> alerts = fixtureAlerts();
    assertThat(alerts).hasSize(10);
    assertThat(alerts.get(0).subject()).isEqualTo("PHL");
    Evaluation ev = DetectionEvaluator.evaluate(truth(), alerts, "watch");
    assertThat(ev.episodes()).isEqualTo(4);
    assertThat(ev.detected()).isEqualTo(3);
    assertThat(ev.recall()).isEqualTo(0.75);
    assertThat(ev.alerts()).isEqualTo(10);
    assertThat(ev.relatedAlerts()).isEqualTo(5);
    assertThat(ev.precision()).isEqualTo(0.5);
    assertThat(ev.medianLeadDays()).isEqualTo(10.0);
    assertThat(ev.falseAlerts()).isEqualTo(5);
    assertThat(ev.falseAlertsPerCountryYear()).isEqualTo(0.4545);
    assertThat(ev.decoyAlerts()).isEqualTo(1);
    assertThat(ev.decoyAlertsWithEcho()).isEqualTo(2);
    assertThat(ev.alertsOutsideRun()).isZero();
    assertThat(ev.detail())
        .extracting(Evaluation.EpisodeResult::leadDays)
        .containsExactly(10L, -2L, null, 11L);
    // E3 relates to its late area alert and to the PHL alert still open since March.
    assertThat(ev.detail().get(2).relatedAlerts()).isEqualTo(2);
    assertThat(ev.detail().get(0).relatedAlerts()).isEqualTo(2);
    assertThat(ev.byType().get("piracy").recall()).isEqualTo(0.0);
    assertThat(ev.byType().get("maritime-standoff").medianLeadDays()).isEqualTo(10.0);
    assertThat(ev.falseAlertsBySubject()).containsEntry("country:PHL", 1);
    assertThat(ev.falseAlertsByLens()).containsExactly(java.util.Map.entry("conflict_share", 5));
  }

  @Test
  void scoringFromADayLeavesOutTheHistorysEpisodesAndTheAlertsAboutThem() throws SQLException {
    List<AlertRecord> alerts = new java.util.ArrayList<>(fixtureAlerts());
    // Opened after 1 July but about E2 (ended 30 June, within its tail): history, not false.
    alerts.add(new AlertRecord(98, "country", "THA", "x", "warning", "warning", d("07-03"), null));
    // Opened after 1 July about nothing: false in the scored half.
    alerts.add(new AlertRecord(99, "country", "KHM", "x", "warning", "warning", d("07-20"), null));
    Evaluation ev = DetectionEvaluator.evaluateFrom(truth(), alerts, "watch", d("07-01"));
    assertThat(ev.detail()).extracting(Evaluation.EpisodeResult::id).containsExactly("E3", "E4");
    assertThat(ev.detected()).isEqualTo(1);
    // SULU_CELEBES (E3, late), IDN (E4), LAO and KHM (false); the THA alert and every alert
    // opened before July are left out.
    assertThat(ev.alerts()).isEqualTo(4);
    assertThat(ev.relatedAlerts()).isEqualTo(2);
    assertThat(ev.falseAlertsBySubject())
        .containsOnlyKeys("country:LAO", "country:KHM")
        .doesNotContainKey("country:THA");
    assertThat(ev.falseAlertsByLens())
        .containsOnly(java.util.Map.entry("conflict_share", 1), java.util.Map.entry("x", 1));
    assertThat(ev.decoyAlerts()).isZero();
    // Two false alerts over 11 members and the 184 scored days.
    assertThat(ev.years()).isEqualTo(Math.round(184 / 365.0 * 10_000) / 10_000.0);
    assertThat(ev.falseAlertsPerCountryYear())
        .isEqualTo(Math.round(2 / (11 * 184 / 365.0) * 10_000) / 10_000.0);
    assertThat(DetectionEvaluator.evaluateFrom(truth(), alerts, "watch", null))
        .isEqualTo(DetectionEvaluator.evaluate(truth(), alerts, "watch"));
  }

  @Test
  void anAlertAboutAScoredEpisodeCountsEvenWhenAHistoryEpisodeInvolvesItsCountry() {
    // A piracy wave off Singapore and Malaysia that began in the history and carries Indonesian
    // gangs (IDN involved) until 20 July, and a disaster in Indonesia from 10 July (seed 2514 of
    // the spent checks in small): the disaster's alert on IDN overlaps the wave's tail.
    Episode wave =
        new Episode(
            "P1",
            EpisodeType.PIRACY,
            EpisodeType.PIRACY.threatType(),
            List.of("SGP", "MYS"),
            List.of("IDN"),
            "MALACCA_SINGAPORE",
            "test",
            d("05-01"),
            d("06-01"),
            d("07-20"),
            "strong",
            1.0,
            20,
            100);
    Episode disaster =
        episode("D1", EpisodeType.DISASTER, List.of("IDN"), null, "07-10", "07-15", "08-10");
    Truth truth = yearOf(wave, disaster);
    AlertRecord humanitarian =
        new AlertRecord(
            1, "country", "IDN", "humanitarian", "alert", "alert", d("07-11"), d("08-20"));
    // About the wave alone (its tail, no scored episode of IDN then): still left out.
    AlertRecord waveOnly =
        new AlertRecord(
            2, "country", "IDN", "conflict_7d", "watch", "watch", d("07-01"), d("07-02"));
    Evaluation ev =
        DetectionEvaluator.evaluateFrom(
            truth, List.of(humanitarian, waveOnly), "watch", d("07-01"));
    assertThat(ev.detail()).extracting(Evaluation.EpisodeResult::id).containsExactly("D1");
    assertThat(ev.detected()).isEqualTo(1);
    assertThat(ev.detail().get(0).firstAlert()).contains("humanitarian").contains("2025-07-11");
    assertThat(ev.alerts()).isEqualTo(1);
    assertThat(ev.falseAlerts()).isZero();
  }

  @Test
  void anAlertOpenedInTheHistorysLastWeekDetectsAScoredEpisodeStartingInTheFirst() {
    // A standoff from 3 July, the scored days starting on 1 July: a dyad warning opened on 28 June
    // (five days before its start) is its detection, as it would be in a run scored from the first
    // day. A country alert opened on 20 June (13 days before) is too early to detect it and stays
    // the history's business; so does one on 29 June about nothing scored.
    Episode standoff =
        episode(
            "S1",
            EpisodeType.MARITIME_STANDOFF,
            List.of("CHN", "VNM"),
            "SOUTH_CHINA_SEA",
            "07-03",
            "07-10",
            "07-30");
    Truth truth = yearOf(standoff);
    AlertRecord eve =
        new AlertRecord(
            1, "dyad", "CHN-VNM", "dyad_conflict_7d", "warning", "warning", d("06-28"), d("07-20"));
    AlertRecord tooEarly =
        new AlertRecord(
            2, "country", "VNM", "conflict_7d", "watch", "watch", d("06-20"), d("07-05"));
    AlertRecord elsewhere =
        new AlertRecord(3, "country", "LAO", "conflict_7d", "watch", "watch", d("06-29"), null);
    Evaluation ev =
        DetectionEvaluator.evaluateFrom(
            truth, List.of(eve, tooEarly, elsewhere), "watch", d("07-01"));
    assertThat(ev.detected()).isEqualTo(1);
    assertThat(ev.detail().get(0).firstAlert()).contains("CHN-VNM").contains("2025-06-28");
    assertThat(ev.detail().get(0).leadDays()).isEqualTo(12L);
    assertThat(ev.alerts()).isEqualTo(1);
    assertThat(ev.falseAlerts()).isZero();
    assertThat(ev.alertsOutsideRun()).isEqualTo(1);
  }

  @Test
  void theScoredPartMustStartInsideTheRun() {
    assertThatThrownBy(() -> truth().from(d("01-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("after the first simulated day");
    assertThatThrownBy(() -> truth().from(LocalDate.parse("2026-01-01")))
        .hasMessageContaining("no later than the last");
    Truth second = truth().from(d("07-01"));
    assertThat(second.days()).isEqualTo(184);
    assertThat(second.end()).isEqualTo(d("12-31"));
    assertThat(second.decoys()).isEmpty();
  }

  @Test
  void countsOnlyAlertsAtOrAboveTheMinimumLevel() throws SQLException {
    List<AlertRecord> alerts = fixtureAlerts();
    Evaluation warning = DetectionEvaluator.evaluate(truth(), alerts, "warning");
    assertThat(warning.alerts()).isEqualTo(9);
    assertThat(warning.falseAlerts()).isEqualTo(4);
    Evaluation alert = DetectionEvaluator.evaluate(truth(), alerts, "alert");
    assertThat(alert.alerts()).isEqualTo(3);
    assertThat(alert.detected()).isEqualTo(1);
    assertThat(alert.medianLeadDays()).isEqualTo(10.0);
    assertThatThrownBy(() -> DetectionEvaluator.evaluate(truth(), alerts, "loud"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withoutAlertsNothingIsDetectedAndPrecisionIsUndefined() {
    Evaluation ev = DetectionEvaluator.evaluate(truth(), List.of(), null);
    assertThat(ev.recall()).isEqualTo(0.0);
    assertThat(ev.precision()).isNull();
    assertThat(ev.medianLeadDays()).isNull();
    assertThat(ev.falseAlertsPerCountryYear()).isZero();
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(DetectionEvaluator.median(List.of(4L, -2L, 9L, 5L))).isEqualTo(4.5);
    assertThat(DetectionEvaluator.median(List.of(3L))).isEqualTo(3.0);
  }

  @Test
  void falseAlertRateIsPerMemberAndSimulatedYear() {
    Truth half =
        new Truth(
            "test",
            1,
            d("01-01"),
            d("07-01"),
            182,
            1000,
            List.of(),
            List.of(),
            List.of(),
            List.of());
    AlertRecord a = new AlertRecord(1, "country", "LAO", "x", "watch", "watch", d("03-01"), null);
    Evaluation ev = DetectionEvaluator.evaluate(half, List.of(a, a), "watch");
    assertThat(ev.falseAlertsPerCountryYear())
        .isEqualTo(Math.round(2 / (11 * 182 / 365.0) * 1e4) / 1e4);
  }
}
