package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.amity.testing.GdeltLines;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private String db() {
    return dir.resolve("amity.duckdb").toString();
  }

  /**
   * Audit5 I10: the summary said "6,960 lines" for the IMB file of 7,594 lines on disk: the count
   * is of records (the header not counted, a report written over several lines counted once), and
   * now says so.
   */
  @Test
  void theIngestSummaryCountsRecordsNotPhysicalLines() throws Exception {
    Path imb = TestData.file("piracy/imb_pirate_attacks_1993-2017.csv");
    Cli.Run r = Cli.run("ingest", "piracy", "--db", db(), imb.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("1 file(s): 6,960 records, 6,940 accepted");
    assertThat(r.err()).contains(": 6,960 records: 6,940 accepted");
    assertThat(r.out() + r.err()).doesNotContain(" lines");
    Cli.Run json =
        Cli.run(
            "ingest",
            "piracy",
            "--db",
            dir.resolve("j.duckdb").toString(),
            "--json",
            imb.toString());
    // the JSON keeps its name "lines" (docs/decisions.md), counting the same records
    assertThat(JSON.readTree(json.out()).get("lines").asLong()).isEqualTo(6_960);
  }

  @Test
  void ingestsRealFilesAndPrintsTheContractJson() throws Exception {
    Path v2 = TestData.file("gdelt/events/20161013151500.export.CSV");
    Path v1 = TestData.file("gdelt/events/20130401.export.CSV.gz");
    Cli.Run r = Cli.run("ingest", "gdelt", "--db", db(), "--json", v2.toString(), v1.toString());
    assertThat(r.exit()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("files").asInt()).isEqualTo(2);
    assertThat(j.get("lines").asLong()).isEqualTo(17_912);
    assertThat(j.get("accepted").asLong()).isEqualTo(17_912);
    assertThat(j.get("rejected").asLong()).isZero();
    assertThat(j.get("duplicates").asLong()).isZero();

    Cli.Run again = Cli.run("ingest", "gdelt", "--db", db(), "--json", v2.toString());
    JsonNode k = JSON.readTree(again.out());
    assertThat(k.get("accepted").asLong()).isZero();
    assertThat(k.get("duplicates").asLong()).isEqualTo(3_566);

    Path icews = TestData.file("icews/events.2018-06-01.sample.tab");
    assertThat(Cli.run("ingest", "icews", "--db", db(), "-q", icews.toString()).exit()).isZero();
    JsonNode stats = JSON.readTree(Cli.run("stats", "--db", db(), "--json").out());
    assertThat(stats.get("events").asLong()).isEqualTo(17_912 + 2_359);
    assertThat(stats.get("datasets").get("gdelt").asLong()).isEqualTo(17_912);
    assertThat(stats.get("datasets").get("icews").asLong()).isEqualTo(2_359);
    assertThat(stats.get("firstDate").asText()).isEqualTo("2003-04-04");
    assertThat(stats.get("lastDate").asText()).isEqualTo("2018-06-01");
  }

  @Test
  void listsRejectsWithFileLineAndReason() throws Exception {
    Path f =
        Files.write(
            dir.resolve("bad.csv"),
            List.of(
                GdeltLines.v2().id(1).toString(),
                "not\ta\tgdelt\tline",
                GdeltLines.v2().id(2).set(26, "000").toString()),
            StandardCharsets.UTF_8);
    Cli.Run r = Cli.run("ingest", "gdelt", "--db", db(), "--json", f.toString());
    assertThat(r.exit()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("accepted").asLong() + j.get("rejected").asLong())
        .isEqualTo(j.get("lines").asLong());
    JsonNode rejects = JSON.readTree(Cli.run("rejects", "--db", db(), "--json").out());
    assertThat(rejects).hasSize(2);
    assertThat(rejects.get(0).get("file").asText()).endsWith("bad.csv");
    assertThat(rejects.get(0).get("line").asLong()).isEqualTo(2);
    assertThat(rejects.get(0).get("reason").asText()).contains("columns");
    assertThat(rejects.get(1).get("line").asLong()).isEqualTo(3);
    assertThat(rejects.get(1).get("reason").asText()).contains("CAMEO");
  }

  @Test
  void exportsEventsAsCsvAndJsonWithFilters() throws Exception {
    GdeltLines thai = GdeltLines.v2().id(2).set(1, "20240310").set(7, "THA").set(17, "KHM");
    thai.set(thai.actionGeo() + 2, "TH");
    Path f =
        Files.write(
            dir.resolve("two.csv"),
            List.of(GdeltLines.v2().id(1).toString(), thai.toString()),
            StandardCharsets.UTF_8);
    Cli.run("ingest", "gdelt", "--db", db(), "-q", f.toString());

    Cli.Run csv =
        Cli.run(
            "events",
            "--db",
            db(),
            "--country",
            "KHM",
            "--from",
            "2024-03-01",
            "--to",
            "2024-03-31");
    assertThat(csv.exit()).isZero();
    List<String> lines = csv.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("dataset,nativeId,eventDate");
    assertThat(lines.get(1)).startsWith("gdelt,2,2024-03-10");

    Cli.Run json = Cli.run("events", "--db", db(), "--country", "phl", "--format", "json");
    JsonNode arr = JSON.readTree(json.out());
    assertThat(arr).hasSize(1);
    assertThat(arr.get(0).get("nativeId").asText()).isEqualTo("1");
    assertThat(arr.get(0).get("actionLat").asDouble()).isEqualTo(9.73917);
    assertThat(arr.get(0).get("sourceUrl").asText()).startsWith("https://");
    // what happened and who did it, in words, beside the codes
    JsonNode e = arr.get(0);
    String what = org.amity.event.EventWords.standard().description(e.get("eventCode").asText());
    assertThat(what).isNotBlank();
    assertThat(e.get("what").asText()).isEqualTo(what);
    assertThat(e.get("inWords").asText())
        .isEqualTo(
            e.get("sourceInWords").asText()
                + (e.get("targetInWords").isNull()
                    ? ""
                    : " \u2192 " + e.get("targetInWords").asText())
                + ": "
                + what
                + " ("
                + e.get("eventCode").asText()
                + ")");
    assertThat(lines.get(0)).endsWith(",sourceInWords,targetInWords,what,inWords,dateEnd");
  }

  @Test
  void pagesEventsByOffsetOrByTheCursorEachFullPagePrints() throws Exception {
    List<String> lines = new java.util.ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      lines.add(GdeltLines.v2().id(i).set(1, "2024030" + (1 + i % 3)).toString());
    }
    Path f = Files.write(dir.resolve("seven.csv"), lines, StandardCharsets.UTF_8);
    Cli.run("ingest", "gdelt", "--db", db(), "-q", f.toString());
    List<String> all = Cli.run("events", "--db", db()).out().lines().skip(1).toList();
    assertThat(all).hasSize(7);
    List<String> paged = new java.util.ArrayList<>();
    String after = null;
    for (int page = 0; page < 4; page++) {
      Cli.Run r =
          after == null
              ? Cli.run("events", "--db", db(), "--limit", "3")
              : Cli.run("events", "--db", db(), "--limit", "3", "--after", after);
      assertThat(r.exit()).isZero();
      paged.addAll(r.out().lines().skip(1).toList());
      after =
          r.err()
              .lines()
              .filter(l -> l.startsWith("next page: --after "))
              .map(l -> l.substring("next page: --after ".length()))
              .findFirst()
              .orElse(null);
      if (after == null) {
        break;
      }
    }
    assertThat(paged).containsExactlyElementsOf(all);
    assertThat(
            Cli.run("events", "--db", db(), "--limit", "2", "--offset", "5")
                .out()
                .lines()
                .skip(1)
                .toList())
        .containsExactlyElementsOf(all.subList(5, 7));
    Cli.Run bad = Cli.run("events", "--db", db(), "--after", "nonsense");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("not a page cursor");
  }

  @Test
  void failsWithExitOneForAMissingFileAndTwoForBadUsage() {
    Cli.Run missing = Cli.run("ingest", "gdelt", "--db", db(), dir.resolve("nope.csv").toString());
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.out()).contains("no such file");

    assertThat(Cli.run("ingest", "gdelt", "--db", db(), "--bogus").exit()).isEqualTo(2);
    Cli.Run badCountry = Cli.run("events", "--db", db(), "--country", "XYZ");
    assertThat(badCountry.exit()).isEqualTo(2);
    assertThat(badCountry.err()).contains("unknown country code");
    assertThat(Cli.run("events", "--db", db(), "--from", "2024-13-01").exit()).isEqualTo(2);
    assertThat(Cli.run("ingest", "gdelt", "--db", db(), "--region", "atlantis", "x").exit())
        .isEqualTo(2);
  }
}
