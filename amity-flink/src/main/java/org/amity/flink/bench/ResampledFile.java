package org.amity.flink.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A GDELT 2.0 file of N rows drawn at random from a real one, ids made unique: the same rule and
 * default seed (42) as {@code amity bench ingest}, so both benchmarks read the same bytes. Only the
 * seed file's rows are held in memory; the output is streamed (20M rows are about 8 GB), first to a
 * hidden name, so an interrupted run leaves no short file that a later run would take as done.
 */
final class ResampledFile {
  private ResampledFile() {}

  static void write(Path seed, long seedValue, long rows, Path out) throws IOException {
    long firstId = 1_000_000_000L;
    List<String> lines = new ArrayList<>();
    for (String l : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
      if (l.split("\t", -1).length == 61) {
        lines.add(l);
      }
    }
    if (lines.isEmpty()) {
      throw new IOException(seed + " has no GDELT 2.0 rows (61 columns) to resample");
    }
    Random random = new Random(seedValue);
    Files.createDirectories(out.getParent());
    Path partial = out.resolveSibling("." + out.getFileName() + ".partial");
    try (BufferedWriter w =
        new BufferedWriter(
            new java.io.OutputStreamWriter(Files.newOutputStream(partial), StandardCharsets.UTF_8),
            1 << 20)) {
      for (long i = 0; i < rows; i++) {
        String l = lines.get(random.nextInt(lines.size()));
        w.write(Long.toString(firstId + i));
        w.write(l, l.indexOf('\t'), l.length() - l.indexOf('\t'));
        w.write('\n');
      }
    }
    Files.move(partial, out, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
