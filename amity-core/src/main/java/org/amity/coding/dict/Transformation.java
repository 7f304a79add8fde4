package org.amity.coding.dict;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One PETRARCH-2 transformation rule of the verb dictionary, such as {@code ~ a (b . ATTACK) SAY =
 * a b 112}: when a clause whose verb is SAY (the <em>reporting verb</em>) holds an event whose code
 * falls under ATTACK (the <em>embedded event</em>), the dictionary stores the rule's event instead
 * ("A says B attacked" is A accuses B).
 *
 * <p>The parts: {@code a} is the reporting clause's source (the speaker); inside the parentheses
 * come the embedded event's source, target and name, where {@code a} is the speaker again, {@code
 * b} another actor, {@code .} any target or none, and {@code _} no source of its own (an
 * infinitive: "wants to attack"); after them the reporting verb's name; after {@code =} the stored
 * event's source, target and code, where the code may be the embedded name itself when that is a
 * variable ({@code ~ a (a b Q) SAY = a b Q}: the embedded code is kept).
 *
 * <p>Names are words of the verb dictionary ({@link #resolve}): the reporting name is read as that
 * verb and its synonyms of the same block and code; the embedded name as the code of that verb's
 * entry and every CAMEO code under it (a root's generic code, such as 190, covers the root).
 *
 * @param text the rule as written
 * @param speaker the reporting clause's variable ({@code a})
 * @param source the embedded event's source: a variable, or {@link #NONE} for an infinitive
 * @param target the embedded event's target: a variable, or {@link #ANY}
 * @param embedded the embedded event's name ("ATTACK") or a code variable ("Q")
 * @param reporting the reporting verb's name ("SAY")
 * @param outSource the stored event's source variable
 * @param outTarget the stored event's target variable
 * @param outCode the stored event's code, or the embedded code variable
 */
public record Transformation(
    String text,
    String speaker,
    String source,
    String target,
    String embedded,
    String reporting,
    String outSource,
    String outTarget,
    String outCode) {

  /** The embedded event has no source of its own (an infinitive after the reporting verb). */
  public static final String NONE = "_";

  /** Any target, or none. */
  public static final String ANY = ".";

  private static final Pattern RULE =
      Pattern.compile(
          "~\\s*(\\S+)\\s*\\(\\s*(\\S+)\\s+(\\S+)\\s+([^\\s)]+)\\s*\\)\\s*(\\S+)\\s*=\\s*(\\S+)\\s+(\\S+)\\s+(\\S+)\\s*");

  /**
   * Reads a {@code ~} line.
   *
   * @throws IllegalArgumentException when the line is not of the form {@code ~ a (x y NAME) VERB =
   *     u v CODE}, or the stored event names a variable the rule does not bind
   */
  public static Transformation parse(String line) {
    Matcher m = RULE.matcher(line.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "transformation not of the form ~ a (x y NAME) VERB = u v CODE: " + line.strip());
    }
    String[] g = new String[9];
    for (int i = 1; i <= 8; i++) {
      g[i] = m.group(i).toUpperCase(Locale.ROOT);
    }
    Transformation t =
        new Transformation(
            line.strip(),
            g[1].toLowerCase(Locale.ROOT),
            g[2].toLowerCase(Locale.ROOT),
            g[3].toLowerCase(Locale.ROOT),
            g[4],
            g[5],
            g[6].toLowerCase(Locale.ROOT),
            g[7].toLowerCase(Locale.ROOT),
            g[8]);
    List<String> bound = List.of(t.speaker, t.source, t.target);
    for (String v : List.of(t.outSource, t.outTarget)) {
      if (!bound.contains(v) || v.equals(NONE) || v.equals(ANY)) {
        throw new IllegalArgumentException(
            "transformation stores " + v + ", which its pattern does not bind: " + t.text);
      }
    }
    if (!t.keepsCode() && !t.outCode.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException(
          "transformation code " + t.outCode + " is neither a code nor its variable: " + t.text);
    }
    return t;
  }

  /** Whether the stored code is the embedded event's own ({@code ... = a b Q}). */
  public boolean keepsCode() {
    return outCode.equals(embedded);
  }

  /**
   * This rule read against the merged verb dictionary: the reporting verb's block and code, and the
   * embedded code. Null, with the reason added to {@code problems}, when a name is not a verb of
   * the dictionary or the embedded name has no code.
   */
  public Resolved resolve(VerbDictionary verbs, List<String> problems) {
    VerbEntry verb = verbs.base(reporting);
    if (verb == null) {
      problems.add("transformation names " + reporting + ", not a dictionary verb: " + text);
      return null;
    }
    String code = null;
    if (!keepsCode()) {
      VerbEntry e = verbs.base(embedded);
      if (e == null || e.code() == null) {
        problems.add(
            "transformation names " + embedded + ", not a dictionary verb with a code: " + text);
        return null;
      }
      code = e.code();
    }
    return new Resolved(this, verb.block(), verb.code(), code);
  }

  /**
   * A rule ready to apply.
   *
   * @param rule the rule
   * @param block the reporting verb's block
   * @param verbCode the reporting verb's code in that block (null for {@code [---]})
   * @param embeddedCode the code the embedded name stands for, null for any code
   */
  public record Resolved(
      Transformation rule, VerbBlock block, String verbCode, String embeddedCode) {

    /**
     * Whether {@code entry} is the reporting verb or one of its synonyms (same block, same code).
     */
    public boolean reports(VerbEntry entry) {
      return entry.block() == block && Objects.equals(entry.code(), verbCode);
    }

    /**
     * Whether an embedded event coded {@code code} falls under this rule's name: the name's code
     * and its sub-codes; a root's generic code ("190", ending in 0) covers the whole root.
     */
    public boolean covers(String code) {
      if (code == null) {
        return false;
      }
      if (embeddedCode == null) {
        return true;
      }
      String stem =
          embeddedCode.length() == 3 && embeddedCode.endsWith("0")
              ? embeddedCode.substring(0, 2)
              : embeddedCode;
      return code.startsWith(stem);
    }
  }
}
