package org.amity.coding.dict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A block of synonymous verbs ({@code --- ACCELERATE [---] ---}) and the patterns they share, kept
 * most specific first.
 */
public final class VerbBlock {
  private final String name;
  private final String code;
  private final String reverse;
  private final List<VerbPattern> patterns = new ArrayList<>();

  VerbBlock(String name, String code, String reverse) {
    this.name = name;
    this.code = code;
    this.reverse = reverse;
  }

  public String name() {
    return name;
  }

  /** The block's default code, null for none ({@code [---]}). */
  public String code() {
    return code;
  }

  public String reverse() {
    return reverse;
  }

  public List<VerbPattern> patterns() {
    return patterns;
  }

  void add(VerbPattern p) {
    patterns.add(p);
  }

  void seal() {
    patterns.sort(Comparator.comparingInt(p -> -p.weight()));
  }
}
