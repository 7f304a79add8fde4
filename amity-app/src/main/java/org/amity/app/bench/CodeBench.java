package org.amity.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amity.coding.CodedEvent;
import org.amity.coding.CodedSentence;
import org.amity.coding.EventCoder;
import org.amity.coding.EventRecords;
import org.amity.coding.ParallelCoder;
import org.amity.coding.Story;

/**
 * The coding benchmark: codes a fixed corpus of real news-like text end to end from raw text
 * (sentence splitting, tokens, tags, lemmas, actors, verbs, patterns, event records) on several
 * threads, once to warm up and once timed; with a classifier, every sentence's five-way class too.
 * The corpus is the NGA ASAM incident narratives and the ConfliBERT news sentences from the shared
 * data folder, read at run time, never copied.
 */
public final class CodeBench {
  /** The measured figures. */
  public record Result(
      int stories,
      long sentences,
      long events,
      long classed,
      int threads,
      double warmupSeconds,
      double seconds,
      double cpuSeconds,
      double loadAverage) {
    public double sentencesPerSecond() {
      return sentences / seconds;
    }

    /** Sentences per second of processor time: what one uncontended core would do. */
    public double sentencesPerCpuSecond() {
      return cpuSeconds <= 0 ? Double.NaN : sentences / cpuSeconds;
    }
  }

  private final EventCoder coder;
  private final EventRecords records;

  public CodeBench(EventCoder coder, EventRecords records) {
    this.coder = coder;
    this.records = records;
  }

  public Result run(List<Story> corpus, int threads) {
    try (ParallelCoder parallel = new ParallelCoder(coder, threads)) {
      long t0 = System.nanoTime();
      pass(parallel, corpus);
      double warm = (System.nanoTime() - t0) / 1e9;
      double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      long cpu0 = processCpuNanos();
      t0 = System.nanoTime();
      long[] counts = pass(parallel, corpus);
      double seconds = (System.nanoTime() - t0) / 1e9;
      double cpu = cpu0 < 0 ? -1 : (processCpuNanos() - cpu0) / 1e9;
      return new Result(
          corpus.size(), counts[0], counts[1], counts[2], threads, warm, seconds, cpu, load);
    }
  }

  /** Processor time of the whole JVM so far, or -1 where the JVM does not tell. */
  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  /**
   * Codes every story and makes its event records; returns sentences, events and sentences given a
   * five-way class (none unless the coder has a classifier).
   */
  private long[] pass(ParallelCoder parallel, List<Story> corpus) {
    long sentences = 0;
    long events = 0;
    long classed = 0;
    for (int from = 0; from < corpus.size(); from += 512) {
      List<Story> batch = corpus.subList(from, Math.min(corpus.size(), from + 512));
      List<List<CodedSentence>> coded = parallel.code(batch);
      for (int i = 0; i < batch.size(); i++) {
        for (CodedSentence s : coded.get(i)) {
          sentences++;
          classed += s.sentenceClass() != null ? 1 : 0;
          int k = 0;
          for (CodedEvent e : s.events()) {
            if (records.toEvent(batch.get(i), s, ++k, e).event() != null) {
              events++;
            }
          }
        }
      }
    }
    return new long[] {sentences, events, classed};
  }

  /** The default corpus from the shared data folder. */
  public static List<Story> defaultCorpus(Path data) throws IOException {
    List<Story> out = new ArrayList<>();
    Path asam = data.resolve("piracy/nga_asam_1978-2019.csv");
    Path news = data.resolve("conflibert-cameo/cameo_class_train.tsv");
    if (!Files.isRegularFile(asam) || !Files.isRegularFile(news)) {
      throw new IllegalArgumentException(
          "the benchmark corpus needs "
              + asam
              + " and "
              + news
              + ": set AMITY_TESTDATA or give --corpus");
    }
    out.addAll(AsamNarratives.read(asam));
    int n = 0;
    for (String line : Files.readAllLines(news, StandardCharsets.UTF_8)) {
      int tab = line.lastIndexOf('\t');
      String text = (tab > 0 ? line.substring(0, tab) : line).strip();
      if (!text.isEmpty()) {
        out.add(new Story("news-" + (++n), LocalDate.of(2018, 1, 1), "ConfliBERT", null, text));
      }
    }
    return out;
  }
}
