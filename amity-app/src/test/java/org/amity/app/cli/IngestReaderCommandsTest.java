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

class IngestReaderCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private String db() {
    return dir.resolve("amity.duckdb").toString();
  }

  private JsonNode json(Cli.Run r) throws Exception {
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).as("stdout is one JSON document").matches("(?s)^[\\[{].*");
    return JSON.readTree(r.out());
  }

  @Test
  void ingestsIcewsDailyFilesReadingTheIcewsOnlyCodeAsItsParent() throws Exception {
    Path y2014 = TestData.file("icews-tkg-sea/icews14s_sea_events_2014-01-01_2014-09-30.csv");
    Path y2018 = TestData.file("icews-tkg-sea/icews18_sea_events_2018-08-29_2018-10-31.csv");
    JsonNode j =
        json(
            Cli.run(
                "ingest",
                "icews-daily",
                "--db",
                db(),
                "--json",
                y2014.toString(),
                y2018.toString()));
    assertThat(j.get("lines").asLong()).isEqualTo(12_237);
    assertThat(j.get("accepted").asLong()).isEqualTo(12_237);
    assertThat(j.get("rejected").asLong()).isZero();
    // line 3,315 of the 2018 file, "Reject judicial cooperation" (ICEWS 1213), read as 121
    assertThat(j.get("readAsParentCode").asLong()).isEqualTo(1);
    assertThat(j.get("results").get(0).get("dataset").asText()).isEqualTo("icews-daily");

    JsonNode again =
        json(Cli.run("ingest", "icews-daily", "--db", db(), "--json", y2014.toString()));
    assertThat(again.get("accepted").asLong()).isZero();
    assertThat(again.get("duplicates").asLong()).isEqualTo(6_498);

    JsonNode rejects = json(Cli.run("rejects", "--db", db(), "--json"));
    assertThat(rejects).isEmpty();
  }

  @Test
  void ingestsBothPiracyLayoutsAndRegionFiltersThem() throws Exception {
    Path imb = TestData.file("piracy/imb_pirate_attacks_1993-2017.csv");
    Path asam = TestData.file("piracy/nga_asam_1978-2019.csv");
    JsonNode j =
        json(Cli.run("ingest", "piracy", "--db", db(), "--json", imb.toString(), asam.toString()));
    assertThat(j.get("accepted").asLong()).isEqualTo(6_940 + 7_921);
    // twenty IMB records repeat an earlier record field for field: one incident each, so duplicates
    assertThat(j.get("duplicates").asLong()).isEqualTo(20);
    assertThat(j.get("results").get(0).get("format").asText()).isEqualTo("IMB_CRIME_AT_SEA");
    assertThat(j.get("results").get(1).get("format").asText()).isEqualTo("NGA_ASAM");
    // an incident in both files, or repeated in one, counts once: the further reports are kept
    // apart (table piracy_twins), so every record is either an event or a merged report
    assertThat(j.get("twinsMerged").asLong()).isEqualTo(4_182);
    assertThat(j.get("repeatsMerged").asLong()).isEqualTo(194);
    JsonNode stats = json(Cli.run("stats", "--db", db(), "--json"));
    assertThat(stats.get("datasets").get("piracy").asLong()).isEqualTo(14_861 - 4_182 - 194);
    JsonNode again =
        json(Cli.run("ingest", "piracy", "--db", db(), "--json", imb.toString(), asam.toString()));
    assertThat(again.get("accepted").asLong()).isEqualTo(4_182 + 194);
    assertThat(again.get("twinsMerged").asLong()).isZero();
    assertThat(again.get("repeatsMerged").asLong()).isZero();
    assertThat(again.get("twinsMergedAgain").asLong()).isEqualTo(4_182 + 194);
    stats = json(Cli.run("stats", "--db", db(), "--json"));
    assertThat(stats.get("datasets").get("piracy").asLong()).isEqualTo(14_861 - 4_182 - 194);

    String other = dir.resolve("asean.duckdb").toString();
    JsonNode asean =
        json(
            Cli.run(
                "ingest", "piracy", "--db", other, "--region", "asean", "--json", imb.toString()));
    assertThat(
            asean.get("accepted").asLong()
                + asean.get("filtered").asLong()
                + asean.get("duplicates").asLong())
        .isEqualTo(6_960);
    assertThat(asean.get("accepted").asLong()).isEqualTo(2_843);
    assertThat(asean.get("duplicates").asLong()).isEqualTo(12);
  }

  @Test
  void importsTheDyadMonthSeriesOnceAndRefusesOtherFilesAndRegion() throws Exception {
    Path scs = TestData.file("icews-scs-dyad-month/icews_scs_dyad_month_1991-2012.csv");
    JsonNode j = json(Cli.run("ingest", "series", "--db", db(), "--json", scs.toString()));
    assertThat(j.get("files").asInt()).isEqualTo(1);
    assertThat(j.get("lines").asLong()).isEqualTo(12_447);
    assertThat(j.get("accepted").asLong()).isEqualTo(12_447);
    assertThat(j.get("results").get(0).get("dataset").asText()).isEqualTo("series");
    JsonNode again = json(Cli.run("ingest", "series", "--db", db(), "--json", scs.toString()));
    assertThat(again.get("duplicates").asLong()).isEqualTo(12_447);

    Path events =
        Files.writeString(dir.resolve("x.csv"), "country,events\nTHA,3\n", StandardCharsets.UTF_8);
    Cli.Run wrong = Cli.run("ingest", "series", "--db", db(), events.toString());
    assertThat(wrong.exit()).isEqualTo(1);
    assertThat(wrong.out()).contains("not an ICEWS directed-dyad-month file");
    Cli.Run region = Cli.run("ingest", "series", "--db", db(), "--region", "asean", scs.toString());
    assertThat(region.exit()).isEqualTo(2);
    assertThat(region.err()).contains("--region does not apply");
  }
}
