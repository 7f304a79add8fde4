package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.amity.testing.IcewsRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestIcewsOfficeHoldersTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path icews() throws Exception {
    return Files.write(
        dir.resolve("events.tab"),
        List.of(IcewsRows.HEADER, IcewsRows.MODI_VISITS, IcewsRows.MINISTRY),
        StandardCharsets.UTF_8);
  }

  private Path dictionary() throws Exception {
    return Files.write(
        dir.resolve("leaders.actors.txt"), IcewsRows.MODI_DICTIONARY, StandardCharsets.UTF_8);
  }

  private String db(String name) {
    return dir.resolve(name).toString();
  }

  @Test
  void reportsHowManyActorsWereGivenTheStateRoleTheyHeldThatDay() throws Exception {
    Path dict = dictionary();
    Cli.Run r =
        Cli.run(
            "ingest",
            "icews",
            "--db",
            db("a.duckdb"),
            "--json",
            "--office-holders",
            dict.toString(),
            icews().toString());
    assertThat(r.exit()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("accepted").asLong()).isEqualTo(2);
    assertThat(j.get("officeHolders").asLong()).isEqualTo(1);
    assertThat(j.get("officeHoldersFile").asText()).isEqualTo(dict.toString());

    Cli.Run text =
        Cli.run(
            "ingest",
            "icews",
            "--db",
            db("b.duckdb"),
            "--office-holders",
            dict.toString(),
            icews().toString());
    assertThat(text.out())
        .contains("office holders: 1 actor(s) given the state role they held that day");
  }

  @Test
  void withoutAListTheRowsAreReadAsTheyAreAndNothingIsReported() throws Exception {
    Cli.Run r =
        Cli.run(
            "ingest",
            "icews",
            "--db",
            db("c.duckdb"),
            "--json",
            "--no-office-holders",
            icews().toString());
    assertThat(r.exit()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("accepted").asLong()).isEqualTo(2);
    assertThat(j.has("officeHolders")).isFalse();
  }

  @Test
  void aListNamedThatIsNotThereIsBadUsage() throws Exception {
    Cli.Run r =
        Cli.run(
            "ingest",
            "icews",
            "--db",
            db("d.duckdb"),
            "--office-holders",
            dir.resolve("missing.txt").toString(),
            icews().toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no office-holder dictionary at");
  }
}
