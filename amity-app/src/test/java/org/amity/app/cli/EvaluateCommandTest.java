package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.amity.simulate.Decoy;
import org.amity.simulate.Episode;
import org.amity.simulate.EpisodeType;
import org.amity.simulate.Truth;
import org.amity.store.duckdb.DuckDbEventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void printsTheContractKeysForAlertsInTheStore() throws Exception {
    Path truth = dir.resolve("truth.json");
    new Truth(
            "test",
            1,
            LocalDate.parse("2025-01-01"),
            LocalDate.parse("2025-12-31"),
            365,
            1000,
            List.of(
                new Episode(
                    "E1",
                    EpisodeType.INSURGENCY,
                    "intra-state",
                    List.of("THA"),
                    null,
                    null,
                    "deep-south",
                    LocalDate.parse("2025-06-01"),
                    LocalDate.parse("2025-06-10"),
                    LocalDate.parse("2025-06-30"),
                    "weak",
                    0.1,
                    3,
                    50)),
            List.of(
                new Decoy(
                    "D1",
                    "decoy",
                    "LAO",
                    "summit",
                    LocalDate.parse("2025-03-01"),
                    LocalDate.parse("2025-03-03"),
                    3)),
            List.of(),
            List.of())
        .write(truth);
    Path db = dir.resolve("amity.duckdb");
    try (DuckDbEventStore s = DuckDbEventStore.open(db);
        Statement st = s.connection().createStatement()) {
      st.execute(row(1, "THA", "2025-06-03"));
      st.execute(row(2, "LAO", "2025-03-02"));
    }
    Cli.Run r = Cli.run("evaluate", "--truth", truth.toString(), "--db", db.toString(), "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    List<String> keys =
        List.of(
            "episodes",
            "detected",
            "recall",
            "precision",
            "medianLeadDays",
            "falseAlertsPerCountryYear");
    assertThat(List.copyOf(iterable(j.fieldNames())).subList(0, 6)).isEqualTo(keys);
    assertThat(j.get("recall").asDouble()).isEqualTo(1.0);
    assertThat(j.get("precision").asDouble()).isEqualTo(0.5);
    assertThat(j.get("medianLeadDays").asDouble()).isEqualTo(7.0);
    assertThat(j.get("decoyAlerts").asInt()).isEqualTo(1);

    Cli.Run text = Cli.run("evaluate", "--truth", truth.toString(), "--db", db.toString());
    assertThat(text.out()).contains("recall 1.000").contains("E1");

    // From May on, the decoy and its alert are history: one alert, on the episode.
    Cli.Run fromMay =
        Cli.run(
            "evaluate",
            "--truth",
            truth.toString(),
            "--db",
            db.toString(),
            "--score-from",
            "2025-05-01",
            "--json");
    assertThat(fromMay.exit()).as(fromMay.err()).isZero();
    JsonNode may = JSON.readTree(fromMay.out());
    assertThat(may.get("alerts").asInt()).isEqualTo(1);
    assertThat(may.get("precision").asDouble()).isEqualTo(1.0);
    assertThat(may.get("decoyAlerts").asInt()).isZero();
    assertThat(may.get("recall").asDouble()).isEqualTo(1.0);
  }

  @Test
  void historyGoesWithSeedsAndScoreFromWithATruthFile() {
    Cli.Run history = Cli.run("evaluate", "--truth", "t.json", "--history", "365");
    assertThat(history.exit()).isEqualTo(2);
    assertThat(history.err()).contains("with --truth use --score-from");
    Cli.Run from = Cli.run("evaluate", "--seeds", "1", "--score-from", "2025-06-01");
    assertThat(from.exit()).isEqualTo(2);
    assertThat(from.err()).contains("with --seeds use --history");
    Cli.Run negative = Cli.run("evaluate", "--seeds", "1", "--history", "-5");
    assertThat(negative.exit()).isEqualTo(2);
    assertThat(negative.err()).contains("--history must be 0 or more");
  }

  @Test
  void aMissingTruthFileIsBadUsage() {
    Cli.Run r =
        Cli.run(
            "evaluate",
            "--truth",
            dir.resolve("none.json").toString(),
            "--db",
            dir.resolve("a.duckdb").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no such truth file");
  }

  private static String row(int id, String subject, String opened) {
    return "INSERT INTO alerts (id, situation_id, scope, subject, indicator, resolution, level,"
        + " peak_level, status, opened, updated, closed, period_start, period_end, value, baseline,"
        + " score, detector, threat_types, great_power_party, outside_power_share) VALUES ("
        + id
        + ", NULL, 'country', '"
        + subject
        + "', 'conflict_share', 'day', 'warning', 'warning', 'open', DATE '"
        + opened
        + "', DATE '"
        + opened
        + "', NULL, DATE '"
        + opened
        + "', DATE '"
        + opened
        + "', 2, 1, 3, 'cusum', '{}', false, 0)";
  }

  private static <T> List<T> iterable(java.util.Iterator<T> it) {
    List<T> l = new java.util.ArrayList<>();
    it.forEachRemaining(l::add);
    return l;
  }
}
