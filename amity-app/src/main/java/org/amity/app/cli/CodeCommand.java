package org.amity.app.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.amity.coding.CodedEvent;
import org.amity.coding.CodedSentence;
import org.amity.coding.EventCoder;
import org.amity.coding.FiveWay;
import org.amity.coding.ParallelCoder;
import org.amity.coding.Story;
import org.amity.coding.StoryReader;
import org.amity.event.CameoCodebook;
import org.amity.event.CameoEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity code}: news text to CAMEO events, without storing them. */
@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    description =
        "Code news stories (JSON lines: id, date, source, url, text) into CAMEO events with"
            + " PETRARCH dictionaries.",
    subcommands = {CodeEvaluateCommand.class, CodePloverCommand.class})
final class CodeCommand implements Callable<Integer> {
  @Mixin DictOptions dictionaries;

  @Mixin ClassModelOptions classes;

  @Option(
      names = "--all-sentences",
      description =
          "Also write a line for every sentence that gave no event, with its five-way class.")
  boolean allSentences;

  @Option(
      names = "--input",
      paramLabel = "FILE",
      description = "Stories, one JSON object a line (required).")
  Path input;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the events as JSON lines here.")
  Path output;

  @Option(names = "--threads", description = "Coding threads (default: the processors).")
  Integer threads;

