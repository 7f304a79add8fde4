package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestIcewsOfficeHoldersTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** An ICEWS .tab header line. */
  static final String HEADER =
      "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code"
          + "\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number"
          + "\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude";

  /** India's prime minister, with the party sectors ICEWS gives him, visiting Indonesia. */
  static final String MODI_VISITS =
      "32890052\t2018-06-01\tNarendra Modi\tDissident,Parties\tIndia\tMake a visit\t042\t1.9"
          + "\tIndonesia\tNA\tIndonesia\t47400801\t4\tABC\tJakarta\tNA\tJakarta\tIndonesia"
          + "\t-6.2\t106.8";

  private static final String MINISTRY =
      "32890053\t2018-06-01\tForeign Affairs (India)\tGovernment\tIndia\tMake a visit\t042\t1.9"
          + "\tIndonesia\tNA\tIndonesia\t47400802\t1\tABC\tJakarta\tNA\tJakarta\tIndonesia"
          + "\t-6.2\t106.8";

  @TempDir Path dir;

  private Path icews() throws Exception {
    return Files.write(
        dir.resolve("events.tab"), List.of(HEADER, MODI_VISITS, MINISTRY), StandardCharsets.UTF_8);
  }

  private Path dictionary() throws Exception {
    return Files.write(
        dir.resolve("leaders.actors.txt"),
        List.of("NARENDRA_MODI", "\t[INDGOV >20140526]"),
        StandardCharsets.UTF_8);
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
