package org.amity.app.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceFileTest {
  @TempDir Path dir;

  @Test
  void isReadableByItsOwnerOnlyAndReadsBackWhatWasWritten() throws Exception {
    Path file = ServiceFile.beside(dir.resolve("amity.duckdb"));
    ServiceFile written =
        new ServiceFile(
            URI.create("http://127.0.0.1:4242/"),
            ServiceFile.newToken(),
            ProcessHandle.current().pid());
    written.write(file);
    assertThat(file.getFileName().toString()).isEqualTo("amity.duckdb.service");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(ServiceFile.read(file)).contains(written);
    assertThat(written.alive()).isTrue();
    assertThat(written.token()).hasSize(64);
  }

  @Test
  void aFileLeftByAProcessThatIsGoneIsStale() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    ServiceFile left = new ServiceFile(URI.create("http://127.0.0.1:1/"), "t", p.pid());
    assertThat(left.alive()).isFalse();
  }
}
