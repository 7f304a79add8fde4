package org.amity.app.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.amity.app.bench.BackfillBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity bench backfill}: many small files, the way a GDELT backfill arrives. */
@Command(
    name = "backfill",
    mixinStandardHelpOptions = true,
    description =
        "Time the ingest of a folder of N GDELT 2.0 15-minute files (rows resampled from a real"
            + " file), and estimate a year of them.")
final class BackfillBenchCommand implements Callable<Integer> {
  @Option(
      names = "--files",
      defaultValue = "1000",
      description = "Files (default ${DEFAULT-VALUE}).")
  int files;

  @Option(
      names = "--rows-per-file",
      defaultValue = "3566",
      description = "Rows per file (default ${DEFAULT-VALUE}, as the shared 15-minute file).")
  int rowsPerFile;

  @Mixin ResampleOptions resample;

  @Override
  public Integer call() throws Exception {
    if (files < 1 || rowsPerFile < 1) {
      throw new IllegalArgumentException("--files and --rows-per-file must be at least 1");
    }
    BackfillBench.Result r =
        new BackfillBench(resample.seedPath(), resample.workDir(), resample.seed)
            .run(files, rowsPerFile);
    if (resample.json) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("files", r.files());
      out.put("rows", r.rows());
      out.put("accepted", r.accepted());
      out.put("failed", r.failed());
      out.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
      out.put("rowsPerSecond", Math.round(r.rowsPerSecond()));
      out.put("secondsPerFile", Math.round(r.secondsPerFile() * 10000) / 10000.0);
      out.put("yearFiles", BackfillBench.FILES_PER_YEAR);
      out.put("yearEstimateMinutes", Math.round(r.yearEstimateMinutes() * 10) / 10.0);
      System.out.println(Json.write(out));
    } else {
      System.out.printf(
          Locale.ROOT,
          "%,d files, %,d rows (%,d accepted, %d failed files) in %.1f s: %,.0f rows/s, %.3f s a"
              + " file; a year of 15-minute files (%,d) would take about %.0f min%n",
          r.files(),
          r.rows(),
          r.accepted(),
          r.failed(),
          r.seconds(),
          r.rowsPerSecond(),
          r.secondsPerFile(),
          BackfillBench.FILES_PER_YEAR,
          r.yearEstimateMinutes());
    }
    return r.failed() == 0 && r.accepted() == r.rows() ? 0 : 1;
  }
}
