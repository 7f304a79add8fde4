package org.amity.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.amity.ingest.maritime.PiracyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code amity ingest piracy FILE|DIR...}. */
@Command(
    name = "piracy",
    mixinStandardHelpOptions = true,
    description = {
      "Load maritime incident files as events at sea (dataset piracy): the IMB Crime at Sea CSV"
          + " or the NGA ASAM CSV, told apart by their header.",
      "Each incident gets its position, sea area, nearest coastal state, attack type and report"
          + " text."
    })
final class IngestPiracyCommand extends IngestCommand.Common implements Callable<Integer> {
  @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Files or directories.")
  List<Path> files;

  @Override
  public Integer call() {
    return ingest(files, Openers.of(PiracyFiles.DATASET, PiracyFiles::open));
  }
}
