package org.amity.app.cli;

import java.util.ArrayList;
import java.util.List;

/** A range of seeds as written on the command line: {@code 301-320}, or a single {@code 24}. */
final class SeedRange {
  /** More seeds than this in one sweep is surely a typo (each is a simulated year). */
  static final int MAX_SEEDS = 500;

  private SeedRange() {}

  static List<Long> parse(String text) {
    String t = text.strip();
    int dash = t.indexOf('-', 1);
    long from;
    long to;
    try {
      from = Long.parseLong(dash < 0 ? t : t.substring(0, dash).strip());
      to = dash < 0 ? from : Long.parseLong(t.substring(dash + 1).strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--seeds must be A-B or A (whole numbers): " + text);
    }
    if (to < from) {
      throw new IllegalArgumentException("--seeds: the range ends before it starts: " + text);
    }
    if (to - from + 1 > MAX_SEEDS) {
      throw new IllegalArgumentException(
          "--seeds: at most " + MAX_SEEDS + " seeds in one sweep: " + text);
    }
    List<Long> out = new ArrayList<>();
    for (long s = from; s <= to; s++) {
      out.add(s);
    }
    return out;
  }
}
