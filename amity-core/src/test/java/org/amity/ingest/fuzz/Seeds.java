package org.amity.ingest.fuzz;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.amity.testing.TestData;

/**
 * Small slices of the shared data files, read at test time: the first lines of a file (header
 * included), as bytes without their line breaks. Tests that use them are skipped, with the reason,
 * when {@code AMITY_TESTDATA} is not set.
 */
final class Seeds {
  private Seeds() {}

  /**
   * The first {@code n} lines of a shared file (gzip is read through), or a few more when line
   * {@code n} ends inside a quoted field.
   */
  static List<byte[]> head(String relative, int n) {
    Path p = TestData.file(relative);
    try (InputStream raw = Files.newInputStream(p);
        InputStream in = relative.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
      List<byte[]> lines = new ArrayList<>();
      boolean openQuote = false;
      String l;
      // past n lines while a quoted field is open, so a CSV seed ends on a whole record
      while ((lines.size() < n || (openQuote && lines.size() < n + 50))
          && (l = r.readLine()) != null) {
        lines.add(l.getBytes(StandardCharsets.ISO_8859_1)); // bytes as they are
        for (int i = 0; i < l.length(); i++) {
          openQuote ^= l.charAt(i) == '"';
        }
      }
      return lines;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + p, e);
    }
  }

  /** Writes lines with the given line break. */
  static Path write(Path file, List<byte[]> lines, String lineBreak) throws IOException {
    try (var out = Files.newOutputStream(file)) {
      for (byte[] l : lines) {
        out.write(l);
        out.write(lineBreak.getBytes(StandardCharsets.US_ASCII));
      }
    }
    return file;
  }
}
