package org.amity.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amity.coding.EventCoder;
import org.amity.coding.classify.ClassEvaluation;
import org.amity.coding.classify.ClassModel;
import org.amity.coding.classify.ClassPolicy;
import org.amity.coding.classify.ClassScore;
import org.amity.coding.classify.LabelledSentence;
import org.amity.coding.classify.LabelledSentences;
import org.amity.coding.classify.SentenceReader;
import org.amity.coding.dict.Dictionaries;
import picocli.CommandLine.Option;

/**
 * {@code amity code evaluate --classes FILE.tsv}: five-way class scores of the coder with its
 * learned arbiter, trained on the shared ConfliBERT train split (never on an evaluated sentence).
 */
final class ClassesOptions {
  @Option(
      names = "--classes",
      paramLabel = "FILE",
      required = true,
      description =
          "sentence<TAB>label file, labels 0-4 or names (statement, verbal cooperation, material"
              + " cooperation, verbal conflict, material conflict).")
  Path file;

  @Option(
      names = "--train",
      paramLabel = "FILE",
      description =
          "Labelled sentences the model learns from (default:"
              + " conflibert-cameo/cameo_class_train.tsv in $AMITY_TESTDATA, ../shared/data or the"
              + " shared/data folder beside the installation; without it, the dictionary's"
              + " reading alone, said in the output). Sentences also in --classes are left out.")
  Path train;

  @Option(
      names = "--cross-validate",
      paramLabel = "K",
      defaultValue = "0",
      description =
          "Score --classes by K folds (fixed by each sentence's text), each fold by a model"
              + " trained without it. Default 0: no folds, the model learns from --train only.")
  int folds;

  @Option(
      names = "--policy",
      defaultValue = "learned",
      paramLabel = "NAME",
      description =
          "learned (default: the model, which weighs the dictionary's reading), fill (the"
              + " dictionary's event, the model where there is none) or rules (dictionary only).")
  String policy;

  @Option(
      names = "--date",
      defaultValue = "2018-01-01",
      description = "Day the actor codes are read on (default ${DEFAULT-VALUE}).")
  LocalDate date;

  @Option(names = "--seed", defaultValue = "90035", description = "Training seed.")
  long seed;

  int run(DictOptions dictionaries, boolean json) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no file " + file);
    }
    if (folds == 1 || folds < 0) {
      throw new IllegalArgumentException("--cross-validate must be 0 or at least 2");
    }
    ClassPolicy chosen = ClassPolicy.parse(policy);
    if (train != null && !Files.isRegularFile(train) && chosen != ClassPolicy.RULES) {
      throw new IllegalArgumentException("no training file " + train);
    }
    Path trainFile =
        train != null
            ? Files.isRegularFile(train) ? train : null
            : SharedData.find(ClassModelOptions.TRAIN_FILE);
    LabelledSentences.Read evaluated = LabelledSentences.read(file);
    if (evaluated.sentences().isEmpty()) {
      throw new IllegalArgumentException(file + " holds no labelled sentence");
    }
    List<LabelledSentence> training = List.of();
    List<String> trainRejected = List.of();
    String model;
    if (trainFile != null) {
      LabelledSentences.Read t = LabelledSentences.read(trainFile);
      training = t.sentences();
      trainRejected = t.rejected();
      model =
          folds >= 2
              ? "learned: logistic regression, each fold trained on the other folds and "
                  + trainFile
              : "learned: logistic regression trained on " + trainFile;
    } else if (folds >= 2) {
      model = "learned: logistic regression, each fold trained on the other folds only";
    } else {
      model =
          "rules only: no training sentences found (looked for "
              + ClassModelOptions.lookedIn()
              + "); give --train FILE";
      if (chosen != ClassPolicy.RULES) {
        System.err.println(
            "amity: warning: "
                + model
                + "; scoring the dictionary's reading (policy rules) instead of "
                + chosen.name().toLowerCase(java.util.Locale.ROOT));
        chosen = ClassPolicy.RULES;
      }
    }
    if (chosen == ClassPolicy.RULES && trainFile != null) {
      model = "rules: the dictionary's reading alone (policy rules chosen)";
    }
    Dictionaries dict = dictionaries.load();
    SentenceReader reader = new SentenceReader(new EventCoder(dict), dict.verbs(), date);
    ClassEvaluation.Result r =
        new ClassEvaluation(reader, seed).run(training, evaluated.sentences(), folds);
    ClassScore s = r.byPolicy().get(chosen);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("file", file.toString());
    out.put("sentences", s.sentences());
    out.put("rejected", evaluated.rejected());
    out.put("policy", chosen.name().toLowerCase(java.util.Locale.ROOT));
    out.put("model", model);
    out.put("accuracy", s.accuracy());
    out.put("coverage", s.coverage());
    out.put("confusion", s.confusion());
    out.put("perClass", s.perClass());
    Map<String, Object> others = new LinkedHashMap<>();
    r.byPolicy()
        .forEach(
            (p, v) ->
                others.put(
                    p.name().toLowerCase(java.util.Locale.ROOT),
                    Map.of("accuracy", v.accuracy(), "coverage", v.coverage())));
    out.put("policies", others);
    out.put(
        "dictionaryEventCoverage",
        Math.round(10_000.0 * r.withEvent() / Math.max(1, s.sentences())) / 10_000.0);
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("file", trainFile == null ? null : trainFile.toString());
    t.put("sentences", r.trainingSentences());
    t.put("leftOutAlsoEvaluated", r.leftOut());
    t.put("rejected", trainRejected.size());
    t.put("folds", folds);
    t.put("seed", seed);
    t.put("settings", ClassModel.SETTINGS);
    out.put("training", t);
    if (json) {
      System.out.println(Json.write(out));
      return 0;
    }
    System.out.printf(
        Locale.ROOT,
        "%d sentences (%s): accuracy %.3f, a class for %.1f%% (policy %s; %s)%n",
        s.sentences(),
        file.getFileName(),
        s.accuracy(),
        100 * s.coverage(),
        out.get("policy"),
        model);
    s.perClass()
        .forEach(
            (k, v) ->
                System.out.printf(
                    Locale.ROOT,
                    "  %-22s %4.0f sentences  recall %s  precision %s%n",
                    k,
                    v.get("sentences"),
                    ratio(v.get("recall")),
                    ratio(v.get("precision"))));
    others.forEach((k, v) -> System.out.println("  policy " + k + ": " + v));
    evaluated.rejected().forEach(x -> System.out.println("  rejected " + x));
    return 0;
  }

  private static String ratio(Double v) {
    return v == null ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }
}
