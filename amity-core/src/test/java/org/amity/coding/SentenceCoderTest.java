package org.amity.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentenceCoderTest {
  @TempDir static Path dir;
  static EventCoder coder;

  @BeforeAll
  static void load() throws IOException {
    coder = new EventCoder(FictionalDictionaries.load(dir));
  }

  static List<String> code(String text) {
    return code(text, LocalDate.of(2022, 3, 1));
  }

  static List<String> code(String text, LocalDate date) {
    return coder.code(new Story("s", date, null, null, text)).stream()
        .flatMap(s -> s.events().stream())
        .map(CodedEvent::key)
        .toList();
  }

  @Test
  void codesSubjectVerbAndObject() {
    assertThat(code("Valdoria condemned Merval on Monday.")).containsExactly("VAL MRV 122");
  }

  @Test
  void joinsAnAgentToTheActorBeforeIt() {
    assertThat(code("The Valdorian navy attacked Merval.")).containsExactly("VALMIL MRV 190");
  }

  @Test
  void linksAnAgentToTheActorAfterOf() {
    assertThat(code("The government of Merval denounced Valdoria."))
        .containsExactly("MRVGOV VAL 122");
  }

  @Test
  void prefixAgentsGoBeforeTheActor() {
    assertThat(code("A Merval human rights group accused Valdoria."))
        .containsExactly("NGOMRV VAL 112");
  }

  @Test
  void codesEveryMemberOfACompoundActor() {
    assertThat(code("Valdoria and the Kestrel Isles condemned Merval."))
        .containsExactlyInAnyOrder("VAL MRV 122", "KST MRV 122");
  }

  @Test
  void aCompoundSubjectThatMeetsMeetsItself() {
    assertThat(code("Valdoria and Merval met on Tuesday."))
        .containsExactlyInAnyOrder("VAL MRV 040", "MRV VAL 040");
  }

  @Test
  void formerAnywhereBeforeTheOfficeInItsNounPhraseMakesTheHolderElite() {
    assertThat(code("A former Valdorian coast guard accused Merval."))
        .containsExactly("VALELI MRV 112");
    assertThat(code("The former Valdorian foreign minister denounced Merval."))
        .containsExactly("VALELI MRV 122");
    assertThat(code("The Valdorian coast guard accused the former government of Merval."))
        .containsExactly("VALCOP MRVELI 112");
  }

  @Test
  void formerOutsideTheOfficesNounPhraseLeavesTheOffice() {
    assertThat(code("Former allies of Merval said the Valdorian coast guard attacked Merval."))
        .containsExactly("VALCOP MRV 190");
    assertThat(code("The Valdorian coast guard accused the former rulers of Merval."))
        .containsExactly("VALCOP MRV 112");
  }

  @Test
  void anAbbreviationMatchesWithOrWithoutItsPeriods() {
    assertThat(code("Valdoria condemned the K.I. on Monday.")).containsExactly("VAL KST 122");
    assertThat(code("Valdoria condemned the KI on Monday.")).containsExactly("VAL KST 122");
    assertThat(code("Merval accused the K.I.")).containsExactly("MRV KST 112");
  }

  @Test
  void passiveVoiceMakesTheByActorTheSource() {
    assertThat(code("Merval was attacked by the Valdorian coast guard."))
        .containsExactly("VALCOP MRV 190");
  }

  @Test
  void aMoreSpecificPatternWins() {
    assertThat(code("Valdoria shelled Merval with artillery.")).containsExactly("VAL MRV 194");
    assertThat(code("Valdoria promised aid to Merval.")).containsExactly("VAL MRV 033");
    assertThat(code("Valdoria promised a million dollars to Merval."))
        .containsExactly("VAL MRV 0331");
  }

  @Test
  void aNullPatternStopsTheVerbsOwnCode() {
    assertThat(code("The Valdorian coast guard attacked Merval with water cannon.")).isEmpty();
  }

  @Test
  void pairedCodesGiveTheReverseEventToo() {
    assertThat(code("The Valdorian foreign minister visited Merval."))
        .containsExactlyInAnyOrder("VALGOV MRV 042", "MRV VALGOV 043");
  }

  @Test
  void aCoordinatedVerbSharesTheSubject() {
    assertThat(code("Valdoria condemned Merval and promised aid to the Kestrel Isles."))
        .containsExactlyInAnyOrder("VAL MRV 122", "VAL KST 033");
  }

  @Test
  void aStatementGivesWayToTheEventItReports() {
    assertThat(code("Valdoria said Merval attacked the Kestrel Isles."))
        .containsExactly("MRV KST 190");
  }

  @Test
  void anOpeningPhraseIsNotTheSubject() {
    assertThat(code("In Valdoria, rebels attacked Merval."))
        .doesNotContain("VAL MRV 190")
        .containsExactly("---REB MRV 190");
  }

  @Test
  void aPositionIsNotATarget() {
    assertThat(code("Rebels attacked a ship near Merval.")).isEmpty();
  }

  @Test
  void actorCodesFollowTheStoryDate() {
    assertThat(code("Aran Voss condemned Merval.", LocalDate.of(2022, 1, 1)))
        .containsExactly("VALGOV MRV 122");
    assertThat(code("Aran Voss condemned Merval.", LocalDate.of(2026, 1, 1)))
        .containsExactly("VALELI MRV 122");
  }

  @Test
  void discardsStopCoding() {
    assertThat(code("Valdoria condemned Merval after the cricket match.")).isEmpty();
    List<CodedSentence> story =
        coder.code(
            new Story(
                "f",
                LocalDate.of(2022, 1, 1),
                null,
                null,
                "Valdoria condemned Merval. The football final was in Merval."));
    assertThat(story).allSatisfy(s -> assertThat(s.discard()).isEqualTo("FOOTBALL"));
    assertThat(story).allSatisfy(s -> assertThat(s.events()).isEmpty());
  }

  @Test
  void noActorsNoEvents() {
    assertThat(code("Crowds attacked the embassy.")).isEmpty();
  }
}
