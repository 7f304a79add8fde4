package org.amity.app.cli;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.amity.app.bench.CodeBench;
import org.amity.coding.EventCoder;
import org.amity.coding.EventRecords;
import org.amity.coding.Story;
import org.amity.coding.StoryReader;
import org.amity.coding.dict.Dictionaries;
import org.amity.event.CameoCodebook;
import org.amity.event.CountryTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity bench code}: sentences coded per second, end to end from raw text. */
@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    description =
        "Time the event coder end to end from raw text on a fixed corpus (NGA ASAM narratives and"
            + " ConfliBERT news sentences from $AMITY_TESTDATA) with the Phoenix dictionaries.")
final class CodeBenchCommand implements Callable<Integer> {
  @Mixin DictOptions dictionaries;

  @Mixin ClassModelOptions classes;

  @Option(
      names = "--corpus",
      paramLabel = "FILE",
      description = "Stories as JSON lines instead of the default corpus.")
  Path corpus;

  @Option(names = "--threads", description = "Coding threads (default: the processors).")
  Integer threads;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    long t0 = System.nanoTime();
    Dictionaries d = dictionaries.load();
    double load = (System.nanoTime() - t0) / 1e9;
    t0 = System.nanoTime();
    EventCoder coder = classes.coder(d);
    double training = (System.nanoTime() - t0) / 1e9;
    List<Story> stories =
        corpus != null ? read(corpus) : CodeBench.defaultCorpus(SharedData.folder());
    int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    CodeBench.Result r =
        new CodeBench(coder, new EventRecords(CameoCodebook.standard(), CountryTable.standard()))
            .run(stories, t);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("sentences", r.sentences());
    out.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
    out.put("sentencesPerSecond", Math.round(r.sentencesPerSecond()));
    out.put("stories", r.stories());
    out.put("events", r.events());
    out.put("sentencesWithClass", r.classed());
    out.put(
        "classModel", coder.classes() == null ? "none (--no-classes)" : coder.classes().model());
    out.put("classModelSeconds", Math.round(training * 1000) / 1000.0);
    out.put("threads", r.threads());
    out.put("warmupSeconds", Math.round(r.warmupSeconds() * 1000) / 1000.0);
    out.put("warmupSentencesPerSecond", Math.round(r.sentences() / r.warmupSeconds()));
    out.put("dictionaryLoadSeconds", Math.round(load * 1000) / 1000.0);
    out.put("cpuSeconds", Math.round(r.cpuSeconds() * 1000) / 1000.0);
    out.put("sentencesPerCpuSecond", Math.round(r.sentencesPerCpuSecond()));
    out.put("loadAverageAtStart", Math.round(r.loadAverage() * 100) / 100.0);
    out.put("processors", Runtime.getRuntime().availableProcessors());
    if (json) {
      System.out.println(Json.write(out));
    } else {
      System.out.printf(
          Locale.ROOT,
          "%,d sentences (%,d stories) in %.2f s: %,.0f sentences/s on %d threads (first, cold pass"
              + " %.2f s); %,d events; %,d sentences with a five-way class; dictionaries loaded in"
              + " %.1f s, class model ready in %.1f s%n",
          r.sentences(),
          r.stories(),
          r.seconds(),
          r.sentencesPerSecond(),
          r.threads(),
          r.warmupSeconds(),
          r.events(),
          r.classed(),
          load,
          training);
    }
    return 0;
  }

  private static List<Story> read(Path file) throws java.io.IOException {
    List<Story> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        StoryReader.Result r = line.isBlank() ? null : StoryReader.read(line);
        if (r != null && r.ok()) {
          out.add(r.story());
        }
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no stories in " + file);
    }
    return out;
  }
}
