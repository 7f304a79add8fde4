package org.amity.coding.classify;

import java.util.List;
import java.util.Locale;
import org.amity.coding.CodedEvent;
import org.amity.coding.FiveWay;
import org.amity.coding.SentenceClassifier;
import org.amity.coding.nlp.TaggedSentence;

/**
 * The five-way classes that {@code amity code} and {@code ingest text} give sentences: the learned
 * model under a policy when training sentences were found, else the dictionary's own reading
 * ({@link ClassPolicy#RULES}), and always saying which ({@link #model()}). Thread-safe: the model
 * is only read.
 */
public final class SentenceClasses implements SentenceClassifier {
  private final SentenceReader reader;
  private final ClassModel model;
  private final ClassPolicy policy;
  private final String description;

  private SentenceClasses(
      SentenceReader reader, ClassModel model, ClassPolicy policy, String description) {
    this.reader = reader;
    this.model = model;
    this.policy = policy;
    this.description = description;
  }

  /**
   * Trains the model on labelled sentences (read with {@code reader}) and decides under {@code
   * policy}; {@code from} names where the sentences came from.
   */
  public static SentenceClasses learned(
      SentenceReader reader,
      List<LabelledSentence> training,
      ClassPolicy policy,
      long seed,
      String from) {
    if (training.isEmpty()) {
      throw new IllegalArgumentException("no training sentences in " + from);
    }
    if (policy == ClassPolicy.RULES) {
      return rules(reader, "policy rules chosen");
    }
    List<SentenceReading> readings = training.stream().map(s -> reader.read(s.text())).toList();
    ClassModel m =
        ClassModel.train(readings, training.stream().map(LabelledSentence::label).toList(), seed);
    String d =
        String.format(
            Locale.ROOT,
            "%s: logistic regression trained at start on %,d labelled sentences of %s (seed %d)",
            policy.name().toLowerCase(java.util.Locale.ROOT),
            training.size(),
            from,
            seed);
    return new SentenceClasses(reader, m, policy, d);
  }

  /**
   * As {@link #learned(SentenceReader, List, ClassPolicy, long, String)}, but first looks for the
   * model in {@code cache} under {@code key} (which must hash the training sentences, the
   * dictionaries, the settings, the seed and the code; see {@link ModelCache}), and stores a newly
   * trained one there. A model that cannot be stored is reported and used all the same.
   */
  public static SentenceClasses learned(
      SentenceReader reader,
      List<LabelledSentence> training,
      ClassPolicy policy,
      long seed,
      String from,
      ModelCache cache,
      String key) {
    if (policy == ClassPolicy.RULES) {
      return rules(reader, "policy rules chosen");
    }
    var cached = cache.load(key);
    if (cached.isPresent()) {
      String d =
          String.format(
              Locale.ROOT,
              "%s: logistic regression trained on %,d labelled sentences of %s (seed %d), read"
                  + " from the cache %s",
              policy.name().toLowerCase(java.util.Locale.ROOT),
              training.size(),
              from,
              seed,
              cache.folder());
      return new SentenceClasses(reader, ClassModel.of(cached.get()), policy, d);
    }
    SentenceClasses fresh = learned(reader, training, policy, seed, from);
    try {
      cache.store(key, fresh.model.model());
    } catch (java.io.IOException | RuntimeException e) {
      System.err.println(
          "amity: could not cache the five-way model in " + cache.folder() + ": " + e);
    }
    return fresh;
  }

  /** The dictionary's reading alone (its event's class, else its main verb's), and why. */
  public static SentenceClasses rules(SentenceReader reader, String why) {
    return new SentenceClasses(
        reader, null, ClassPolicy.RULES, "rules: the dictionary's reading alone (" + why + ")");
  }

  /** The policy in force: {@link ClassPolicy#RULES} when no model was trained. */
  public ClassPolicy policy() {
    return policy;
  }

  @Override
  public FiveWay classify(TaggedSentence sentence, List<CodedEvent> events) {
    return policy.decide(reader.read(sentence, events), model);
  }

  @Override
  public String model() {
    return description;
  }

  @Override
  public String kind() {
    return policy.name().toLowerCase(java.util.Locale.ROOT);
  }
}
