package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.amity.store.duckdb.ClusterOutputFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --db cluster:DIR}: the commands read the Flink job's output folder in place and answer as
 * they do on the embedded store that holds the same rows; writes are refused in words; {@code amity
 * flink run} says what is wrong with its arguments or its jar.
 */
class ClusterStoreCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static String db;
  private static String cluster;

  @BeforeAll
  static void writeAJobOutputFromTheDemosStore() throws Exception {
    db = dir.resolve("demo.duckdb").toString();
    Cli.Run demo = Cli.run("demo", "--no-serve", "--days", "120", "--db", db);
    assertThat(demo.exit()).as(demo.err()).isZero();
    Path out = dir.resolve("out");
    ClusterOutputFixture.writeJobOutput(Path.of(db), out);
    cluster = "cluster:" + out;
  }

  @Test
  void alertsSituationsAndStatsReadTheSameFromTheJobOutputAsFromTheStore() throws Exception {
    for (List<String> command :
        List.of(
            List.of("alerts", "--status", "all", "--json"),
            List.of("situations", "--status", "all", "--json"))) {
      Cli.Run plain = Cli.run(with(command, "--db", db));
      Cli.Run attached = Cli.run(with(command, "--db", cluster));
      assertThat(plain.exit()).as(plain.err()).isZero();
      assertThat(attached.exit()).as(attached.err()).isZero();
      JsonNode a = JSON.readTree(plain.out());
      JsonNode b = JSON.readTree(attached.out());
      assertThat(b.size()).as(String.join(" ", command)).isPositive();
      // situations are grouped anew from the job's alerts: the same ones, numbered in another order
      boolean ids = !command.get(0).equals("situations");
      assertThat(subjects(b, ids)).as(String.join(" ", command)).isEqualTo(subjects(a, ids));
    }
    Cli.Run events = Cli.run("events", "--db", cluster, "--limit", "20", "--format", "json");
    assertThat(events.exit()).as(events.err()).isZero();
    assertThat(JSON.readTree(events.out()).size()).isEqualTo(20);
    assertThat(events.out())
        .isEqualTo(Cli.run("events", "--db", db, "--limit", "20", "--format", "json").out());
    Cli.Run stats = Cli.run("stats", "--db", cluster, "--json");
    Cli.Run plainStats = Cli.run("stats", "--db", db, "--json");
    assertThat(JSON.readTree(stats.out()).get("events"))
        .isEqualTo(JSON.readTree(plainStats.out()).get("events"));
  }

  @Test
  void theRowsBehindAnEvidenceItemAreTheSameFromTheJobOutput() throws Exception {
    JsonNode all = JSON.readTree(Cli.run("alerts", "--db", db, "--status", "all", "--json").out());
    int checked = 0;
    for (JsonNode a : all) {
      for (int k = 1; k <= a.get("evidence").size() && checked < 12; k++, checked++) {
        List<String> command =
            List.of("alerts", "--id", a.get("id").asText(), "--evidence", "" + k, "--json");
        Cli.Run plain = Cli.run(with(command, "--db", db));
        Cli.Run attached = Cli.run(with(command, "--db", cluster));
        assertThat(plain.exit()).as(plain.err()).isZero();
        assertThat(attached.exit()).as(attached.err()).isZero();
        JsonNode r = JSON.readTree(attached.out());
        assertThat(r).as(String.join(" ", command)).isEqualTo(JSON.readTree(plain.out()));
        assertThat(r.get("count").asInt()).isEqualTo(r.get("reports").asInt());
      }
    }
    assertThat(checked).isPositive();
  }

  @Test
  void theStoreBesideTheOutputIsCreatedThereAndKeepsNoCopyOfTheEvents() throws Exception {
    Cli.Run r = Cli.run("stats", "--db", cluster);
    assertThat(r.exit()).as(r.err()).isZero();
    Path store = dir.resolve("out").resolve("_amity").resolve("store.duckdb");
    assertThat(store).exists();
    assertThat(Files.size(store)).isLessThan(Files.size(Path.of(db)));
  }

  @Test
  void anIngestIntoTheJobOutputFailsAndSaysWhy() {
    Cli.Run r = Cli.run("watch", "--db", cluster, "--full");
    assertThat(r.exit()).isNotZero();
    assertThat(r.err()).isNotBlank();
  }

  @Test
  void aFolderThatIsNoJobOutputIsRefusedWithWhatToRun() {
    Cli.Run r = Cli.run("alerts", "--db", "cluster:" + dir.resolve("nothing-here"));
    assertThat(r.exit()).isNotZero();
    assertThat(r.err()).contains("amity flink run");
  }

  @Test
  void flinkRunRefusesAMissingInputFolderAsBadUsage() {
    Cli.Run r =
        Cli.run(
            "flink", "run", "--input", dir.resolve("absent").toString(), "--out", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("is not a folder");
  }

  @Test
  void flinkRunSaysHowToBuildTheJarWhenItIsMissing() {
    Cli.Run r =
        Cli.run(
            "flink",
            "run",
            "--input",
            dir.toString(),
            "--out",
            dir.resolve("o").toString(),
            "--jar",
            dir.resolve("no.jar").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("jar is not built").contains("amity-flink");
  }

  @Test
  void flinkRunHandsTheStateBackendToTheJobAndRefusesAnUnknownOne() {
    FlinkCommand.Run run = new FlinkCommand.Run();
    new picocli.CommandLine(run)
        .parseArgs(
            "--input",
            dir.toString(),
            "--out",
            dir.resolve("o").toString(),
            "--state-backend",
            "rocksdb");
    assertThat(String.join(" ", run.command(dir.resolve("job.jar"), null)))
        .contains("--state-backend rocksdb");
    FlinkCommand.Run plain = new FlinkCommand.Run();
    new picocli.CommandLine(plain)
        .parseArgs("--input", dir.toString(), "--out", dir.resolve("o").toString());
    assertThat(String.join(" ", plain.command(dir.resolve("job.jar"), null)))
        .contains("--state-backend hashmap");

    Cli.Run r =
        Cli.run(
            "flink",
            "run",
            "--input",
            dir.toString(),
            "--out",
            dir.resolve("o").toString(),
            "--state-backend",
            "memory");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--state-backend").contains("hashmap, rocksdb");
  }

  @Test
  void theJobsSummaryIsPrintedInWords() {
    String words =
        FlinkCommand.inWords(
            "progress line\n{\"counts\":{\"events\":1200,\"rejects\":3},\"seconds\":2.5,"
                + "\"eventsPerSecond\":480}\n");
    assertThat(words)
        .contains("progress line")
        .contains("1,200  events")
        .contains("3  rejects")
        .contains("in 2.5 s, 480 events/s");
  }

  private static String[] with(List<String> command, String... more) {
    List<String> all = new java.util.ArrayList<>(command);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  private static List<String> subjects(JsonNode list, boolean ids) {
    List<String> out = new java.util.ArrayList<>();
    for (JsonNode n : list) {
      out.add(
          (ids ? n.path("id").asText() : "")
              + n.path("subject").asText()
              + n.path("level").asText()
              + n.path("nativeId").asText()
              + n.path("opened").asText());
    }
    out.sort(null);
    return out;
  }
}
