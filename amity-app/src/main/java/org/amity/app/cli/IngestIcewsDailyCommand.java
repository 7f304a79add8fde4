package org.amity.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.amity.ingest.icewsdaily.IcewsDailySource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code amity ingest icews-daily FILE|DIR...}. */
@Command(
    name = "icews-daily",
    mixinStandardHelpOptions = true,
    description = {
      "Load decoded ICEWS daily event files (CSV: date,source,event_text,target,...; plain, .gz or"
          + " .zip) as dataset icews-daily.",
      "Event texts become CAMEO codes; actor roles are read from actor names."
    })
final class IngestIcewsDailyCommand extends IngestCommand.Common implements Callable<Integer> {
  @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Files or directories.")
  List<Path> files;

  @Override
  public Integer call() {
    return ingest(files, Openers.of(IcewsDailySource.DATASET, IcewsDailySource::open));
  }
}
