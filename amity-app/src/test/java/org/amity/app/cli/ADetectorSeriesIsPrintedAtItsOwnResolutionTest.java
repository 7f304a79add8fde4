package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.amity.app.web.SignalFixtures;
import org.amity.store.duckdb.DuckDbStorage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code amity series} with a detector's name and no {@code --resolution} prints the detector's own
 * series, and an empty series says why (audit4 H9: {@code --indicator dyad_conflict_7d} alone
 * printed {@code "resolution": "month"} and {@code "points": []} without a word).
 */
class ADetectorSeriesIsPrintedAtItsOwnResolutionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static String db;

  @BeforeAll
  static void store() throws Exception {
    Path file = dir.resolve("series.duckdb");
    try (DuckDbStorage s = DuckDbStorage.open(file)) {
      SignalFixtures.insert(s.eventStore().connection());
    }
    db = file.toString();
  }

  private static Cli.Run series(String... more) {
    String[] args = {
      "series", "--db", db, "--scope", "country", "--subject", "VNM", "--indicator", "conflict_7d"
    };
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return Cli.run(all);
  }

  @Test
  void aDetectorsNameAloneGivesItsDailySeriesWithWhatValueAndBaselineAre() throws Exception {
    Cli.Run r = series("--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("resolution").asText()).isEqualTo("day");
    assertThat(j.get("points").size()).isGreaterThan(90);
    assertThat(j.get("points").get(0).has("level")).isTrue();
    assertThat(j.has("message")).isFalse();
    assertThat(j.get("valueInWords").asText())
        .isEqualTo(
            "value: conflict incidents in the seven days; baseline: conflict incidents expected"
                + " at the usual share of those seven days' news");
  }

  @Test
  void anEmptySeriesSaysWhyOnStderrAndInTheJsonAndStillExitsZero() throws Exception {
    String why =
        "no month points of conflict_7d for VNM: the detector conflict_7d scores day periods"
            + " only (ask for resolution day)";
    Cli.Run json = series("--resolution", "month", "--json");
    assertThat(json.exit()).as(json.err()).isZero();
    JsonNode j = JSON.readTree(json.out());
    assertThat(j.get("points")).isEmpty();
    assertThat(j.get("message").asText()).isEqualTo(why);
    Cli.Run text = series("--resolution", "month");
    assertThat(text.exit()).isZero();
    assertThat(text.out()).isEmpty();
    assertThat(text.err().strip()).isEqualTo(why);
  }

  @Test
  void aPlainIndicatorStillDefaultsToTheMonth() throws Exception {
    Cli.Run r =
        Cli.run(
            "series",
            "--db",
            db,
            "--scope",
            "country",
            "--subject",
            "VNM",
            "--indicator",
            "incidents",
            "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("resolution").asText()).isEqualTo("month");
    // the fixtures hold the watch's days but not the series it rolls up from them
    assertThat(j.get("points")).isEmpty();
    assertThat(j.get("message").asText())
        .isEqualTo(
            "no month points of incidents for VNM: the store holds no series for VNM (is the"
                + " subject spelled right, and has amity watch run?)");
    assertThat(j.has("valueInWords")).isFalse();
  }
}
