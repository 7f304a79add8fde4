package org.amity.coding.plover;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.amity.coding.classify.Folds;

/**
 * Scores PLOVER event types on gold records, each record by an answer that never saw it: the
 * records are split into k folds by {@link Folds#of} (a hash of the sentence text, fixed and
 * committed as code), and fold j is answered by an arbiter trained on the separate training
 * sentences plus the other folds. A training sentence whose text equals a scored record's is left
 * out. One answer per record (the first that the policy gives), so a record with several coded
 * events gets no extra chances.
 */
public final class PloverCrossValidation {
  /** How a record's type is chosen. */
  public enum Policy {
    /**
     * The table alone, before the codebook's readings: the first coded event's type, else the main
     * verb's (the rules as they were before this reading).
     */
    TABLE_ONLY,
    /** The type of the first event the dictionary coder built, read in context; no fallback. */
    DICTIONARY,
    /** The dictionary event's type, else its main verb's (the codebook readings, no learning). */
    RULES,
    /** The dictionary event's type where it built one, the arbiter elsewhere. */
    FILL,
    /** The rules' type (event, else main verb) where they give one, the arbiter elsewhere. */
    RULES_THEN_LEARNED,
    /** The arbiter, weighing the dictionary's reading and the words; always an answer. */
    LEARNED;

    /** The policy's name in JSON ("rulesThenLearned"). */
    public String key() {
      String[] parts = name().toLowerCase(Locale.ROOT).split("_");
      StringBuilder b = new StringBuilder(parts[0]);
      for (int i = 1; i < parts.length; i++) {
        b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
      }
      return b.toString();
    }
  }

  /** Correct answers, answers given and records; per gold type for each policy. */
  public record Score(int records, int answered, int correct, Map<String, int[]> byType) {
    public double accuracy() {
      return records == 0 ? 0 : Math.round(correct * 10_000.0 / records) / 10_000.0;
    }

    public double coverage() {
      return records == 0 ? 0 : Math.round(answered * 10_000.0 / records) / 10_000.0;
    }
  }

  /** Every policy's score, with the training set's size and the folds used. */
  public record Result(
      Map<Policy, Score> byPolicy, int folds, int trainingSentences, int leftOut, long seed) {}

  private final PloverReader reader;
  private final long seed;

  public PloverCrossValidation(PloverReader reader, long seed) {
    this.reader = reader;
    this.seed = seed;
  }

  /** Scores {@code gold} in {@code folds} folds (at least 2), training also on {@code training}. */
  public Result run(List<PloverExample> training, List<PloverExample> gold, int folds) {
    if (folds < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds, not " + folds);
    }
    Set<String> scored = new HashSet<>();
    gold.forEach(g -> scored.add(norm(g.text())));
    List<PloverExample> train = new ArrayList<>();
    training.stream().filter(t -> !scored.contains(norm(t.text()))).forEach(train::add);
    List<PloverReading> trainReadings = new ArrayList<>();
    train.forEach(t -> trainReadings.add(reader.read(t.text(), t.date())));
    List<PloverReading> goldReadings = new ArrayList<>();
    gold.forEach(g -> goldReadings.add(reader.read(g.text(), g.date())));
    String[] learned = new String[gold.size()];
    for (int fold = 0; fold < folds; fold++) {
      List<PloverReading> x = new ArrayList<>(trainReadings);
      List<String> y = new ArrayList<>(train.stream().map(PloverExample::type).toList());
      for (int i = 0; i < gold.size(); i++) {
        if (Folds.of(gold.get(i).text(), folds) != fold) {
          x.add(goldReadings.get(i));
          y.add(gold.get(i).type());
        }
      }
      PloverModel model = PloverModel.train(x, y, seed);
      for (int i = 0; i < gold.size(); i++) {
        if (Folds.of(gold.get(i).text(), folds) == fold) {
          learned[i] = model.predict(goldReadings.get(i));
        }
      }
    }
    Map<Policy, Score> out = new LinkedHashMap<>();
    for (Policy p : Policy.values()) {
      int answered = 0;
      int correct = 0;
      Map<String, int[]> byType = new TreeMap<>();
      for (int i = 0; i < gold.size(); i++) {
        PloverReading r = goldReadings.get(i);
        String answer =
            switch (p) {
              case TABLE_ONLY -> r.tableOnly();
              case DICTIONARY -> r.dictionary();
              case RULES -> r.rules();
              case FILL -> r.dictionary() != null ? r.dictionary() : learned[i];
              case RULES_THEN_LEARNED -> r.rules() != null ? r.rules() : learned[i];
              case LEARNED -> learned[i];
            };
        boolean right = gold.get(i).type().equals(answer);
        answered += answer == null ? 0 : 1;
        correct += right ? 1 : 0;
        int[] c = byType.computeIfAbsent(gold.get(i).type(), k -> new int[2]);
        c[0]++;
        c[1] += right ? 1 : 0;
      }
      out.put(p, new Score(gold.size(), answered, correct, byType));
    }
    return new Result(out, folds, train.size(), training.size() - train.size(), seed);
  }

  private static String norm(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
