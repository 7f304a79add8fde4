package org.amity.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.amity.coding.EventCoder;
import org.amity.coding.eval.Evaluation;
import org.amity.coding.eval.Score;
import org.amity.coding.eval.ValidationReader;
import org.amity.coding.eval.ValidationRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity code evaluate}: score the coder on PETRARCH validation records. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description =
        "Code a PETRARCH validation file (PETR.UnitTest.records.xml, PETR2_GSR_validation.xml) and"
            + " score it: exact = source, target and event code all match. With --classes, score"
            + " five-way classes of a sentence<TAB>label file instead.")
final class CodeEvaluateCommand implements Callable<Integer> {
  @Mixin DictOptions dictionaries;

  @Option(names = "--records", paramLabel = "FILE", description = "The validation records.")
  Path records;

  @picocli.CommandLine.ArgGroup(exclusive = false, heading = "Five-way classes:%n")
  ClassesOptions classes;

  @Option(
      names = "--use-parse",
      description =
          "Take tokens and tags from each record's supplied parse instead of tagging the raw text.")
  boolean useParse;

  @Option(names = "--failures", description = "List every record not fully right.")
  boolean failures;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if ((records == null) == (classes == null)) {
      throw new IllegalArgumentException("give either --records FILE or --classes FILE");
    }
    if (classes != null) {
      return classes.run(dictionaries, json);
    }
    if (!Files.isRegularFile(records)) {
      throw new IllegalArgumentException("no records file " + records);
    }
    List<ValidationRecord> recs = ValidationReader.read(records);
    if (recs.isEmpty()) {
      throw new IllegalArgumentException(records + " holds no <Sentence> records");
    }
    EventCoder coder = new EventCoder(dictionaries.load());
    Evaluation.Report r = new Evaluation(coder, useParse).run(recs);
    Map<String, Object> out = score(r.total());
    Map<String, Object> cats = new LinkedHashMap<>();
    r.byCategory().forEach((k, v) -> cats.put(k, score(v)));
    out.put("byCategory", cats);
    out.put("rootMatches", r.total().rootMatches());
    out.put("rootRate", r.total().rootRate());
    out.put("mode", useParse ? "parse" : "raw text");
    out.put("parseErrors", r.parseErrors());
    if (failures) {
      out.put("failures", r.failures());
    }
    if (json) {
      System.out.println(Json.write(out));
      return 0;
    }
    Score t = r.total();
    System.out.printf(
        Locale.ROOT,
        "%d sentences, %d expectations: %d exact (%.1f%%), %d on the root code, %d false positives"
            + " (%s)%n",
        t.sentences(),
        t.expected(),
        t.exact(),
        100 * t.exactRate(),
        t.rootMatches(),
        t.falsePositives(),
        useParse ? "supplied parses" : "raw text");
    r.byCategory()
        .forEach(
            (k, v) ->
                System.out.printf(
                    Locale.ROOT,
                    "  %-10s %3d/%-3d exact (%.0f%%), %d false positives%n",
                    k,
                    v.exact(),
                    v.expected(),
                    100 * v.exactRate(),
                    v.falsePositives()));
    if (failures) {
      for (Evaluation.Failure f : r.failures()) {
        System.out.println(f.id() + " [" + f.category() + "] " + f.text());
        System.out.println("    expected " + f.expected() + "  coded " + f.coded());
      }
    }
    return 0;
  }

  static Map<String, Object> score(Score s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sentences", s.sentences());
    m.put("expected", s.expected());
    m.put("exact", s.exact());
    m.put("exactRate", s.exactRate());
    m.put("falsePositives", s.falsePositives());
    return m;
  }
}
