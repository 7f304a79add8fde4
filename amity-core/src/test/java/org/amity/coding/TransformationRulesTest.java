package org.amity.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.amity.coding.dict.Dictionaries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verb dictionary's transformation rules applied to reported speech, one test per rule form of
 * PETRARCH-2's dictionary ({@code (a b NAME) VERB}, {@code (b . NAME) VERB}, {@code (a b Q) VERB},
 * {@code (_ b NAME) VERB}), on a fictional dictionary written for these tests.
 */
class TransformationRulesTest {
  static final String VERBS =
      """
      --- EXPLAIN [010] ---
      SAY {SAID SAYS}
      STATE
      EXPRESS [110]

      --- ALLEGE [110] ---
      ALLEGE
      CLAIM

      --- DEMAND [100] ---
      DEMAND
      WANT [030]

      --- ATTEMPT [---] ---
      ATTEMPT

      --- ASSASSINATE [186] ---
      ASSASSINATE

      --- FIGHT [190] ---
      ATTACK
      SHELL [194]

      --- MEET [040] ---
      MEET {MET MEETING MEETS}

      --- HELP [070] ---
      HELP

      ~ a (a b ATTACK) SAY = a b 015
      ~ a (a b ATTACK) CLAIM = a b 015
      ~ a (b . ATTACK) SAY = a b 112
      ~ a (b . ATTACK) CLAIM = a b 112
      ~ a (a b Q) SAY = a b Q
      ~ a (_ b ATTACK) WANT = a b 138
      ~ a (b . ATTACK ) WANT = a b 021
      ~ a (_ b ASSASSINATE) ATTEMPT = a b 185
      """;

  @TempDir static Path dir;
  @TempDir static Path plainDir;
  static EventCoder coder;
  static EventCoder without;

  @BeforeAll
  static void load() throws IOException {
    Dictionaries d = FictionalDictionaries.load(dir, VERBS);
    assertThat(d.problems()).isEmpty();
    assertThat(d.verbs().transformationRules()).hasSize(8);
    coder = new EventCoder(d);
    without = new EventCoder(FictionalDictionaries.load(plainDir, VERBS).withoutTransformations());
  }

  static List<CodedEvent> events(EventCoder c, String text) {
    return c.code(new Story("s", LocalDate.of(2022, 3, 1), null, null, text)).stream()
        .flatMap(s -> s.events().stream())
        .toList();
  }

  static List<String> code(String text) {
    return events(coder, text).stream().map(CodedEvent::key).toList();
  }

  @Test
  void aSpeakerSayingAnotherAttackedAccusesTheOther() {
    assertThat(code("Valdoria said Merval attacked the Kestrel Isles."))
        .containsExactly("VAL MRV 112");
    assertThat(code("Valdoria said that Merval had shelled the Kestrel Isles on Monday."))
        .containsExactly("VAL MRV 112");
    assertThat(code("Valdoria claimed that Merval attacked.")).containsExactly("VAL MRV 112");
  }

  @Test
  void theAccusationKeepsTheReportedEventInWords() {
    CodedEvent e = events(coder, "Valdoria said Merval attacked the Kestrel Isles.").get(0);
    assertThat(e.reported().source()).isEqualTo("MRV");
    assertThat(e.reported().target()).isEqualTo("KST");
    assertThat(e.reported().code()).isEqualTo("190");
    assertThat(e.reported().words()).isEqualTo("Merval attacked the Kestrel Isles");
    assertThat(e.gloss("accuses"))
        .isEqualTo("Valdoria → Merval: accuses (reported: Merval attacked the Kestrel Isles)");
    assertThat(e.pattern()).isEqualTo("~ a (b . ATTACK) SAY = a b 112");
  }

  @Test
  void aReportingVerbAfterACommaReportsTheClauseBefore() {
    assertThat(code("Merval attacked the Kestrel Isles, Valdoria said on Monday."))
        .containsExactly("VAL MRV 112");
    CodedEvent e = events(coder, "Merval shelled the Kestrel Isles, Valdoria said.").get(0);
    assertThat(e.reported().words()).isEqualTo("Merval shelled the Kestrel Isles");
    assertThat(e.reported().code()).isEqualTo("194");
  }

  @Test
  void aReportingVerbWithItsSpeakerAfterItReportsTheClauseBefore() {
    assertThat(code("Merval attacked the Kestrel Isles, said Valdoria."))
        .containsExactly("VAL MRV 112");
    CodedEvent e =
        events(coder, "Merval shelled the Kestrel Isles, said Valdoria on Monday.").get(0);
    assertThat(e.key()).isEqualTo("VAL MRV 112");
    assertThat(e.reported().words()).isEqualTo("Merval shelled the Kestrel Isles");
    assertThat(code("Merval attacked the Kestrel Isles, said the Valdorian government."))
        .containsExactly("VALGOV MRV 112");
    assertThat(code("Merval attacked the Kestrel Isles, Valdoria said it."))
        .doesNotContain("MRV KST 190");
  }

  @Test
  void anInvertedReportingVerbReadsAPronounBeforeItAsNoSpeaker() {
    assertThat(code("They attacked Merval, said Valdoria.")).noneMatch(k -> k.endsWith(" 112"));
  }

