package org.amity.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFileTest {
  static final byte[] CONTENT = "one\ntwo\nthree\n".getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;

  static Path gzip(Path p, byte[] content) throws IOException {
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(p))) {
      o.write(content);
    }
    return p;
  }

  static Path zip(Path p, byte[] content, int entries) throws IOException {
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
      for (int i = 0; i < entries; i++) {
        z.putNextEntry(new ZipEntry("file" + i + ".CSV"));
        z.write(content);
        z.closeEntry();
      }
    }
    return p;
  }

  private static byte[] readAll(InputFile f) throws IOException {
    return f.data().readAllBytes();
  }

  @Test
  void readsPlainGzipAndZipByTheirContentNotTheirName() throws IOException {
    Path plain = Files.write(dir.resolve("a.gz"), CONTENT);
    Path gz = gzip(dir.resolve("b.txt"), CONTENT);
    Path zp = zip(dir.resolve("c.csv"), CONTENT, 1);
    try (InputFile f = InputFile.open(plain)) {
      assertThat(f.packing()).isEqualTo(InputFile.Packing.PLAIN);
      assertThat(readAll(f)).isEqualTo(CONTENT);
    }
    try (InputFile f = InputFile.open(gz)) {
      assertThat(f.packing()).isEqualTo(InputFile.Packing.GZIP);
      assertThat(readAll(f)).isEqualTo(CONTENT);
    }
    try (InputFile f = InputFile.open(zp)) {
      assertThat(f.packing()).isEqualTo(InputFile.Packing.ZIP);
      assertThat(readAll(f)).isEqualTo(CONTENT);
    }
  }

  @Test
  void hashesTheWholeRawFile() throws Exception {
    Path zp = zip(dir.resolve("c.zip"), CONTENT, 1);
    String expected =
        HexFormat.of()
            .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(zp)));
    try (InputFile f = InputFile.open(zp)) {
      readAll(f);
      assertThat(f.sha256()).isEqualTo(expected);
    }
  }

  @Test
  void failsOnATruncatedGzip() throws IOException {
    byte[] big = "x\ty\n".repeat(50_000).getBytes(StandardCharsets.UTF_8);
    Path gz = gzip(dir.resolve("t.gz"), big);
    byte[] raw = Files.readAllBytes(gz);
    Path cut = Files.write(dir.resolve("cut.gz"), java.util.Arrays.copyOf(raw, raw.length / 2));
    try (InputFile f = InputFile.open(cut)) {
      assertThatThrownBy(() -> readAll(f)).isInstanceOf(IOException.class);
    }
  }

  @Test
  void refusesAZipWithSeveralFiles() throws IOException {
    Path zp = zip(dir.resolve("two.zip"), CONTENT, 2);
    try (InputFile f = InputFile.open(zp)) {
      assertThatThrownBy(() -> readAll(f)).hasMessageContaining("more than one file");
    }
  }
}
