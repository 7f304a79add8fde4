package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imported aggregate series keep their meaning: the ICEWS South China Sea dyad-month counts,
 * imported as about the South China Sea, make the China-Philippines situation maritime, and the
 * recommender then ranks a maritime instrument among its first three options.
 */
class SeriesMeaningTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Instruments that work only at sea (their domains do not include land). */
  private static final Set<String> MARITIME =
      Set.of("doc", "cues", "acgf", "malacca-strait-patrols", "sulu-celebes-tca", "recaap-isc");

  @TempDir Path dir;

  private JsonNode chinaPhilippines(String db) throws Exception {
    Cli.Run w = Cli.run("watch", "--db", db, "--full");
    assertThat(w.exit()).as(w.err()).isZero();
    Cli.Run s = Cli.run("situations", "--db", db, "--status", "all", "--json");
    assertThat(s.exit()).as(s.err()).isZero();
    JsonNode latest = null;
    for (JsonNode n : JSON.readTree(s.out())) {
      if (n.get("subject").asText().equals("CHN-PHL")
          && (latest == null
              || n.get("opened").asText().compareTo(latest.get("opened").asText()) > 0)) {
        latest = n;
      }
    }
    assertThat(latest).as("a CHN-PHL situation").isNotNull();
    return latest;
  }

  @Test
  void theSouthChinaSeaSeriesMakeChinaPhilippinesMaritimeWithAMaritimeOptionInTheTopThree()
      throws Exception {
    String db = dir.resolve("scs.duckdb").toString();
    Cli.Run in =
        Cli.run(
            "ingest",
            "series",
            "--db",
            db,
            "--area",
            "south-china-sea",
            "--themes",
            "territory",
            TestData.file("icews-scs-dyad-month/icews_scs_dyad_month_1991-2012.csv").toString());
    assertThat(in.exit()).as(in.err()).isZero();
    JsonNode s = chinaPhilippines(db);
    assertThat(s.get("domain").asText()).isEqualTo("maritime");
    assertThat(s.get("themes").toString()).contains("territory");
    Cli.Run r =
        Cli.run(
            "recommend", "--db", db, "--situation", s.get("id").asText(), "--top", "3", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> top = new ArrayList<>();
    for (JsonNode o : JSON.readTree(r.out()).get("options")) {
      JsonNode i = o.get("instrument");
      top.add(i.isTextual() ? i.asText() : i.get("id").asText());
    }
    assertThat(top).hasSize(3).anyMatch(MARITIME::contains);
  }

  @Test
  void aSidecarFileDeclaresWhatTheSeriesAreAbout() throws Exception {
    Files.createDirectories(dir.resolve("in"));
    Path copy = dir.resolve("in/scs.csv");
    Files.copy(TestData.file("icews-scs-dyad-month/icews_scs_dyad_month_1991-2012.csv"), copy);
    Files.writeString(dir.resolve("in/scs.csv.meta.properties"), "area = south-china-sea\n");
    String db = dir.resolve("side.duckdb").toString();
    Cli.Run in = Cli.run("ingest", "series", "--db", db, dir.resolve("in").toString());
    assertThat(in.exit()).as(in.err() + in.out()).isZero();
    assertThat(chinaPhilippines(db).get("domain").asText()).isEqualTo("maritime");
    Cli.Run stats = Cli.run("stats", "--db", db, "--json");
    JsonNode imported = JSON.readTree(stats.out()).get("importedSeries");
    assertThat(imported).hasSize(1);
    assertThat(imported.get(0).get("source").asText()).isEqualTo("import:scs.csv");
    assertThat(imported.get(0).get("points").asLong()).isPositive();
  }

  @Test
  void anUnknownSeaAreaIsRefusedWithTheKnownOnes() {
    Cli.Run in =
        Cli.run(
            "ingest",
            "series",
            "--db",
            dir.resolve("x.duckdb").toString(),
            "--area",
            "north-sea",
            dir.toString());
    assertThat(in.exit()).isEqualTo(2);
    assertThat(in.err()).contains("unknown sea area: north-sea").contains("south-china-sea");
  }
}
