package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.amity.testing.IcewsRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code amity flink run} hands the job the office-holder list {@code amity ingest icews} would
 * use: the file named, else the one the ingest finds by itself, and the ingest's opt-out.
 */
class FlinkOfficeHoldersTest {
  @TempDir Path dir;

  private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());

  private FlinkCommand.Run parsed(String... more) {
    FlinkCommand.Run run = new FlinkCommand.Run();
    String[] args = new String[4 + more.length];
    args[0] = "--input";
    args[1] = dir.toString();
    args[2] = "--out";
    args[3] = dir.resolve("o").toString();
    System.arraycopy(more, 0, args, 4, more.length);
    new picocli.CommandLine(run).parseArgs(args);
    return run;
  }

  private static String command(FlinkCommand.Run run, Path jar) {
    return String.join(" ", run.command(jar, run.officeHolderOptions.path(QUIET, true)));
  }

  @Test
  void theJobGetsTheListTheIcewsIngestWouldUse() throws Exception {
    Path dict =
        Files.write(
            dir.resolve("leaders.actors.txt"), IcewsRows.MODI_DICTIONARY, StandardCharsets.UTF_8);
    Path jar = dir.resolve("job.jar");
    assertThat(command(parsed("--office-holders", dict.toString()), jar))
        .contains("--office-holders " + dict.toAbsolutePath());
    assertThat(command(parsed("--no-office-holders"), jar))
        .contains("--no-office-holders")
        .doesNotContain("--office-holders ");

    Path found = new OfficeHolderOptions().path(QUIET, true);
    String plain = command(parsed(), jar);
    if (found == null) {
      assertThat(plain).contains("--no-office-holders");
    } else {
      assertThat(plain).contains("--office-holders " + found.toAbsolutePath());
    }
  }

  @Test
  void aListNamedThatIsNotThereIsBadUsage() {
    Cli.Run r =
        Cli.run(
            "flink",
            "run",
            "--input",
            dir.toString(),
            "--out",
            dir.resolve("o").toString(),
            "--jar",
            dir.resolve("no.jar").toString(),
            "--office-holders",
            dir.resolve("missing.txt").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no office-holder dictionary at");
  }
}
