package org.amity.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clause rules of the dictionary coder: passive, reported speech, negation, subordinate and
 * relative clauses, coordinated verbs. Each sentence names the rule it shows.
 */
class ClauseRulesTest {
  @TempDir static Path dir;
  static EventCoder coder;

  @BeforeAll
  static void load() throws IOException {
    coder = new EventCoder(FictionalDictionaries.load(dir));
  }

  static List<String> code(String text) {
    return coder.code(new Story("s", LocalDate.of(2022, 3, 1), null, null, text)).stream()
        .flatMap(s -> s.events().stream())
        .map(CodedEvent::key)
        .toList();
  }

  @Test
  void aPassiveWithAnAgentMakesTheAgentTheSourceAndTheSubjectTheTarget() {
    assertThat(code("Merval was condemned by Valdoria on Monday.")).containsExactly("VAL MRV 122");
    assertThat(code("Merval has been attacked by the Valdorian navy."))
        .containsExactly("VALMIL MRV 190");
  }

  @Test
  void thePassiveAgentIsTheObjectOfByNotALaterActor() {
    assertThat(code("Valdoria promised by letter some rupees to Merval."))
        .containsExactly("VAL MRV 0331");
    assertThat(code("Merval was attacked by a group of armed Valdorian rebels."))
        .containsExactly("VALREB MRV 190");
  }

  @Test
  void aPassiveWithoutAnAgentGivesNoEventRatherThanMakingTheVictimTheSource() {
    assertThat(code("Merval was attacked on Monday.")).isEmpty();
    assertThat(code("The Merval navy was attacked near the Kestrel Isles.")).isEmpty();
  }

  @Test
  void reportedSpeechCodesTheReportedEventNotTheStatement() {
    assertThat(code("Valdoria said that Merval had attacked the Kestrel Isles."))
        .containsExactly("MRV KST 190");
    assertThat(code("Merval attacked the Kestrel Isles, Valdoria said on Monday."))
        .containsExactly("MRV KST 190");
  }

  @Test
  void reportedSpeechWithAPassiveInsideCodesTheAgentAsSource() {
    assertThat(code("Valdoria said Merval was attacked by the Kestrel Isles."))
        .containsExactly("KST MRV 190");
  }

  @Test
  void theStatementStandsWhenNothingElseIsCoded() {
    assertThat(code("Valdoria said Merval was a good neighbour.")).containsExactly("VAL MRV 010");
  }

  @Test
  void aPrepositionalPhraseBetweenTheVerbAndItsObjectIsPassedToReachThePatternWord() {
    assertThat(code("Valdoria promised on Monday aid to Merval.")).containsExactly("VAL MRV 033");
    assertThat(code("Valdoria promised in a letter some rupees to Merval."))
        .containsExactly("VAL MRV 0331");
  }

  @Test
  void anInfinitiveTheDictionaryDoesNotKnowLendsItsObjectToTheMainVerb() {
    assertThat(code("Valdoria promised to send aid to Merval.")).containsExactly("VAL MRV 033");
    assertThat(code("Valdoria promised on Monday to send aid to Merval."))
        .containsExactly("VAL MRV 033");
  }

  @Test
  void aVerbFollowedByAPrepositionAndThenOnlyAnInfinitiveIsTheClauseVerb() {
    assertThat(code("Valdoria condemned on Monday the plan to attack Merval."))
        .containsExactly("VAL MRV 122");
    assertThat(code("Merval rebels attacked by Valdoria condemned the Kestrel Isles."))
        .containsExactly("MRVREB KST 122");
  }

  @Test
  void anInfinitiveTheDictionaryKnowsKeepsItsObjectToItself() {
    assertThat(code("Valdoria promised to meet aid donors in Merval."))
        .doesNotContain("VAL MRV 033");
  }

  @Test
  void aPatternWordInsideThePrepositionalPhraseIsNotTheObject() {
    assertThat(code("Valdoria promised at the aid conference to defend Merval."))
        .containsExactly("VAL MRV 030");
    assertThat(code("Valdoria promised Merval a meeting after the aid talks."))
        .containsExactly("VAL MRV 030");
  }

  @Test
  void anIndirectQuestionAfterTheVerbHoldsItsTarget() {
    assertThat(code("Valdoria questioned whether Merval would ever pay."))
        .containsExactly("VAL MRV 111");
  }

  @Test
  void whetherAfterANounOpensAnAdverbialClauseWithoutTheVerbsTarget() {
    assertThat(code("Valdoria condemned the vote, whether Merval joins or not."))
        .doesNotContain("VAL MRV 122");
  }

  @Test
  void aNegatedVerbGivesNoEvent() {
    assertThat(code("Valdoria did not attack Merval.")).isEmpty();
    assertThat(code("Valdoria has never condemned Merval.")).isEmpty();
    assertThat(code("Valdoria didn't meet Merval.")).isEmpty();
  }

  @Test
  void aNegationThatTheDictionaryPatternReadsGivesThePatternsCode() {
    assertThat(code("Valdoria will not meet Merval.")).containsExactly("VAL MRV 125");
  }

  @Test
  void aNegatedVerbLeavesTheOtherVerbsOfTheClause() {
    assertThat(code("Valdoria did not attack Merval but condemned the Kestrel Isles."))
        .containsExactly("VAL KST 122");
  }

  @Test
  void aRelativeClauseTakesItsSubjectFromTheNounBeforeIt() {
    assertThat(code("Valdoria, which attacked Merval last year, welcomed the Kestrel Isles."))
        .containsExactlyInAnyOrder("VAL MRV 190", "VAL KST 041");
  }

  @Test
  void aSubordinateClauseKeepsItsOwnSubject() {
    assertThat(code("Valdoria condemned Merval after the Kestrel Isles attacked Merval."))
        .containsExactlyInAnyOrder("VAL MRV 122", "KST MRV 190");
  }

  @Test
  void coordinatedVerbsShareSubjectAndObject() {
    assertThat(code("Valdoria condemned and attacked Merval."))
        .containsExactlyInAnyOrder("VAL MRV 122", "VAL MRV 190");
  }

  @Test
  void aCoordinatedVerbWithItsOwnObjectKeepsTheSubject() {
    assertThat(code("Valdoria met Merval and welcomed the Kestrel Isles."))
        .containsExactlyInAnyOrder("VAL MRV 040", "VAL KST 041");
  }
}
