package org.amity.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.amity.pipeline.SeriesIngest;
import org.amity.storage.Storage;
import org.amity.store.IngestResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code amity ingest series FILE|DIR...}. */
@Command(
    name = "series",
    mixinStandardHelpOptions = true,
    description = {
      "Import aggregate indicator series: the ICEWS directed-dyad-month CSV"
          + " (sourcecode,sourcename,targetcode,targetname,date,verbal,cooperation,count,eventcode).",
      "Stores monthly q1..q4 and events per directed dyad (CHN>PHL) and pair (CHN-PHL), zeros"
          + " included, under the source import:<file name>; a changed file replaces its points."
    })
final class IngestSeriesCommand extends IngestCommand.Common implements Callable<Integer> {
  @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Files or directories.")
  List<Path> files;

  @Override
  public Integer call() {
    if (region != null) {
      throw new IllegalArgumentException("--region does not apply to imported series");
    }
    try (Storage s = store.open()) {
      SeriesIngest ingest =
          new SeriesIngest(s.seriesImports(), new FileProgress(System.err, quiet || json));
      List<IngestResult> results = ingest.run(files);
      report(results);
      return results.stream().allMatch(IngestResult::done) ? 0 : 1;
    }
  }
}
