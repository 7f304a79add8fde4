package org.amity.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CameoTextsTest {
  private final CameoTexts texts = CameoTexts.standard();

  @Test
  void mapsIcewsEventTextsToCodebookEntriesIgnoringCaseAndSpacing() {
    CameoEntry arrest = texts.find("Arrest, detain, or charge with legal action").orElseThrow();
    assertThat(arrest.code().code()).isEqualTo("173");
    assertThat(arrest.quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
    assertThat(texts.find("  use UNCONVENTIONAL   violence ").orElseThrow().code().code())
        .isEqualTo("180");
    assertThat(texts.find("Make statement").orElseThrow().quadClass())
        .isEqualTo(QuadClass.VERBAL_COOPERATION);
  }

  @Test
  void leavesTextsOutsideTheCodebookUnknownInsteadOfGuessing() {
    assertThat(texts.find("Reject judicial cooperation")).isEmpty();
    assertThat(texts.find("Engage in judicial cooperation")).isPresent();
    assertThat(texts.find(null)).isEmpty();
    assertThat(texts.size()).isGreaterThan(300);
  }
}
