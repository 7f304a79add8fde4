package org.amity.coding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.amity.coding.dict.Dictionaries;

/**
 * A small dictionary set about fictional states (Valdoria, Merval, the Kestrel Isles), written for
 * these tests in the PETRARCH formats, as PETRARCH keeps its own validation dictionaries apart from
 * the real ones.
 */
public final class FictionalDictionaries {
  static final String VERBS =
      """
      # fictional verbs for Amity's tests
      &MONEY
      +DOLLAR
      +RUPEE

      --- ACCUSE [112] ---
      ACCUSE

      --- CONDEMN [122] ---
      CONDEMN
      DENOUNCE

      --- MEET [040] ---
      MEET {MET MEETING MEETS}
      - WILL NOT * [125]

      --- VISIT [042:043] ---
      VISIT
      ARRIVE

      --- ATTACK [190] ---
      ATTACK
      SHELL
      - * (WITH ARTILLERY) [194]
      - * (WITH {WATER CANNON}) [---]

      --- PROMISE [030] ---
      PROMISE
      - * AID [033]
      - * &MONEY [0331]

      --- QUESTION [111] ---
      QUESTION

      --- SAY [010] ---
      SAY {SAID SAYS}

      --- WELCOME [041] ---
      WELCOME
      """;

  static final String ACTORS =
      """
      VALDORIA_ [VAL]
      +VALDORIAN_
      MERVAL_ [MRV]
      +MERVALIAN_
      KESTREL_ISLES_ [KST]
      +K.I._
      ARAN_VOSS_ [VALELI]
      \t[VALGOV 20200101-20241231]
      """;

  static final String AGENTS =
      """
      GOVERNMENT [~GOV]
      NAVY {} [~MIL]
      COAST_GUARD [~COP]
      FOREIGN_MINISTER [~GOV]
      REBEL [~REB]
      HUMAN_RIGHTS_GROUP [NGO~]
      """;

  static final String DISCARDS =
      """
      +FOOTBALL
      CRICKET_
      """;

  private FictionalDictionaries() {}

  /** Writes the four files to {@code dir} and loads them (without Amity's supplement). */
  public static Dictionaries load(Path dir) throws IOException {
    return load(dir, VERBS);
  }

  /** The same set with another verb file (written in the PETRARCH verb format). */
  public static Dictionaries load(Path dir, String verbs) throws IOException {
    Files.writeString(dir.resolve("fiction.verbs.txt"), verbs);
    Files.writeString(dir.resolve("fiction.actors.txt"), ACTORS);
    Files.writeString(dir.resolve("fiction.agents.txt"), AGENTS);
    Files.writeString(dir.resolve("fiction.discards.txt"), DISCARDS);
    return Dictionaries.load(List.of(dir), false);
  }
}
