package org.amity.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.amity.ingest.series.SeriesMeta;
import org.amity.pipeline.SeriesIngest;
import org.amity.storage.Storage;
import org.amity.store.IngestResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code amity ingest series FILE|DIR...}. */
@Command(
    name = "series",
    mixinStandardHelpOptions = true,
    description = {
      "Import aggregate indicator series: the ICEWS directed-dyad-month CSV"
          + " (sourcecode,sourcename,targetcode,targetname,date,verbal,cooperation,count,eventcode).",
      "Stores monthly q1..q4 and events per directed dyad (CHN>PHL) and pair (CHN-PHL), zeros"
          + " included, under the source import:<file name>; a changed file replaces its points.",
      "Counts carry no events, so say what the series are about with --area, --domain and"
          + " --themes, or in a sidecar FILE.meta.properties (keys domain, area, themes): the"
          + " situations' domain, themes and recommendations use it."
    })
final class IngestSeriesCommand extends IngestCommand.Common implements Callable<Integer> {
  @Option(
      names = "--area",
      paramLabel = "AREA",
      description =
          "The sea area the series are about: south-china-sea, sulu-celebes or"
              + " malacca-singapore (implies --domain maritime).")
  String area;

  @Option(
      names = "--domain",
      paramLabel = "DOMAIN",
      description = "What the series are about: maritime (or sea) or land.")
  String domain;

  @Option(
      names = "--themes",
      paramLabel = "LIST",
      description = "Comma-separated themes of the knowledge base, e.g. territory,fisheries.")
  String themes;

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Files or directories.")
  List<Path> files;

  @Override
  public Integer call() {
    if (region != null) {
      throw new IllegalArgumentException("--region does not apply to imported series");
    }
    SeriesMeta declared = new SeriesMeta(domain, area, SeriesMeta.themeList(themes));
    org.amity.response.kb.KnowledgeBase kb = org.amity.response.kb.KnowledgeBase.standard();
    for (String t : declared.themes()) {
      if (kb.findTheme(t).isEmpty()) {
        throw new IllegalArgumentException(
            "unknown theme: " + t + " (see 'amity kb list --type theme')");
      }
    }
    try (Storage s = store.open()) {
      SeriesIngest ingest =
          new SeriesIngest(
              s.seriesImports(), new FileProgress(System.err, quiet || json), declared);
      List<IngestResult> results = ingest.run(files);
      report(results);
      return results.stream().noneMatch(IngestResult::failed) ? 0 : 1;
    }
  }
}
