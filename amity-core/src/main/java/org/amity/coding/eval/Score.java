package org.amity.coding.eval;

/**
 * Counts for a set of records: expectations met exactly (source, target and event code), met on the
 * root code only (source, target and the code's first two digits), and events coded that no
 * expectation asked for.
 */
public final class Score {
  private int sentences;
  private int expected;
  private int exact;
  private int root;
  private int falsePositives;

  void add(int expected, int exact, int root, int falsePositives) {
    this.sentences++;
    this.expected += expected;
    this.exact += exact;
    this.root += root;
    this.falsePositives += falsePositives;
  }

  public int sentences() {
    return sentences;
  }

  public int expected() {
    return expected;
  }

  public int exact() {
    return exact;
  }

  public double exactRate() {
    return rate(exact);
  }

  public int rootMatches() {
    return root;
  }

  public double rootRate() {
    return rate(root);
  }

  public int falsePositives() {
    return falsePositives;
  }

  private double rate(int n) {
    return expected == 0 ? 0 : Math.round(n * 10_000.0 / expected) / 10_000.0;
  }
}
