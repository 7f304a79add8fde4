package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.amity.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

class FailuresTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  /** A command that fails the way a full disk makes the store fail. */
  @Command(name = "fill")
  static final class Fill implements Callable<Integer> {
    @Option(names = "--json")
    boolean json;

    @Override
    public Integer call() {
      throw new StoreException(
          "cannot store the change",
          new java.sql.SQLException(
              "IO Error: Could not write file \"amity.duckdb.wal\": No space left on device"));
    }
  }

  private record Ran(int exit, String out, String err) {}

  private static Ran run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new Fill());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setExecutionExceptionHandler(new Failures());
    int exit = cl.execute(args);
    return new Ran(exit, out.toString(), err.toString());
  }

  @Test
  void aFullDiskIsNamedInTheMessage() {
    Ran r = run();
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("cannot store the change (No space left on device)");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void withJsonAResultObjectNamesTheCause() throws IOException {
    Ran r = run("--json");
    assertThat(r.exit()).isEqualTo(1);
    JsonNode error = JSON.readTree(r.out()).get("error");
    assertThat(error.get("cause").asText()).isEqualTo("No space left on device");
    assertThat(error.get("message").asText()).contains("cannot store the change");
    assertThat(error.get("exitCode").asInt()).isEqualTo(1);
  }

  @Test
  void aDbThatIsNotADatabaseIsRefusedWithExitTwoAndLeftAlone() throws IOException {
    Path csv = dir.resolve("events.csv");
    Files.writeString(csv, "a,b\n1,2\n", StandardCharsets.UTF_8);
    Path events = dir.resolve("one.csv");
    Files.writeString(events, "x\n", StandardCharsets.UTF_8);
    Cli.Run r = Cli.run("ingest", "gdelt", "--db", csv.toString(), events.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("is not a DuckDB database");
    assertThat(Files.readString(csv)).isEqualTo("a,b\n1,2\n");
    Cli.Run json = Cli.run("stats", "--db", csv.toString(), "--json");
    assertThat(json.exit()).isEqualTo(2);
    assertThat(JSON.readTree(json.out()).get("error").get("message").asText())
        .contains("is not a DuckDB database");
  }
}
