package org.amity.app.cli;

import org.amity.ingest.acled.AcledSource;
import org.amity.ingest.polecat.PolecatSource;
import org.amity.ingest.ucdp.GedSource;
import org.amity.pipeline.IngestPipeline;
import picocli.CommandLine.Command;

/** {@code amity ingest acled|ucdp-ged|polecat FILE|DIR...}: the conflict event datasets. */
final class IngestConflictCommands {
  private IngestConflictCommands() {}

  @Command(
      name = "acled",
      mixinStandardHelpOptions = true,
      description = {
        "Load ACLED CSV exports (plain, .gz or .zip) as dataset acled; the layout is read from the"
            + " header (current export or the upper-case ACLED-Asia 2015 file).",
        "Event and sub-event types become CAMEO codes (acled-event-types.tsv); fatalities and notes"
            + " are kept."
      })
  static final class Acled extends IngestCommand.RecordFormat {
    @Override
    IngestPipeline.Opener opener() {
      return Openers.of(AcledSource.DATASET, AcledSource::open);
    }
  }

  @Command(
      name = "ucdp-ged",
      mixinStandardHelpOptions = true,
      description = {
        "Load UCDP Georeferenced Event Dataset CSV files (plain, .gz or .zip) as dataset ucdp-ged;"
            + " columns are found by name, an HXL hashtag line is skipped.",
        "Deaths (best, low, high), type of violence, sides and coordinates are kept."
      })
  static final class UcdpGed extends IngestCommand.RecordFormat {
    @Override
    IngestPipeline.Opener opener() {
      return Openers.of(GedSource.DATASET, GedSource::open);
    }
  }

  @Command(
      name = "polecat",
      mixinStandardHelpOptions = true,
      description = {
        "Load POLECAT event files (tab-separated, PLOVER-coded; plain, .gz or .zip) as dataset"
            + " polecat.",
        "PLOVER event types and modes become CAMEO codes (plover-event-types.tsv); contexts are"
            + " kept in the subtype. Written to the documented layout: no real POLECAT file was"
            + " available to test it on."
      })
  static final class Polecat extends IngestCommand.RecordFormat {
    @Override
    IngestPipeline.Opener opener() {
      return Openers.of(PolecatSource.DATASET, PolecatSource::open);
    }
  }
}
