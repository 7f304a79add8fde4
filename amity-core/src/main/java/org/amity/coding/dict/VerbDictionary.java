package org.amity.coding.dict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The verb dictionary: verb forms with their blocks of patterns, and the synonym sets the patterns
 * refer to. Read by {@link VerbDictionaryReader}; several files merge, the first entry for a form
 * winning.
 */
public final class VerbDictionary {
  /** A verb found in a sentence: the entry, the tokens it covers, and which token is the verb. */
  public record Found(VerbEntry entry, int start, int end, int head) {}

  private final PhraseIndex<VerbEntry> forms = new PhraseIndex<>();
  private final Map<String, List<VerbEntry>> byBase = new HashMap<>();
  private final Map<String, List<String[]>> synsets = new HashMap<>();
  private final List<VerbBlock> blocks = new ArrayList<>();
  private int patterns;
  private final List<Transformation> transformations = new ArrayList<>();
  private List<Transformation.Resolved> rules = List.of();

  void addForm(VerbEntry e) {
    forms.add(e.words(), e);
  }

  void addBase(VerbEntry e) {
    byBase.computeIfAbsent(e.base(), k -> new ArrayList<>()).add(e);
  }

  void addBlock(VerbBlock b) {
    blocks.add(b);
  }

  void countPattern() {
    patterns++;
  }

  void addTransformation(Transformation t) {
    transformations.add(t);
  }

  /**
   * Reads every transformation rule against this (merged) dictionary, in the order read; a rule
   * whose names are not dictionary verbs is reported in {@code problems} and left out.
   */
  void resolveTransformations(List<String> problems) {
    List<Transformation.Resolved> out = new ArrayList<>();
    for (Transformation t : transformations) {
      Transformation.Resolved r = t.resolve(this, problems);
      if (r != null) {
        out.add(r);
      }
    }
    rules = List.copyOf(out);
  }

  /** Leaves every transformation rule out: reported speech keeps the reported event. */
  void dropTransformations() {
    rules = List.of();
  }

  /** The transformation rules ready to apply, in the order read (the first that matches wins). */
  public List<Transformation.Resolved> transformationRules() {
    return rules;
  }

  /** The first entry whose base form is {@code word} ("SAY"), or null. */
  VerbEntry base(String word) {
    List<VerbEntry> l = byBase.get(word);
    return l == null || l.isEmpty() ? null : l.get(0);
  }

  Map<String, List<String[]>> synsetMap() {
    return synsets;
  }

  void seal() {
    forms.seal();
    blocks.forEach(VerbBlock::seal);
  }

  /** The phrases of synonym set {@code name} (without the {@code &}); empty if undefined. */
  public List<String[]> synset(String name) {
    return synsets.getOrDefault(name, List.of());
  }

  public int verbForms() {
    return forms.size();
  }

  public int blocks() {
    return blocks.size();
  }

  public int patterns() {
    return patterns;
  }

  public int synsets() {
    return synsets.size();
  }

  /** Transformation rules ({@code ~ a (a b ATTACK) SAY = ...}) read. */
  public int transformations() {
    return transformations.size();
  }

  /**
   * The dictionary verb at token {@code i}: the longest form written there, or else a verb whose
   * base form is the token's lemma (with its particles following).
   */
  public Found at(String[] tokens, String[] lemmas, int i) {
    PhraseIndex.Match<VerbEntry> m = forms.longestAt(tokens, i);
    if (m != null) {
      return new Found(m.value(), m.start(), m.end(), i + m.value().head());
    }
    List<VerbEntry> candidates = lemmas == null ? null : byBase.get(lemmas[i]);
    if (candidates == null) {
      return null;
    }
    Found best = null;
    for (VerbEntry e : candidates) {
      String[] w = e.words();
      if (e.head() != 0 || i + w.length > tokens.length) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < w.length && ok; k++) {
        ok = w[k].equals(tokens[i + k]);
      }
      if (ok && (best == null || w.length > best.end() - best.start())) {
        best = new Found(e, i, i + w.length, i);
      }
    }
    return best;
  }

  /** Adds every verb, block and synset of {@code other} after this dictionary's own. */
  public void addAll(VerbDictionary other) {
    forms.addAll(other.forms);
    forms.seal();
    other.byBase.forEach((k, v) -> byBase.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
    other.synsets.forEach(synsets::putIfAbsent);
    blocks.addAll(other.blocks);
    patterns += other.patterns;
    transformations.addAll(other.transformations);
  }
}
