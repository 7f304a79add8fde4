package org.amity.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CameoCodebookTest {
  private final CameoCodebook book = CameoCodebook.standard();

  @Test
  void holdsEveryCameoCodeWithRootsAndBases() {
    assertThat(book.size()).isEqualTo(311);
    CameoEntry e = book.get("0231");
    assertThat(e.code().base()).isEqualTo("023");
    assertThat(e.code().root()).isEqualTo("02");
    assertThat(e.quadClass()).isEqualTo(QuadClass.VERBAL_COOPERATION);
    assertThat(e.goldstein()).isEqualTo(3.4);
  }

  @Test
  void rollsRootsUpIntoQuadClassesAsGdeltDoes() {
    assertThat(book.get("090").quadClass()).isEqualTo(QuadClass.MATERIAL_COOPERATION);
    assertThat(book.get("141").quadClass()).isEqualTo(QuadClass.VERBAL_CONFLICT);
    assertThat(book.get("193").quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
    assertThat(book.get("193").goldstein()).isEqualTo(-10.0);
  }

  @Test
  void findsCodesFromRawBytesAndRefusesUnknownOnes() {
    byte[] line = "x\t0231\t999\t02a".getBytes(StandardCharsets.US_ASCII);
    assertThat(book.find(line, 2, 6).code().code()).isEqualTo("0231");
    assertThat(book.find(line, 7, 10)).isNull();
    assertThat(book.find(line, 11, 14)).isNull();
    assertThat(book.find("999")).isEmpty();
    assertThatThrownBy(() -> book.get("999")).hasMessageContaining("999");
  }

  @Test
  void keepsLeadingZerosDistinct() {
    assertThat(book.find("04")).isPresent();
    assertThat(book.find("040")).isPresent();
    assertThat(book.find("40")).isEmpty();
  }
}
