package org.amity.app.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.amity.ingest.maritime.PiracyFiles;
import org.amity.pipeline.IngestPipeline;
import org.amity.storage.Storage;
import org.amity.store.TwinReports;
import picocli.CommandLine.Command;

/** {@code amity ingest piracy FILE|DIR...}. */
@Command(
    name = "piracy",
    mixinStandardHelpOptions = true,
    description = {
      "Load maritime incident files as events at sea (dataset piracy): the IMB Crime at Sea CSV"
          + " or the NGA ASAM CSV, told apart by their header.",
      "Each incident gets its position, sea area, nearest coastal state, attack type and report"
          + " text.",
      "An incident in both files counts once: the second report (same or next day, within 10"
          + " nautical miles, compatible kind, no other vessel named; up to a week apart when both"
          + " name the same vessel) is moved to table piracy_twins with the report it joins and"
          + " why.",
      "So is a report repeated in one file (within a day and 10 nautical miles, the same vessel"
          + " named or the same narrative)."
    })
final class IngestPiracyCommand extends IngestCommand.RecordFormat {
  @Override
  IngestPipeline.Opener opener() {
    return Openers.of(PiracyFiles.DATASET, PiracyFiles::open);
  }

  @Override
  Map<String, Object> afterIngest(Storage s) {
    TwinReports merged = s.events().mergePiracyTwins();
    Map<String, Object> out = new LinkedHashMap<>();
    if (merged == null) {
      if (!json) {
        System.err.println("reports of one incident in both files not merged: this store cannot");
      }
      out.put("twinsMerged", null);
      return out;
    }
    if (!json && !quiet) {
      System.err.printf(
          Locale.ROOT,
          "%,d incident(s) reported in both files and %,d report(s) repeated in one file now count"
              + " once (%,d report(s) merged again after a repeated ingest); the further reports"
              + " are in table piracy_twins%n",
          merged.pairs(),
          merged.repeats(),
          merged.again());
    }
    out.put("twinsMerged", merged.pairs());
    out.put("repeatsMerged", merged.repeats());
    out.put("twinsMergedAgain", merged.again());
    return out;
  }
}
