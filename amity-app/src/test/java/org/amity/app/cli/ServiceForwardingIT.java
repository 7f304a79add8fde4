package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.amity.testing.GdeltLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While {@code amity serve} runs, the store commands of the CLI go to it and answer as they do
 * without a server: same output, same {@code --json}, same exit codes.
 */
class ServiceForwardingIT {
  @TempDir Path dir;

  @Test
  void storeCommandsThroughTheServiceAnswerAsTheyDoDirectly() throws Exception {
    Path events = dir.resolve("input/sample.export.CSV");
    writeEvents(events);
    Path direct = Files.createDirectories(dir.resolve("direct")).resolve("amity.duckdb");
    Path served = Files.createDirectories(dir.resolve("served")).resolve("amity.duckdb");
    try (ServiceProcess service = ServiceProcess.start(served)) {
      String[][] commands = {
        {"ingest", "gdelt", "--json", events.toString()},
        {"ingest", "gdelt", events.toString()},
        {"ingest", "gdelt", dir.resolve("input/missing.export.CSV").toString()},
        {"stats"},
        {"rejects", "--json"},
        {"watch", "--json"},
        {"alerts", "--json"},
        {"situations", "--json"},
        {"user", "list"},
      };
      for (String[] c : commands) {
        Cli.Run here = Cli.run(withDb(c, direct));
        Cli.Run there = Cli.run(withDb(c, served));
        assertThat(there.exit()).as(String.join(" ", c)).isEqualTo(here.exit());
        assertThat(same(there.out(), served, direct))
            .as(String.join(" ", c))
            .isEqualTo(same(here.out(), direct, direct));
      }
      // files the commands write are written where named, also when one is there already
      for (Path db : List.of(direct, served)) {
        Path report = db.resolveSibling("month.html");
        Path export = db.resolveSibling("events.csv");
        Files.writeString(export, "an earlier export\n");
        Cli.Run r =
            Cli.run(
                "report", "--month", "2024-03", "--out", report.toString(), "--db", db.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(report)).contains("<html");
        Cli.Run e =
            Cli.run("events", "-o", export.toString(), "--limit", "5", "--db", db.toString());
        assertThat(e.exit()).as(e.err()).isZero();
        assertThat(Files.readString(export)).doesNotContain("an earlier export").contains(",");
      }
      Cli.Run before = Cli.run("--db", served.toString(), "stats", "--json");
      assertThat(before.exit()).isZero();
      assertThat(before.out()).contains("\"events\" : 200");
      assertThat(service.get("api/v1/health")).contains("\"dataAsOf\"");
      service.stop();
      assertThat(service.serviceFileExists()).as("service file removed on stop").isFalse();
    }
  }

  @Test
  void timelineAndTrack2CommandsThroughTheServiceAnswerAsTheyDoDirectly() throws Exception {
    Path records = dir.resolve("input/r.jsonl");
    Files.createDirectories(records.getParent());
    Files.write(
        records,
        java.util.List.of(
            "{\"scope\":\"dyad\",\"subject\":\"CHN-PHL\",\"kind\":\"consultation\","
                + "\"date\":\"2014-04-25\",\"body\":\"asean-fmm\"}"));
    Path bad = dir.resolve("input/bad.jsonl");
    Files.write(
        bad,
        java.util.List.of(
            "{\"scope\":\"dyad\",\"subject\":\"CHN-PHL\",\"kind\":\"outcome\","
                + "\"date\":\"2014-06-20\",\"outcome\":\"calmer\"}"));
    Path meeting = dir.resolve("input/m.json");
    Files.writeString(
        meeting,
        "{\"date\":\"2014-05-15\",\"title\":\"Maritime study group\","
            + "\"participantCount\":12,\"affiliations\":{\"academic\":12},"
            + "\"findings\":[\"fishers bear the cost\"],"
            + "\"recommendations\":[{\"text\":\"a hotline\",\"status\":\"discussed\","
            + "\"linkedEntries\":[1]}]}");
    Path badMeeting = dir.resolve("input/bad.json");
    Files.writeString(
        badMeeting,
        "{\"date\":\"2014-06-01\",\"title\":\"x\",\"participantCount\":3,"
            + "\"recommendations\":[{\"text\":\"t\",\"status\":\"submitted\","
            + "\"linkedEntries\":[99]}]}");
    Path direct = Files.createDirectories(dir.resolve("direct2")).resolve("amity.duckdb");
    Path served = Files.createDirectories(dir.resolve("served2")).resolve("amity.duckdb");
    assertThat(Cli.run("stats", "--db", direct.toString(), "--json").exit()).isEqualTo(2);
    try (ServiceProcess service = ServiceProcess.start(served)) {
      String[][] commands = {
        {"timeline", "import", records.toString()},
        {"timeline", "import", bad.toString()},
        {
          "timeline",
          "add",
          "--scope",
          "dyad",
          "--subject",
          "CHN-PHL",
          "--kind",
          "consultation",
          "--date",
          "2014-05-20",
          "--body",
          "asean-fmm",
          "--track",
          "1"
        },
        {"timeline", "add", "--scope", "dyad", "--subject", "CHN-PHL", "--kind", "nonsense"},
        {"timeline", "--unattached", "--json"},
        {"timeline", "--unattached"},
        {"track2", "add", meeting.toString()},
        {"track2", "add", badMeeting.toString()},
        {"track2", "list", "--json"},
        {"track2", "list"},
        {"gap", "--json"},
      };
      for (String[] c : commands) {
        Cli.Run here = Cli.run(withDb(c, direct));
        Cli.Run there = Cli.run(withDb(c, served));
        assertThat(there.exit()).as(String.join(" ", c)).isEqualTo(here.exit());
        assertThat(same(there.out(), served, direct))
            .as(String.join(" ", c))
            .isEqualTo(same(here.out(), direct, direct));
        assertThat(same(there.err(), served, direct))
            .as(String.join(" ", c))
            .isEqualTo(same(here.err(), direct, direct));
      }
      assertThat(Cli.run("track2", "list", "--db", served.toString()).out())
          .contains("Maritime study group");
    }
  }

  @Test
  void aReadOfADatabaseThatDoesNotExistSaysSoAndCreatesNothing() {
    Path db = dir.resolve("none.duckdb");
    Cli.Run r = Cli.run("--db", db.toString(), "stats");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no database at " + db);
    assertThat(db).doesNotExist();
  }

  private static String[] withDb(String[] c, Path db) {
    String[] out = new String[c.length + 2];
    System.arraycopy(c, 0, out, 0, c.length);
    out[c.length] = "--db";
    out[c.length + 1] = db.toString();
    return out;
  }

  /** Output with the timings, the database's own path and logging set-up notes taken out. */
  private static String same(String out, Path db, Path shownAs) {
    return out.lines()
        .filter(l -> !l.contains(" |-INFO in ") && !l.contains(" |-WARN in ") && !l.isBlank())
        .collect(java.util.stream.Collectors.joining("\n"))
        .replace(db.toString(), shownAs.toString())
        .replaceAll("\"seconds\" ?: ?[0-9.E-]+", "\"seconds\":_")
        .replaceAll("\\([0-9.]+ s\\)", "(_ s)")
        .replaceAll("\"[a-z]+At\" ?: ?\"[^\"]*\"", "\"at\":_");
  }

  private static void writeEvents(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= 200; i++) {
        w.write(GdeltLines.v2().id(i).toString());
        w.write('\n');
      }
      w.write("not\tan\tevent\n");
    }
  }
}
