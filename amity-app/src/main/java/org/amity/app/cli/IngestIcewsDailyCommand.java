package org.amity.app.cli;

import org.amity.ingest.icewsdaily.IcewsDailySource;
import org.amity.pipeline.IngestPipeline;
import picocli.CommandLine.Command;

/** {@code amity ingest icews-daily FILE|DIR...}. */
@Command(
    name = "icews-daily",
    mixinStandardHelpOptions = true,
    description = {
      "Load decoded ICEWS daily event files (CSV: date,source,event_text,target,...; plain, .gz or"
          + " .zip) as dataset icews-daily.",
      "Event texts become CAMEO codes; actor roles are read from actor names."
    })
final class IngestIcewsDailyCommand extends IngestCommand.RecordFormat {
  @Override
  IngestPipeline.Opener opener() {
    return Openers.of(IcewsDailySource.DATASET, IcewsDailySource::open);
  }
}