  @Option(
      names = "--json",
      description = "Print one JSON summary (with the events when there is no --output).")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if (input == null) {
      throw new IllegalArgumentException("give the stories with --input FILE.jsonl");
    }
    if (!Files.isRegularFile(input)) {
      throw new IllegalArgumentException("no input file " + input);
    }
    EventCoder coder = classes.coder(dictionaries.load());
    if (!json && coder.classes() != null) {
      System.err.println("five-way classes: " + coder.classes().model());
    }
    CameoCodebook codebook = CameoCodebook.standard();
    Map<String, Object> summary = new LinkedHashMap<>();
    List<Map<String, Object>> rejects = new ArrayList<>();
    List<Map<String, Object>> events = new ArrayList<>();
    Map<String, Integer> byRoot = new TreeMap<>();
    Map<String, Integer> byClass = new TreeMap<>();
    Map<String, Integer> sentenceClasses = new TreeMap<>();
    long[] n = new long[5]; // stories, sentences, events, discarded sentences, sentences classed
    int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8);
        BufferedWriter out =
            output == null ? null : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        ParallelCoder parallel = new ParallelCoder(coder, t)) {
      List<Story> batch = new ArrayList<>();
      String line;
      long number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        StoryReader.Result r = StoryReader.read(line);
        if (!r.ok()) {
          rejects.add(Map.of("line", number, "reason", r.reject()));
          if (!json) {
            System.err.println(input + ":" + number + ": rejected: " + r.reject());
          }
          continue;
        }
        batch.add(r.story());
        if (batch.size() == 256) {
          emit(parallel, batch, codebook, out, events, byRoot, byClass, sentenceClasses, n);
        }
      }
      emit(parallel, batch, codebook, out, events, byRoot, byClass, sentenceClasses, n);
    }
    summary.put("stories", n[0]);
    summary.put("sentences", n[1]);
    summary.put("events", n[2]);
    summary.put("discardedSentences", n[3]);
    summary.put("rejected", rejects.size());
    summary.put("byRoot", byRoot);
    summary.put("byClass", byClass);
    Map<String, Object> cl = new LinkedHashMap<>();
    cl.put("model", coder.classes() == null ? "none (--no-classes)" : coder.classes().model());
    cl.put("sentencesWithClass", n[4]);
    cl.put("coverage", n[1] == 0 ? 0 : Math.round(10_000.0 * n[4] / n[1]) / 10_000.0);
    cl.put("sentencesByClass", sentenceClasses);
    summary.put("sentenceClasses", cl);
    summary.put("rejects", rejects);
    if (json) {
      if (output == null) {
        summary.put("eventList", events);
      }
      System.out.println(Json.write(summary));
    } else {
      if (output == null) {
        events.forEach(e -> System.out.println(text(e)));
      }
      System.out.printf(
          Locale.ROOT,
          "%,d stories, %,d sentences: %,d events, %,d sentences discarded, %,d lines rejected%s%n",
          n[0],
          n[1],
          n[2],
          n[3],
          rejects.size(),
          output == null ? "" : " -> " + output);
      if (coder.classes() != null) {
        System.out.printf(
            Locale.ROOT,
            "%,d of %,d sentences given a five-way class (%s)%n",
            n[4],
            n[1],
            sentenceClasses);
      }
    }
    return 0;
  }

  private void emit(
      ParallelCoder parallel,
      List<Story> batch,
      CameoCodebook codebook,
      BufferedWriter out,
      List<Map<String, Object>> events,
      Map<String, Integer> byRoot,
      Map<String, Integer> byClass,
      Map<String, Integer> sentenceClasses,
      long[] n)
      throws IOException {
    List<List<CodedSentence>> coded = parallel.code(batch);
    for (int i = 0; i < batch.size(); i++) {
      Story story = batch.get(i);
      n[0]++;
      for (CodedSentence s : coded.get(i)) {
        n[1]++;
        n[3] += s.discard() != null ? 1 : 0;
        if (s.sentenceClass() != null) {
          n[4]++;
          sentenceClasses.merge(s.sentenceClass().words(), 1, Integer::sum);
        }
        List<Map<String, Object>> lines = new ArrayList<>();
        for (CodedEvent e : s.events()) {
          n[2]++;
          Map<String, Object> m = record(story, s, e, codebook);
          byRoot.merge(
              e.code().length() >= 2 ? e.code().substring(0, 2) : e.code(), 1, Integer::sum);
          byClass.merge(String.valueOf(m.get("fiveWayClass")), 1, Integer::sum);
          lines.add(m);
        }
        if (lines.isEmpty() && allSentences) {
          lines.add(record(story, s, null, codebook));
        }
        for (Map<String, Object> m : lines) {
          if (out != null) {
            out.write(Json.MAPPER.writeValueAsString(m));
            out.write('\n');
          } else {
            events.add(m);
          }
        }
      }
    }
    batch.clear();
  }

  /**
   * One output line: an event with its sentence, or (event null) a sentence that gave no event,
   * with its class only.
   */
  static Map<String, Object> record(
      Story story, CodedSentence s, CodedEvent e, CameoCodebook codebook) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("storyId", story.id());
    m.put("sentenceNo", s.number());
    m.put("date", story.date().toString());
    m.put("source", story.source());
    m.put("url", story.url());
    m.put("sentenceClass", s.sentenceClass() == null ? null : s.sentenceClass().words());
    if (e == null) {
      m.put("event", false);
      m.put("discard", s.discard());
      m.put("sentence", s.text());
      return m;
    }
    m.put("sourceActor", e.source());
    m.put("targetActor", e.target());
    m.put("eventCode", e.code());
    CameoEntry c = codebook.find(e.code()).orElse(null);
    m.put("label", c == null ? null : c.label());
    m.put("quadClass", c == null ? null : c.quadClass().number());
    m.put("fiveWayClass", fiveWay(e.code()));
    m.put("goldstein", c == null ? null : c.goldstein());
    m.put("sourceText", e.sourceText());
    m.put("targetText", e.targetText());
    m.put("verb", e.verb());
    m.put("pattern", e.pattern());
    if (e.reported() != null) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("sourceActor", e.reported().source());
      r.put("targetActor", e.reported().target());
      r.put("eventCode", e.reported().code());
      r.put("words", e.reported().words());
      m.put("reported", r);
      m.put("gloss", e.gloss(c == null ? null : c.label()));
    }
    m.put("issues", e.issues());
    m.put("sentence", s.text());
    return m;
  }

  /**
   * The event's five-way class in words ("verbal conflict"): the class that {@code code evaluate
   * --classes} scores, which for a sentence with a dictionary event is that event's class.
   */
  static String fiveWay(String cameo) {
    FiveWay c = FiveWay.ofCameo(cameo);
    return c == null ? null : c.words();
  }

  private static String text(Map<String, Object> e) {
    if (Boolean.FALSE.equals(e.get("event"))) {
      return e.get("storyId")
          + "#"
          + e.get("sentenceNo")
          + "  no event"
          + (e.get("sentenceClass") == null ? "" : " [sentence: " + e.get("sentenceClass") + "]")
          + "  "
          + e.get("sentence");
    }
    return e.get("storyId")
        + "#"
        + e.get("sentenceNo")
        + "  "
        + e.get("sourceActor")
        + " -> "
        + e.get("targetActor")
        + "  "
        + e.get("eventCode")
        + " "
        + (e.get("label") == null ? "" : e.get("label"))
        + (e.get("fiveWayClass") == null ? "" : " [" + e.get("fiveWayClass") + "]")
        + (e.get("sentenceClass") == null || e.get("sentenceClass").equals(e.get("fiveWayClass"))
            ? ""
            : " [sentence: " + e.get("sentenceClass") + "]")
        + "  ("
        + e.get("verb")
        + ")"
        + (e.get("gloss") == null ? "" : "  " + e.get("gloss"));
  }
}
