package org.amity.coding.dict;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The kinds of PETRARCH dictionary file, recognised from their content rather than their names. */
public enum DictionaryKind {
  /** verb blocks ({@code --- NAME [code] ---}) with patterns */
  VERBS,
  /** actor phrases with codes ({@code PHILIPPINES_ [PHL]}) */
  ACTORS,
  /** agent phrases with {@code ~} role codes ({@code [~GOV]}) */
  AGENTS,
  /** issue phrases ({@code n:refugee [REFUGEES]}, {@code <ISSUE ...>}) */
  ISSUES,
  /** phrases without codes whose sentences are not coded */
  DISCARDS,
  /** a plain list of prepositions (read, not needed: the tagger marks prepositions) */
  PREPOSITIONS,
  /** none of the above */
  UNKNOWN;

  private static final Set<String> COMMON_PREPOSITIONS = Set.of("OF", "IN", "TO", "WITH", "AT");

  /** Recognises a file from its meaningful lines. */
  public static DictionaryKind detect(List<DictionaryText.Line> lines) {
    int headers = 0;
    int agentCodes = 0;
    int codes = 0;
    int issueMarks = 0;
    int prepositions = 0;
    for (DictionaryText.Line l : lines) {
      String t = l.trimmed();
      if (t.startsWith("---") && t.contains("[")) {
        headers++;
      }
      int open = t.indexOf('[');
      if (open >= 0) {
        codes++;
        int close = t.indexOf(']', open);
        if (close > open && t.substring(open, close).contains("~")) {
          agentCodes++;
        }
      }
      String upper = t.toUpperCase(Locale.ROOT);
      if (upper.startsWith("<ISSUE") || upper.startsWith("N:") || upper.contains(" N:")) {
        issueMarks++;
      }
      if (COMMON_PREPOSITIONS.contains(upper)) {
        prepositions++;
      }
    }
    if (headers > 0) {
      return VERBS;
    }
    if (issueMarks > 0 && codes > 0) {
      return ISSUES;
    }
    if (agentCodes > 0 && agentCodes * 2 >= codes) {
      return AGENTS;
    }
    if (codes > 0) {
      return ACTORS;
    }
    if (prepositions >= 3) {
      return PREPOSITIONS;
    }
    return lines.isEmpty() ? UNKNOWN : DISCARDS;
  }
}
