package org.amity.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.amity.coding.dict.Dictionaries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TABARI's disconnected phrases: a blank between two words of an actor or agent phrase lets up to
 * two modifiers of its noun come between, within one noun phrase (fictional dictionary and
 * sentences, written for these tests).
 */
class DisconnectedPhrasesTest {
  static final String ACTORS =
      """
      VALDORIA_ [VAL]
      +VALDORIAN_
      VALDORIAN TELEVISION [VALTV]
      VALDORIA_ PEACE_FLEET_ [NGOVAL]
      MERVAL_ [MRV]
      +MERVALIAN_
      """;

  static final String AGENTS =
      """
      GOVERNMENT [~GOV]
      CHIEF EXECUTIVE [~BUS]
      """;

  @TempDir static Path dir;
  static Dictionaries dict;
  static EventCoder on;
  static EventCoder off;

  @BeforeAll
  static void load() throws IOException {
    Files.writeString(dir.resolve("f.verbs.txt"), FictionalDictionaries.VERBS);
    Files.writeString(dir.resolve("f.actors.txt"), ACTORS);
    Files.writeString(dir.resolve("f.agents.txt"), AGENTS);
    dict = Dictionaries.load(List.of(dir), false);
    assertThat(dict.problems()).isEmpty();
    on = new EventCoder(dict);
    off = new EventCoder(Dictionaries.load(List.of(dir), false).withDisconnectedPhrases(false));
  }

  static List<String> code(EventCoder c, String text) {
    return c.code(new Story("s", LocalDate.of(2022, 3, 1), null, null, text)).stream()
        .flatMap(s -> s.events().stream())
        .map(CodedEvent::key)
        .toList();
  }

  @Test
  void aModifierMayStandInsideTheActorsPhrase() {
    assertThat(code(on, "Merval condemned Valdorian state-run television on Monday."))
        .containsExactly("MRV VALTV 122");
    assertThat(code(on, "Merval condemned Valdorian national television."))
        .containsExactly("MRV VALTV 122");
    assertThat(code(on, "Merval condemned Valdorian television.")).containsExactly("MRV VALTV 122");
  }

  @Test
  void withoutTheSwitchABlankMeansAdjacent() {
    assertThat(code(off, "Merval condemned Valdorian state-run television on Monday."))
        .containsExactly("MRV VAL 122");
    assertThat(code(off, "Merval condemned Valdorian television."))
        .containsExactly("MRV VALTV 122");
  }

  @Test
  void aPossessiveMayOpenTheGap() {
    assertThat(code(on, "Merval welcomed Valdoria's Peace Fleet."))
        .containsExactly("MRV NGOVAL 041");
  }

  @Test
  void moreThanTwoModifiersEndThePhrase() {
    assertThat(code(on, "Merval condemned Valdorian official national state-run television."))
        .containsExactly("MRV VAL 122");
  }

  @Test
  void aDeterminerPrepositionVerbOrConjunctionEndsThePhrase() {
    assertThat(code(on, "Valdoria condemned television reports about Merval."))
        .containsExactly("VAL MRV 122");
    assertThat(code(on, "Merval condemned the Valdorian and the television."))
        .containsExactly("MRV VAL 122");
    assertThat(code(on, "Merval condemned Valdorian forces on television."))
        .containsExactly("MRV VAL 122");
  }

  @Test
  void anActorInsideTheGapIsNotSwallowed() {
    assertThat(code(on, "Valdoria condemned Valdorian Mervalian television."))
        .doesNotContain("VAL VALTV 122");
  }

  @Test
  void anAgentPhraseMayHaveAGapToo() {
    assertThat(code(on, "The chief financial executive of Merval condemned Valdoria."))
        .containsExactly("MRVBUS VAL 122");
    // off, "chief" and "executive" name no one, and Merval after "of" is no subject
    assertThat(code(off, "The chief financial executive of Merval condemned Valdoria.")).isEmpty();
  }

  @Test
  void theFirstWordOfADisconnectedPhraseCountsWhenDecidingWhetherToTag() {
    String[] words = {"THE", "CHIEF", "FINANCIAL", "EXECUTIVE", "CONDEMNED", "MERVAL"};
    assertThat(on.mayHoldEvent(words)).isTrue();
    assertThat(off.mayHoldEvent(words)).isFalse();
  }

  @Test
  void aPlainLoadReadsBlanksAsTheFormatDefinesThem() throws Exception {
    assertThat(dict.disconnected()).isTrue();
    Dictionaries explicit = Dictionaries.load(List.of(dir), false).withDisconnectedPhrases(true);
    Dictionaries adjacent = Dictionaries.load(List.of(dir), false).withDisconnectedPhrases(false);
    assertThat(explicit.fingerprint()).isEqualTo(dict.fingerprint());
    assertThat(adjacent.fingerprint()).isNotEqualTo(dict.fingerprint());
  }

  @Test
  void theCountsSayHowManyPhrasesAreDisconnected() {
    assertThat(dict.counts()).containsEntry("disconnectedPhrases", 4);
  }
}
