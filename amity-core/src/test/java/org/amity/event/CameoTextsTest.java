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
  void readsATextWithAnIcewsOnlyCodeAsThatCodesCameoParent() {
    CameoEntry judicial = texts.find("Reject judicial cooperation").orElseThrow();
    assertThat(judicial.code().code()).isEqualTo("121");
    assertThat(judicial.quadClass()).isEqualTo(QuadClass.VERBAL_CONFLICT);
    assertThat(texts.extensionCode("reject  JUDICIAL cooperation")).contains("1213");
    assertThat(texts.find("Employ precision-guided aerial munitions").orElseThrow().code().code())
        .isEqualTo("195");
    CameoCodebook codebook = CameoCodebook.standard();
    assertThat(codebook.find("1213")).isEmpty();
    assertThat(codebook.extensions()).containsExactly("1213", "1214", "1951", "1952");
    for (String extension : codebook.extensions()) {
      CameoEntry parent = codebook.parentOf(extension).orElseThrow();
      assertThat(extension).startsWith(parent.code().code());
      assertThat(codebook.find(parent.code().code())).contains(parent);
    }
    assertThat(codebook.parentOf("1219")).as("a code no source defines stays unknown").isEmpty();
    assertThat(codebook.parentOf("121")).isEmpty();
  }

  @Test
  void leavesTextsOutsideTheCodebookUnknownInsteadOfGuessing() {
    assertThat(texts.find("Refuse judicial cooperation")).isEmpty();
    assertThat(texts.find("Engage in judicial cooperation")).isPresent();
    assertThat(texts.extensionCode("Engage in judicial cooperation")).isEmpty();
    assertThat(texts.find(null)).isEmpty();
    assertThat(texts.size()).isGreaterThan(300);
  }
}
