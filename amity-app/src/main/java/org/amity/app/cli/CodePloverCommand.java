package org.amity.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.amity.coding.EventCoder;
import org.amity.coding.eval.PloverEvaluation;
import org.amity.coding.eval.PloverTable;
import org.amity.coding.plover.PloverCrossValidation;
import org.amity.coding.plover.PloverExample;
import org.amity.coding.plover.PloverExamples;
import org.amity.coding.plover.PloverModel;
import org.amity.coding.plover.PloverReader;
import org.amity.coding.plover.PloverTypes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity code plover}: score the coder on PLOVER gold records. */
@Command(
    name = "plover",
    mixinStandardHelpOptions = true,
    description =
        "Code the PLOVER gold records and compare, through the CAMEO to PLOVER table, with their"
            + " PLOVER event types and actors.")
final class CodePloverCommand implements Callable<Integer> {
  @Mixin DictOptions dictionaries;

  @Option(
      names = "--records",
      paramLabel = "FILE",
      required = true,
      description = "PLOVER gold records (JSON array).")
  Path records;

  @Option(
      names = "--table",
      paramLabel = "FILE",
      required = true,
      description = "CAMEO2PLOVER table.")
  Path table;

  @Option(
      names = "--no-verb-fallback",
      description =
          "Leave a record where no full event can be built without an event type (by default it"
              + " gets its main dictionary verb's type).")
  boolean noVerbFallback;

  @Option(
      names = "--cross-validate",
      paramLabel = "K",
      defaultValue = "5",
      description =
          "Also score one PLOVER type per record by policy (dictionary, rules, fill, learned),"
              + " each record answered by an arbiter trained without it: K folds fixed by a hash"
              + " of the sentence (default ${DEFAULT-VALUE}; 0 to skip).")
  int crossValidate;

  @Option(
      names = "--train",
      paramLabel = "FILE",
      arity = "1..*",
      description =
          "PETRARCH validation records (XML) the arbiter also learns from, their CAMEO codes read"
              + " as PLOVER types. Default: PETR.UnitTest.records.xml and"
              + " PETR2_GSR_validation.shared.xml in petrarch-validation of the shared data.")
  List<Path> train;

  @Option(
      names = "--seed",
      defaultValue = "90035",
      description = "Seed of the arbiter's training (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--failures", description = "List every record not met exactly.")
  boolean failures;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  private Map<String, Object> crossValidated(
      EventCoder coder, org.amity.coding.dict.Dictionaries dict, PloverTable t) throws IOException {
    PloverTypes types = new PloverTypes(t);
    List<Path> files = train;
    if (files == null || files.isEmpty()) {
      files = new ArrayList<>();
      for (String name : DEFAULT_TRAIN) {
        Path f = SharedData.find("petrarch-validation/" + name);
        if (f == null) {
          throw new IllegalArgumentException(
              "no training records petrarch-validation/" + name + ": give --train FILE...");
        }
        files.add(f);
      }
    }
    List<PloverExample> training = new ArrayList<>();
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new IllegalArgumentException("no file " + f);
      }
      training.addAll(PloverExamples.petrarch(f, types));
    }
    PloverCrossValidation.Result cv =
        new PloverCrossValidation(new PloverReader(coder, dict.verbs(), types), seed)
            .run(training, PloverExamples.gold(records), crossValidate);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("folds", cv.folds());
    out.put("split", "fold = first byte of SHA-256 of the normalised sentence, modulo folds");
    Map<String, Object> acc = new LinkedHashMap<>();
    Map<String, Object> policies = new LinkedHashMap<>();
    cv.byPolicy()
        .forEach(
            (p, s) -> {
              String name = p.key();
              acc.put(name, s.accuracy());
              Map<String, Object> by = new LinkedHashMap<>();
              s.byType().forEach((k, v) -> by.put(k, Map.of("records", v[0], "correct", v[1])));
              policies.put(
                  name,
                  Map.of(
                      "accuracy", s.accuracy(),
                      "coverage", s.coverage(),
                      "correct", s.correct(),
                      "records", s.records(),
                      "byType", by));
            });
    out.put("accuracy", acc);
    out.put("policies", policies);
    out.put(
        "training",
        Map.of(
            "files", files.stream().map(Path::toString).toList(),
            "sentences", cv.trainingSentences(),
            "leftOutAlsoEvaluated", cv.leftOut(),
            "seed", cv.seed(),
            "settings", PloverModel.SETTINGS));
    return out;
  }

  private static final List<String> DEFAULT_TRAIN =
      List.of("PETR.UnitTest.records.xml", "PETR2_GSR_validation.shared.xml");

  @Override
  public Integer call() throws IOException {
    for (Path p : new Path[] {records, table}) {
      if (!Files.isRegularFile(p)) {
        throw new IllegalArgumentException("no file " + p);
      }
    }
    org.amity.coding.dict.Dictionaries dict = dictionaries.load();
    EventCoder coder = new EventCoder(dict);
    PloverEvaluation.Report r =
        new PloverEvaluation(coder, PloverTable.read(table), noVerbFallback ? null : dict.verbs())
            .run(records);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("records", r.records());
    out.put("eventMatches", r.eventMatches());
    out.put("eventRate", r.eventRate());
    out.put("exact", r.exact());
    out.put("exactRate", r.exactRate());
    out.put("countryLevel", r.countryLevel());
    out.put("countryLevelRate", r.countryLevelRate());
    out.put("codedEvents", r.coded());
    out.put("recordsWithoutEvents", r.recordsWithoutEvents());
    out.put("typedByVerb", r.typedByVerb());
    Map<String, Object> by = new LinkedHashMap<>();
    r.byEvent()
        .forEach((k, v) -> by.put(k, Map.of("records", v[0], "eventMatches", v[1], "exact", v[2])));
    out.put("byEvent", by);
    if (crossValidate > 0) {
      out.put("crossValidated", crossValidated(coder, dict, PloverTable.read(table)));
    }
    if (failures) {
      out.put("failures", r.failures());
    }
    if (json) {
      System.out.println(Json.write(out));
    } else {
      System.out.printf(
          Locale.ROOT,
          "%d records: PLOVER event matched %d (%.1f%%), exactly (event and actors) %d (%.1f%%);"
              + " %d records with no event coded%n",
          r.records(),
          r.eventMatches(),
          100 * r.eventRate(),
          r.exact(),
          100 * r.exactRate(),
          r.recordsWithoutEvents());
      if (out.get("crossValidated") instanceof Map<?, ?> cv) {
        System.out.printf(
            Locale.ROOT,
            "one type per record, %s-fold cross-validated: %s%n",
            cv.get("folds"),
            cv.get("accuracy"));
      }
      r.byEvent()
          .forEach(
              (k, v) ->
                  System.out.printf(
                      Locale.ROOT,
                      "  %-12s %3d records, %3d event, %3d exact%n",
                      k,
                      v[0],
                      v[1],
                      v[2]));
    }
    return 0;
  }
}
