package org.amity.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.amity.coding.EventCoder;
import org.amity.coding.classify.ClassModel;
import org.amity.coding.classify.ClassPolicy;
import org.amity.coding.classify.LabelledSentences;
import org.amity.coding.classify.ModelCache;
import org.amity.coding.classify.SentenceClasses;
import org.amity.coding.classify.SentenceReader;
import org.amity.coding.dict.Dictionaries;
import picocli.CommandLine.Option;

/**
 * The five-way class options of the commands that code text ({@code code}, {@code ingest text}):
 * the learned model is trained at start from the shared ConfliBERT train split, found where {@link
 * SharedData} looks; without it the classes are the dictionary's own, and the output says which.
 */
final class ClassModelOptions {
  /** Where the default training sentences sit inside a shared data folder. */
  static final String TRAIN_FILE = "conflibert-cameo/cameo_class_train.tsv";

  /** The seed of the learned model (fixed, recorded in every output). */
  static final long SEED = 90035;

  /** The day actor codes are read on when the training sentences are read. */
  private static final LocalDate READ_ON = LocalDate.of(2018, 1, 1);

  @Option(
      names = "--train",
      paramLabel = "FILE",
      description =
          "sentence<TAB>label file the five-way class model learns from (default: "
              + TRAIN_FILE
              + " in $AMITY_TESTDATA, ../shared/data or beside the installation).")
  Path train;

  @Option(
      names = "--policy",
      defaultValue = "learned",
      paramLabel = "NAME",
      description =
          "How sentences get their five-way class: learned (default), fill (the dictionary's event,"
              + " the model elsewhere) or rules (dictionary only).")
  String policy;

  @Option(
      names = "--no-model-cache",
      description =
          "Train the five-way model afresh instead of reading it from the user's cache folder"
              + " ($XDG_CACHE_HOME/amity or ~/.cache/amity), and do not store it there.")
  boolean noCache;

  @Option(
      names = "--no-classes",
      description =
          "Give sentences no five-way class (faster: only sentences naming two actors are"
              + " tagged).")
  boolean none;

  /** The training file to use, or null when none is found (then {@link #lookedIn()} says where). */
  Path trainingFile() {
    if (train != null) {
      if (!Files.isRegularFile(train)) {
        throw new IllegalArgumentException("no training file " + train);
      }
      return train;
    }
    return SharedData.find(TRAIN_FILE);
  }

  /** The places searched for the default training file, for messages. */
  static List<Path> lookedIn() {
    return SharedData.candidates().stream().map(p -> p.resolve(TRAIN_FILE)).toList();
  }

  /**
   * The coder, giving sentences their classes unless {@code --no-classes}: the learned model when
   * training sentences are found, else the dictionary's reading with the reason.
   */
  EventCoder coder(Dictionaries dict) throws IOException {
    EventCoder coder = new EventCoder(dict);
    if (none) {
      return coder;
    }
    return coder.withClasses(classes(coder, dict, ClassPolicy.parse(policy)));
  }

  private SentenceClasses classes(EventCoder coder, Dictionaries dict, ClassPolicy chosen)
      throws IOException {
    SentenceReader reader = new SentenceReader(coder, dict.verbs(), READ_ON);
    if (chosen == ClassPolicy.RULES) {
      return SentenceClasses.rules(reader, "--policy rules");
    }
    Path file = trainingFile();
    if (file == null) {
      return SentenceClasses.rules(
          reader, "no training sentences found; looked for " + lookedIn() + "; give --train FILE");
    }
    LabelledSentences.Read read = LabelledSentences.read(file);
    if (noCache) {
      return SentenceClasses.learned(reader, read.sentences(), chosen, SEED, file.toString());
    }
    String key =
        ModelCache.key(
            Files.readAllBytes(file),
            dict.fingerprint().getBytes(StandardCharsets.UTF_8),
            new TreeMap<>(ClassModel.SETTINGS).toString().getBytes(StandardCharsets.UTF_8),
            (SEED + " " + READ_ON).getBytes(StandardCharsets.UTF_8),
            ModelCache.codeIdentity());
    return SentenceClasses.learned(
        reader,
        read.sentences(),
        chosen,
        SEED,
        file.toString(),
        new ModelCache(ModelCache.defaultFolder()),
        key);
  }
}
