package org.amity.coding.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.amity.coding.CodedEvent;
import org.amity.coding.CodedSentence;
import org.amity.coding.EventCoder;
import org.amity.coding.Story;
import org.amity.coding.nlp.EnglishAnalyzer;
import org.amity.coding.nlp.TaggedSentence;
import org.amity.coding.nlp.TreebankParse;

/**
 * Runs the coder over validation records and scores it. An expected event is met exactly when a
 * coded event has the same source, target and event code; on the root when source, target and the
 * code's first two digits agree. A record that expects no event is met when nothing is coded. Every
 * coded event that meets no expectation is a false positive.
 */
public final class Evaluation {
  /** A record the coder did not get fully right. */
  public record Failure(
      String id, String category, String text, List<String> expected, List<String> coded) {}

  /** The whole result. */
  public record Report(
      Score total, Map<String, Score> byCategory, int parseErrors, List<Failure> failures) {}

  private final EventCoder coder;
  private final boolean useParse;

  public Evaluation(EventCoder coder, boolean useParse) {
    this.coder = coder;
    this.useParse = useParse;
  }

  public Report run(List<ValidationRecord> records) {
    Score total = new Score();
    Map<String, Score> byCategory = new TreeMap<>();
    List<Failure> failures = new ArrayList<>();
    int parseErrors = 0;
    for (ValidationRecord r : records) {
      List<CodedEvent> coded;
      try {
        coded = code(r);
      } catch (IllegalArgumentException e) {
        parseErrors++;
        coded = List.of();
      }
      Set<String> keys = new LinkedHashSet<>();
      coded.forEach(e -> keys.add(e.key()));
      int[] s = score(r, coded, keys);
      total.add(r.expectations(), s[0], s[1], s[2]);
      byCategory
          .computeIfAbsent(r.category(), k -> new Score())
          .add(r.expectations(), s[0], s[1], s[2]);
      if (s[0] < r.expectations() || s[2] > 0) {
        List<String> expected =
            r.expected().isEmpty()
                ? List.of("(no event)")
                : r.expected().stream().map(ValidationRecord.Expected::key).toList();
        failures.add(new Failure(r.id(), r.category(), r.text(), expected, List.copyOf(keys)));
      }
    }
    return new Report(total, byCategory, parseErrors, failures);
  }

  /** Exact matches, root matches and false positives of one record. */
  private static int[] score(ValidationRecord r, List<CodedEvent> coded, Set<String> keys) {
    if (r.expected().isEmpty()) {
      int fp = keys.size();
      return new int[] {fp == 0 ? 1 : 0, fp == 0 ? 1 : 0, fp};
    }
    int exact = 0;
    int root = 0;
    Set<String> used = new LinkedHashSet<>();
    for (ValidationRecord.Expected x : r.expected()) {
      if (keys.contains(x.key())) {
        exact++;
        used.add(x.key());
      }
      for (CodedEvent e : coded) {
        if (e.source().equals(x.source())
            && e.target().equals(x.target())
            && root(e.code()).equals(root(x.code()))) {
          root++;
          break;
        }
      }
    }
    int fp = 0;
    for (String k : keys) {
      if (!used.contains(k)) {
        fp++;
      }
    }
    return new int[] {exact, root, fp};
  }

  private static String root(String code) {
    return code.length() >= 2 ? code.substring(0, 2) : code;
  }

  private List<CodedEvent> code(ValidationRecord r) {
    Story story = new Story(r.id(), r.date(), null, null, r.text());
    List<CodedSentence> sentences;
    if (useParse && r.parse() != null) {
      EnglishAnalyzer a = coder.analyzer();
      TreebankParse.Leaves leaves = TreebankParse.read(r.parse());
      TaggedSentence t = a.fromTagged(r.text(), leaves.tokens(), leaves.tags());
      sentences = coder.code(story, List.of(t));
    } else {
      sentences = coder.code(story);
    }
    List<CodedEvent> out = new ArrayList<>();
    sentences.forEach(s -> out.addAll(s.events()));
    return out;
  }
}
