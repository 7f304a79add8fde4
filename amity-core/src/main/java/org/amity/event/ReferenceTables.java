package org.amity.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated reference tables shipped as resources ('#' lines are comments). */
public final class ReferenceTables {
  private ReferenceTables() {}

  /** Returns the data rows (after the header line) split on tabs, keeping empty fields. */
  public static List<String[]> read(String resource, int columns) {
    InputStream in = ReferenceTables.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      boolean header = true;
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length != columns) {
          throw new IllegalStateException(
              resource + " line " + n + ": expected " + columns + " columns, got " + fields.length);
        }
        rows.add(fields);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
