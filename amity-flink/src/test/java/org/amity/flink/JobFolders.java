package org.amity.flink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.amity.testing.TestData;

/** Input folders for the job's tests, built from the shared real GDELT files. */
final class JobFolders {
  static final String GDELT2 = "gdelt/events/20161013151500.export.CSV";
  static final String SAMPLE = "gdelt/samples/events.csv";

  private JobFolders() {}

  /**
   * A folder with the real 15-minute GDELT 2.0 export, the 100-row sample, and a small file that
   * repeats five sample rows (duplicates across files) around one damaged line.
   */
  static Path backfill(Path dir) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(TestData.file(GDELT2), in.resolve("20161013151500.export.CSV"));
    Path sample = TestData.file(SAMPLE);
    Files.copy(sample, in.resolve("a-sample.export.CSV"));
    List<String> rows = Files.readAllLines(sample, StandardCharsets.UTF_8);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      b.append(rows.get(i)).append('\n');
      if (i == 2) {
        b.append("this line is damaged\tand has too few columns\n");
      }
    }
    Files.writeString(in.resolve("b-repeats.export.CSV"), b.toString(), StandardCharsets.UTF_8);
    return in;
  }

  static JobOptions options(Path in, Path out, int parallelism, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "--input",
                in.toString(),
                "--out",
                out.toString(),
                "--parallelism",
                Integer.toString(parallelism),
                "--checkpoint-interval",
                "1"));
    args.addAll(List.of(more));
    return JobOptions.parse(args.toArray(String[]::new));
  }
}
