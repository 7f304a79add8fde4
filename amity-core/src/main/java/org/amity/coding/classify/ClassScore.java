package org.amity.coding.classify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amity.coding.FiveWay;

/**
 * Five-way scores: accuracy over every sentence (a sentence given no class counts as wrong),
 * coverage (share given a class), the confusion table (gold class to predicted class, "none" for no
 * class) and, per gold class, its count, recall, precision and F1. A recall or precision with no
 * sentence to divide by (no gold sentence of the class, or none predicted) is null, not NaN, so the
 * JSON stays standard.
 */
public record ClassScore(
    int sentences,
    double accuracy,
    double coverage,
    Map<String, Map<String, Integer>> confusion,
    Map<String, Map<String, Double>> perClass) {

  public static ClassScore of(List<FiveWay> gold, List<FiveWay> predicted) {
    int n = gold.size();
    int right = 0;
    int covered = 0;
    Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
    for (FiveWay g : FiveWay.values()) {
      Map<String, Integer> row = new LinkedHashMap<>();
      for (FiveWay p : FiveWay.values()) {
        row.put(p.words(), 0);
      }
      row.put("none", 0);
      confusion.put(g.words(), row);
    }
    for (int i = 0; i < n; i++) {
      FiveWay g = gold.get(i);
      FiveWay p = predicted.get(i);
      covered += p == null ? 0 : 1;
      right += g == p ? 1 : 0;
      confusion.get(g.words()).merge(p == null ? "none" : p.words(), 1, Integer::sum);
    }
    Map<String, Map<String, Double>> per = new LinkedHashMap<>();
    for (FiveWay c : FiveWay.values()) {
      int tp = confusion.get(c.words()).get(c.words());
      int goldN = confusion.get(c.words()).values().stream().mapToInt(Integer::intValue).sum();
      int predN = 0;
      for (Map<String, Integer> row : confusion.values()) {
        predN += row.get(c.words());
      }
      double recall = goldN == 0 ? Double.NaN : (double) tp / goldN;
      double precision = predN == 0 ? Double.NaN : (double) tp / predN;
      Map<String, Double> m = new LinkedHashMap<>();
      m.put("sentences", (double) goldN);
      m.put("recall", defined(recall));
      m.put("precision", defined(precision));
      m.put(
          "f1", round(recall + precision > 0 ? 2 * recall * precision / (recall + precision) : 0));
      per.put(c.words(), m);
    }
    return new ClassScore(
        n,
        round(n == 0 ? 0 : (double) right / n),
        round(n == 0 ? 0 : (double) covered / n),
        confusion,
        per);
  }

  private static double round(double v) {
    return Math.round(v * 10_000.0) / 10_000.0;
  }

  private static Double defined(double v) {
    return Double.isNaN(v) ? null : round(v);
  }
}
