package org.amity.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Recognises a file's layout from its first lines, whatever its name or compression. */
public final class FormatDetector {
  private static final int PEEK_BYTES = 1 << 16;
  private static final int PEEK_LINES = 20;

  private FormatDetector() {}

  /**
   * Returns the format of the file: ICEWS if it opens with the ICEWS header, else GDELT 2.0 or 1.0
   * by the column count most of its first lines have.
   *
   * @throws IOException if the file cannot be read or matches no known layout
   */
  public static Format detect(Path path) throws IOException {
    byte[] head = new byte[PEEK_BYTES];
    int n = 0;
    try (InputFile file = InputFile.open(path)) {
      InputStream in = file.data();
      int r;
      while (n < head.length && (r = in.read(head, n, head.length - n)) > 0) {
        n += r;
      }
    }
    String text = new String(head, 0, n, StandardCharsets.UTF_8);
    if (text.startsWith(IcewsRowParser.HEADER_START + "\t")) {
      return Format.ICEWS;
    }
    int v1 = 0;
    int v2 = 0;
    int lines = 0;
    for (String line : text.split("\n", -1)) {
      if (lines++ >= PEEK_LINES) {
        break;
      }
      Format format = Format.ofColumns(line.split("\t", -1).length).orElse(null);
      if (format == Format.GDELT2) {
        v2++;
      } else if (format == Format.GDELT1) {
        v1++;
      }
    }
    if (v2 == 0 && v1 == 0) {
      throw new IOException(
          path
              + ": not a GDELT or ICEWS event file (no line of 57, 58 or 61 tab-separated columns"
              + " among the first "
              + PEEK_LINES
              + ", and no ICEWS header)");
    }
    return v2 >= v1 ? Format.GDELT2 : Format.GDELT1;
  }
}
