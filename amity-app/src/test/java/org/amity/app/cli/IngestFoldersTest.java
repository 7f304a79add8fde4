package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every ingest format that takes a folder reads the shared data folders as they are: their {@code
 * PROVENANCE.md} is skipped with its reason and counted as skipped, never failed.
 */
class IngestFoldersTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @ParameterizedTest(name = "ingest {0} {1}")
  @CsvSource({
    "icews, icews",
    "icews-daily, icews-tkg-sea",
    "acled, acled",
    "ucdp-ged, ucdp-ged",
    "series, icews-scs-dyad-month"
  })
  void skipsTheProvenanceNoteOfASharedDataFolder(String format, String folder) throws Exception {
    Path data = TestData.file(folder);
    Cli.Run r =
        Cli.run(
            "ingest",
            format,
            "--db",
            dir.resolve("a.duckdb").toString(),
            "--json",
            data.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("failed").asInt()).isZero();
    assertThat(j.get("skipped").asInt()).isEqualTo(1);
    assertThat(j.get("accepted").asLong()).isPositive();
    JsonNode skipped = null;
    for (JsonNode f : j.get("results")) {
      if (f.get("status").asText().equals("SKIPPED")) {
        skipped = f;
      }
    }
    assertThat(skipped).isNotNull();
    assertThat(skipped.get("file").asText()).endsWith("PROVENANCE.md");
    assertThat(skipped.get("message").asText()).isEqualTo("not an event file: documentation");
  }

  @Test
  void skipsDocumentationBesideGdeltAndPolecatFilesAndSaysSo() throws Exception {
    Path gdelt = Files.createDirectory(dir.resolve("gdelt"));
    Files.createSymbolicLink(
        gdelt.resolve("20161013151500.export.CSV"),
        TestData.file("gdelt/events/20161013151500.export.CSV"));
    Files.writeString(gdelt.resolve("README"), "GDELT 2.0 exports\n");
    Cli.Run g =
        Cli.run("ingest", "gdelt", "--db", dir.resolve("g.duckdb").toString(), gdelt.toString());
    assertThat(g.exit()).as(g.err()).isZero();
    assertThat(g.out()).contains("2 file(s) (1 skipped)");
    assertThat(g.out())
        .contains("skipped: " + gdelt.resolve("README") + ": not an event file: documentation");

    Path polecat = Files.createDirectory(dir.resolve("polecat"));
    Files.writeString(
        polecat.resolve("week1.tsv"),
        "Event ID\tEvent Date\tEvent Type\tEvent Mode\tEvent Intensity\tContexts\tActor Name\t"
            + "Actor Country\tRecipient Name\tRecipient Country\tCountry\tLatitude\tLongitude\n"
            + "p1\t2023-03-02\tPROTEST\triot\t-7\tNone\tProtesters\tTHA\tPolice\tTHA\tTHA\t13.75"
            + "\t100.5\n",
        StandardCharsets.UTF_8);
    Files.writeString(polecat.resolve("codebook.pdf"), "%PDF-1.4\n");
    Files.writeString(polecat.resolve("NOTES.md"), "# notes\n");
    Cli.Run p =
        Cli.run(
            "ingest",
            "polecat",
            "--db",
            dir.resolve("p.duckdb").toString(),
            "--json",
            polecat.toString());
    assertThat(p.exit()).as(p.err()).isZero();
    JsonNode j = JSON.readTree(p.out());
    assertThat(j.get("skipped").asInt()).isEqualTo(2);
    assertThat(j.get("accepted").asInt()).isEqualTo(1);
  }
}
