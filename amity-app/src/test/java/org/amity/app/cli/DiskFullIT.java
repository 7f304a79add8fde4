package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.amity.testing.GdeltLines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk: the database lives on a tmpfs of a few megabytes, and files are ingested into
 * it until the disk is full. The command must name the cause ("No space left on device"), exit 1,
 * and with {@code --json} still print a JSON result. Mounting needs root (as on CI); elsewhere the
 * test is skipped with that reason.
 */
class DiskFullIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  private Path disk;
  private boolean mounted;

  @BeforeEach
  void mountATinyDisk() throws Exception {
    disk = Files.createDirectories(dir.resolve("tiny"));
    Process p =
        new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", disk.toString())
            .redirectErrorStream(true)
            .start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    boolean done = p.waitFor(30, TimeUnit.SECONDS);
    mounted = done && p.exitValue() == 0;
    Assumptions.assumeTrue(
        mounted,
        "cannot mount a 3 MB tmpfs here (needs root, as CI has): "
            + (said.isEmpty() ? "mount failed" : said));
  }

  @AfterEach
  void unmount() throws Exception {
    if (mounted) {
      Process p = new ProcessBuilder("umount", "-l", disk.toString()).inheritIO().start();
      p.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void aFullDiskIsNamedAndJsonStillGetsAResult() throws Exception {
    Path db = disk.resolve("amity.duckdb");
    Cli.Run last = null;
    for (int i = 0; i < 40; i++) {
      Path file = dir.resolve("batch" + i + ".export.CSV");
      writeEvents(file, i);
      last = Cli.run("ingest", "gdelt", "--db", db.toString(), "--json", "-q", file.toString());
      Files.delete(file);
      if (last.exit() != 0) {
        break;
      }
    }
    assertThat(last).isNotNull();
    assertThat(last.exit()).as("the disk never filled: " + last.out()).isEqualTo(1);
    assertThat(last.err() + last.out()).contains("No space left on device");
    JsonNode result = JSON.readTree(last.out());
    assertThat(result).as(last.out()).isNotNull();
    assertThat(result.toString()).contains("No space left on device");
    // without --json the message is the same words
    Path again = dir.resolve("again.export.CSV");
    writeEvents(again, 99);
    Cli.Run plain = Cli.run("ingest", "gdelt", "--db", db.toString(), "-q", again.toString());
    assertThat(plain.exit()).isEqualTo(1);
    assertThat(plain.err() + plain.out()).contains("No space left on device");
  }

  /** Ten thousand events with long, varied source URLs (they do not compress away). */
  private static void writeEvents(Path file, int batch) throws IOException {
    Random random = new Random(batch);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 10_000; i++) {
        GdeltLines line = GdeltLines.v2().id(batch * 100_000 + i + 1);
        StringBuilder url = new StringBuilder("https://news.example.org/");
        for (int k = 0; k < 12; k++) {
          url.append(Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
        }
        line.set(60, url.toString()); // SOURCEURL of GDELT 2.0
        w.write(line.toString());
        w.write('\n');
      }
    }
  }
}
