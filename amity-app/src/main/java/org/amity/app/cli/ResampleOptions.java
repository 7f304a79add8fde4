package org.amity.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of benchmarks that resample a real GDELT 2.0 file into files of their own. */
final class ResampleOptions {
  @Option(
      names = "--seed-file",
      paramLabel = "FILE",
      description =
          "Real GDELT 2.0 file to resample (default:"
              + " $AMITY_TESTDATA/gdelt/events/20161013151500.export.CSV).")
  Path seedFile;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed for resampling.")
  long seed;

  @Option(
      names = "--work-dir",
      paramLabel = "DIR",
      description = "Where the files and databases go (default: a temporary directory).")
  Path workDir;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  /** The file to resample: the one given, else the shared 15-minute file. */
  Path seedPath() {
    return seedFile != null ? seedFile : BenchCommand.Ingest.defaultSeed();
  }

  /** The working folder: the one given, else a new temporary one. */
  Path workDir() throws IOException {
    return workDir != null ? workDir : Files.createTempDirectory("amity-bench");
  }
}
