package org.amity.app.cli;

import org.amity.ingest.maritime.PiracyFiles;
import org.amity.pipeline.IngestPipeline;
import picocli.CommandLine.Command;

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
final class IngestPiracyCommand extends IngestCommand.RecordFormat {
  @Override
  IngestPipeline.Opener opener() {
    return Openers.of(PiracyFiles.DATASET, PiracyFiles::open);
  }
}
