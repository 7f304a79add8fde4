package org.amity.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.amity.event.CameoCodebook;
import org.amity.event.CountryTable;
import org.amity.event.Event;
import org.amity.event.QuadClass;
import org.junit.jupiter.api.Test;

class EventRecordsTest {
  private final EventRecords records =
      new EventRecords(CameoCodebook.standard(), CountryTable.standard());
  private final Story story = new Story("s1", LocalDate.of(2024, 6, 17), "X", "http://x", "T.");
  private final CodedSentence sentence = new CodedSentence("s1", 2, "T.", List.of(), null);

  private static CodedEvent event(String src, String tgt, String code) {
    return new CodedEvent(src, tgt, code, "a", "b", "v", null, List.of());
  }

  @Test
  void takesGoldsteinAndQuadClassFromTheCodebook() {
    Event e = records.toEvent(story, sentence, 1, event("CHNCOP", "PHLMIL", "193")).event();
    assertThat(e.dataset()).isEqualTo("text");
    assertThat(e.nativeId()).isEqualTo("s1-2-1");
    assertThat(e.quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
    assertThat(e.goldstein()).isEqualTo(CameoCodebook.standard().get("193").goldstein());
    assertThat(e.source().country()).isEqualTo("CHN");
    assertThat(e.source().types()).containsExactly("COP");
    assertThat(e.sourceUrl()).isEqualTo("http://x");
    assertThat(e.narrative()).isEqualTo("T.");
  }

  @Test
  void mapsCameoCountryCodesToIso3() {
    Event e = records.toEvent(story, sentence, 1, event("TMPGOV", "---REB", "042")).event();
    assertThat(e.source().country()).isEqualTo("TLS");
    assertThat(e.target().country()).isNull();
    assertThat(e.target().types()).containsExactly("REB");
  }

  @Test
  void anEventMadeFromReportedSpeechSaysInWordsWhoSaidWhatAboutWhom() {
    CodedEvent accusation =
        new CodedEvent(
            "VNM",
            "CHN",
            "112",
            "Viet Nam",
            "China",
            "said",
            "~ a (b . ATTACK) SAY = a b 112",
            List.of(),
            new CodedEvent.Reported("CHN", "PHL", "190", "China attacked the Philippines"));
    Event e = records.toEvent(story, sentence, 1, accusation).event();
    assertThat(e.code().toString()).isEqualTo("112");
    assertThat(e.quadClass()).isEqualTo(QuadClass.VERBAL_CONFLICT);
    assertThat(e.narrative())
        .isEqualTo("Viet Nam → China: accuses (reported: China attacked the Philippines). T.");
  }

  @Test
  void refusesCodesOutsideTheCodebook() {
    assertThat(records.toEvent(story, sentence, 1, event("ARN", "GON", "903")).reject())
        .contains("903");
  }
}
