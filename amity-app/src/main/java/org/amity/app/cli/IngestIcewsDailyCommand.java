package org.amity.app.cli;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.amity.ingest.icewsdaily.IcewsDailySource;
import org.amity.pipeline.IngestPipeline;
import org.amity.storage.Storage;
import picocli.CommandLine.Command;

/** {@code amity ingest icews-daily FILE|DIR...}. */
@Command(
    name = "icews-daily",
    mixinStandardHelpOptions = true,
    description = {
      "Load decoded ICEWS daily event files (CSV: date,source,event_text,target,...; plain, .gz or"
          + " .zip) as dataset icews-daily.",
      "Event texts become CAMEO codes (a text with an ICEWS-only code, such as \"Reject judicial"
          + " cooperation\" 1213, its CAMEO parent, 121); actor roles are read from actor names."
    })
final class IngestIcewsDailyCommand extends IngestCommand.RecordFormat {
  /** Rows read whose event text has an ICEWS-only code, read as its CAMEO parent. */
  private final LongAdder parentCoded = new LongAdder();

  @Override
  public Integer call() {
    int code = super.call();
    if (!json && parentCoded.sum() > 0) {
      System.out.printf(
          Locale.ROOT,
          "ICEWS-only event codes: %,d row(s) read as their CAMEO parent (1213 as 121, ...)%n",
          parentCoded.sum());
    }
    return code;
  }

  @Override
  Map<String, Object> afterIngest(Storage s) {
    return Map.of("readAsParentCode", parentCoded.sum());
  }

  @Override
  IngestPipeline.Opener opener() {
    return Openers.of(
        IcewsDailySource.DATASET, (p, n, f) -> IcewsDailySource.open(p, n, f, parentCoded));
  }
}