  @Test
  void aSecondReportedVerbJoinedByAndIsReportedTooNotAFact() {
    // before, the second verb took the speaker as its subject: Valdoria -> Aran Voss, 194
    assertThat(code("Valdoria said Merval attacked the Kestrel Isles and shelled Aran Voss."))
        .containsExactly("VAL MRV 112");
    assertThat(code("Valdoria said that Merval attacked the Kestrel Isles and shelled Aran Voss."))
        .containsExactly("VAL MRV 112");
    assertThat(code("Merval attacked the Kestrel Isles and shelled Aran Voss, Valdoria said."))
        .containsExactly("VAL MRV 112");
    assertThat(code("Merval attacked the Kestrel Isles and shelled Aran Voss, said Valdoria."))
        .containsExactly("VAL MRV 112");
  }

  @Test
  void aSecondReportedVerbAfterTheSpeakersOwnActKeepsItsOwnRule() {
    // "said it attacked ... and shelled ...": both are the speaker's claimed acts, 015 each
    assertThat(code("Valdoria said it attacked Merval and shelled the Kestrel Isles."))
        .containsExactly("VAL MRV 015", "VAL KST 015");
  }

  @Test
  void aPronounBeforeATrailingReportingVerbIsNotTheSpeaker() {
    assertThat(code("They attacked Merval, Valdoria said.")).isEmpty();
  }

  @Test
  void aReportedPassiveNamesItsAgentAsTheAccusedAndKeepsItsOwnWords() {
    CodedEvent e = events(coder, "Valdoria said Merval was attacked by the Kestrel Isles.").get(0);
    assertThat(e.key()).isEqualTo("VAL KST 112");
    assertThat(e.reported().words()).isEqualTo("Merval was attacked by the Kestrel Isles");
  }

  @Test
  void aSpeakerSayingItAttackedClaimsResponsibility() {
    assertThat(code("Valdoria said it attacked Merval.")).containsExactly("VAL MRV 015");
    assertThat(code("Valdoria said that they had shelled Merval.")).containsExactly("VAL MRV 015");
    assertThat(code("Valdoria claimed that it attacked Merval.")).containsExactly("VAL MRV 015");
  }

  @Test
  void aSpeakerSayingItDidSomethingElseKeepsThatEvent() {
    assertThat(code("Valdoria said it met Merval.")).containsExactly("VAL MRV 040");
    assertThat(events(coder, "Valdoria said it met Merval.").get(0).reported()).isNotNull();
  }

  @Test
  void whenTheSpeakerIsTheReportedSubjectItsNameStandsForThePronounInTheWords() {
    assertThat(
            events(coder, "Valdoria said that it had attacked Merval.").get(0).reported().words())
        .isEqualTo("Valdoria attacked Merval");
    assertThat(events(coder, "Valdoria wants to attack Merval.").get(0).reported().words())
        .isEqualTo("Valdoria to attack Merval");
    assertThat(events(coder, "Valdoria said Merval attacked Kestrel Isles ships.").get(0))
        .extracting(e -> e.reported().words())
        .isEqualTo("Merval attacked Kestrel Isles ships");
  }

  @Test
  void wantingToAttackIsAThreatAndWantingAnotherToAttackIsAnAppeal() {
    assertThat(code("Valdoria wants to attack Merval.")).containsExactly("VAL MRV 138");
    assertThat(code("Valdoria wants Merval to attack the Kestrel Isles."))
        .containsExactly("VAL MRV 021");
  }

  @Test
  void attemptingToAssassinateIsAnAssassinationAttempt() {
    assertThat(code("Valdoria attempted to assassinate Merval.")).containsExactly("VAL MRV 185");
  }

  @Test
  void whereNoRuleMatchesTheReportedEventStands() {
    assertThat(code("Valdoria said Merval met the Kestrel Isles.")).containsExactly("MRV KST 040");
    assertThat(code("Valdoria wants to help Merval.")).containsExactly("VAL MRV 030");
  }

  @Test
  void theFirstReportedVerbWithACodeEndsTheSearchEvenWithoutARule() {
    // "met" gives a code no rule transforms: it is the reported event, read once; the attack
    // after it is not taken as what Valdoria reported
    assertThat(code("Valdoria said Merval met the Kestrel Isles to attack Aran Voss."))
        .contains("MRV KST 040")
        .noneMatch(k -> k.startsWith("VAL MRV"));
  }

  @Test
  void aVerbOfTheBlockWithAnotherCodeIsNotTheRulesVerb() {
    // EXPRESS [110] sits in SAY's block with its own code: not a synonym of SAY for the rules
    assertThat(code("Valdoria expressed that Merval attacked the Kestrel Isles."))
        .doesNotContain("VAL MRV 112");
    assertThat(code("Valdoria stated that Merval attacked the Kestrel Isles."))
        .containsExactly("VAL MRV 112");
  }

  @Test
  void aNegatedReportingVerbIsNotTransformed() {
    assertThat(code("Valdoria did not say that Merval attacked the Kestrel Isles."))
        .containsExactly("MRV KST 190");
  }

  @Test
  void withoutTheRulesReportedSpeechKeepsTheReportedEvent() {
    assertThat(
            events(without, "Valdoria said Merval attacked the Kestrel Isles.").stream()
                .map(CodedEvent::key))
        .containsExactly("MRV KST 190");
    assertThat(events(without, "Valdoria wants to attack Merval.").stream().map(CodedEvent::key))
        .containsExactly("VAL MRV 030");
  }
}
