package org.amity.coding.classify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.amity.coding.FiveWay;

/**
 * Scores five-way classes on labelled sentences, never with a model that saw them: training
 * sentences whose text equals an evaluated sentence are left out of training, and with k folds each
 * fold is scored by a model trained on the other folds (plus the separate training set).
 */
public final class ClassEvaluation {
  private final SentenceReader reader;
  private final long seed;

  public ClassEvaluation(SentenceReader reader, long seed) {
    this.reader = reader;
    this.seed = seed;
  }

  /**
   * The result of every policy, how many training sentences were used and left out as duplicates,
   * and how many evaluated sentences the dictionary built a full event in (source, verb, target).
   */
  public record Result(
      Map<ClassPolicy, ClassScore> byPolicy, int trainingSentences, int leftOut, int withEvent) {}

  /**
   * Scores {@code evaluated}. With {@code folds} below 2 the model learns from {@code training}
   * only; otherwise fold k of {@code evaluated} is scored by a model trained on {@code training}
   * and the other folds (the fold of each sentence is {@link Folds#of}).
   */
  public Result run(List<LabelledSentence> training, List<LabelledSentence> evaluated, int folds) {
    Set<String> seen = new HashSet<>();
    evaluated.forEach(s -> seen.add(norm(s.text())));
    List<LabelledSentence> train = new ArrayList<>();
    for (LabelledSentence s : training) {
      if (!seen.contains(norm(s.text()))) {
        train.add(s);
      }
    }
    List<SentenceReading> trainReadings = train.stream().map(s -> reader.read(s.text())).toList();
    List<SentenceReading> evalReadings =
        evaluated.stream().map(s -> reader.read(s.text())).toList();
    Map<ClassPolicy, List<FiveWay>> predicted = new EnumMap<>(ClassPolicy.class);
    for (ClassPolicy p : ClassPolicy.values()) {
      predicted.put(p, new ArrayList<>(java.util.Collections.nCopies(evaluated.size(), null)));
    }
    int k = Math.max(1, folds);
    for (int fold = 0; fold < k; fold++) {
      List<SentenceReading> r = new ArrayList<>(trainReadings);
      List<FiveWay> y = new ArrayList<>(train.stream().map(LabelledSentence::label).toList());
      for (int i = 0; i < evaluated.size(); i++) {
        if (k > 1 && Folds.of(evaluated.get(i).text(), k) != fold) {
          r.add(evalReadings.get(i));
          y.add(evaluated.get(i).label());
        }
      }
      ClassModel model = r.isEmpty() ? null : ClassModel.train(r, y, seed);
      for (int i = 0; i < evaluated.size(); i++) {
        if (k > 1 && Folds.of(evaluated.get(i).text(), k) != fold) {
          continue;
        }
        for (ClassPolicy p : ClassPolicy.values()) {
          FiveWay c =
              model == null && p != ClassPolicy.RULES ? null : p.decide(evalReadings.get(i), model);
          predicted.get(p).set(i, c);
        }
      }
    }
    List<FiveWay> gold = evaluated.stream().map(LabelledSentence::label).toList();
    Map<ClassPolicy, ClassScore> out = new EnumMap<>(ClassPolicy.class);
    predicted.forEach((p, c) -> out.put(p, ClassScore.of(gold, c)));
    int withEvent = (int) evalReadings.stream().filter(r -> r.dictionary() != null).count();
    return new Result(out, train.size(), training.size() - train.size(), withEvent);
  }

  static String norm(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
