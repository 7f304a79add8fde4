package org.amity.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.amity.coding.EventCoder;
import org.amity.coding.EventRecords;
import org.amity.coding.ParallelCoder;
import org.amity.coding.TextStorySource;
import org.amity.event.CameoCodebook;
import org.amity.event.CountryTable;
import org.amity.event.Event;
import org.amity.ingest.EventSource;
import org.amity.ingest.RegionFilter;
import org.amity.pipeline.IngestPipeline;
import org.amity.storage.Storage;
import org.amity.store.IngestResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code amity ingest text FILE.jsonl}: code news stories and store their events. */
@Command(
    name = "text",
    mixinStandardHelpOptions = true,
    description =
        "Code news stories (JSON lines: id, date, source, url, text) into CAMEO events and store"
            + " them as dataset 'text', with the sentence behind each event.")
final class IngestTextCommand extends IngestCommand.Common implements Callable<Integer> {
  @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Story files or directories.")
  List<Path> files;

  @Mixin DictOptions dictionaries;

  @Mixin ClassModelOptions classes;

  @Option(names = "--threads", description = "Coding threads (default: the processors).")
  Integer threads;

  @Override
  public Integer call() throws IOException {
    RegionFilter filter =
        region == null ? null : RegionFilter.parse(region, CountryTable.standard());
    EventCoder coder = classes.coder(dictionaries.load());
    if (!json && !quiet && coder.classes() != null) {
      System.err.println("five-way classes: " + coder.classes().model());
    }
    EventRecords records = new EventRecords(CameoCodebook.standard(), CountryTable.standard());
    int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    List<TextStorySource> opened = new ArrayList<>();
    try (ParallelCoder parallel = new ParallelCoder(coder, t);
        Storage s = store.open()) {
      IngestPipeline.Opener opener =
          new IngestPipeline.Opener() {
            @Override
            public String dataset() {
              return EventRecords.DATASET;
            }

            @Override
            public EventSource open(Path file, String name, Predicate<Event> f) throws IOException {
              TextStorySource src = new TextStorySource(file, name, f, parallel, records);
              opened.add(src);
              return src;
            }
          };
      IngestPipeline pipeline =
          new IngestPipeline(s.events(), filter, new FileProgress(System.err, quiet || json));
      List<IngestResult> results = pipeline.run(files, opener);
      int sentences = 0;
      for (TextStorySource src : opened) {
        sentences += s.codedSentences().add(src.sentences());
      }
      java.util.Map<String, Long> byClass = new java.util.TreeMap<>();
      for (TextStorySource src : opened) {
        src.byRoot()
            .forEach(
                (root, n) -> {
                  String c = CodeCommand.fiveWay(root);
                  byClass.merge(c == null ? "none" : c, n, Long::sum);
                });
      }
      long read = opened.stream().mapToLong(TextStorySource::sentencesRead).sum();
      java.util.Map<String, Long> bySentence = new java.util.TreeMap<>();
      opened.forEach(
          src -> src.sentenceClasses().forEach((k, v) -> bySentence.merge(k, v, Long::sum)));
      long classed = bySentence.values().stream().mapToLong(Long::longValue).sum();
      java.util.Map<String, Object> cl = new java.util.LinkedHashMap<>();
      cl.put("model", coder.classes() == null ? "none (--no-classes)" : coder.classes().model());
      cl.put("sentences", read);
      cl.put("sentencesWithClass", classed);
      cl.put("coverage", read == 0 ? 0 : Math.round(10_000.0 * classed / read) / 10_000.0);
      cl.put("sentencesByClass", bySentence);
      report(results, java.util.Map.of("byClass", byClass, "sentenceClasses", cl));
      if (!json && !quiet) {
        long uncodable = opened.stream().mapToLong(TextStorySource::uncodable).sum();
        System.err.printf(
            Locale.ROOT,
            "%,d sentences stored beside their events; %,d coded events had a code outside CAMEO%n",
            sentences,
            uncodable);
        System.err.println("coded events by five-way class: " + byClass);
        if (coder.classes() != null) {
          System.err.printf(
              Locale.ROOT,
              "%,d of %,d sentences given a five-way class: %s%n",
              classed,
              read,
              bySentence);
        }
      }
      return results.stream().noneMatch(IngestResult::failed) ? 0 : 1;
    }
  }
}
