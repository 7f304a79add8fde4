package org.amity.app.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The resampled input of the ingest benchmarks: rows of a real GDELT 2.0 file drawn at random (with
 * replacement, from a seeded generator), each given the next of a run of unique ids. One sampler
 * can write many files; the draws go on from one file to the next.
 */
final class RowSampler {
  /** GDELT 2.0 rows have this many columns; other lines of the seed are left out. */
  private static final int COLUMNS = 61;

  /** The DATEADDED column (0-based), which a 15-minute file sets to its own time stamp. */
  private static final int DATE_ADDED = 59;

  /** A seed row: the line, where its id ends and where its DATEADDED field lies. */
  private record Row(String line, int idEnd, int addedStart, int addedEnd) {}

  private final List<Row> rows;
  private final Random random;
  private long nextId;

  private RowSampler(List<Row> rows, long seedValue, long firstId) {
    this.rows = rows;
    this.random = new Random(seedValue);
    this.nextId = firstId;
  }

  /** Reads the seed file's GDELT 2.0 rows; ids are given from {@code firstId} on. */
  static RowSampler of(Path seed, long seedValue, long firstId) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String l : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
      int[] tabs = new int[COLUMNS - 1];
      int n = 0;
      for (int i = l.indexOf('\t'); i >= 0; i = l.indexOf('\t', i + 1)) {
        if (n == tabs.length) {
          n++;
          break;
        }
        tabs[n++] = i;
      }
      if (n == tabs.length) {
        rows.add(new Row(l, tabs[0], tabs[DATE_ADDED - 1] + 1, tabs[DATE_ADDED]));
      }
    }
    if (rows.isEmpty()) {
      throw new IOException(seed + " has no GDELT 2.0 rows (61 columns) to resample");
    }
    return new RowSampler(rows, seedValue, firstId);
  }

  /**
   * Writes {@code count} drawn rows to {@code out}.
   *
   * @param dateAdded the DATEADDED every row gets, or null to keep each row's own
   */
  void write(Path out, long count, String dateAdded) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (long i = 0; i < count; i++) {
        write(w, rows.get(random.nextInt(rows.size())), dateAdded);
      }
    }
  }

  private void write(Writer w, Row r, String dateAdded) throws IOException {
    String l = r.line();
    w.write(Long.toString(nextId++));
    if (dateAdded == null) {
      w.write(l, r.idEnd(), l.length() - r.idEnd());
    } else {
      w.write(l, r.idEnd(), r.addedStart() - r.idEnd());
      w.write(dateAdded);
      w.write(l, r.addedEnd(), l.length() - r.addedEnd());
    }
    w.write('\n');
  }
}
