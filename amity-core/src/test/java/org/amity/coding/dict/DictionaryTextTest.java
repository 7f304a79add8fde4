package org.amity.coding.dict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DictionaryTextTest {
  private static List<String> kept(String text) {
    return DictionaryText.lines(text).stream().map(DictionaryText.Line::text).toList();
  }

  @Test
  void dropsHashAndXmlComments() {
    assertThat(kept("# header\nARNOR_ [ARN] # note\n<!-- one -->\nGONDOR [GON]"))
        .containsExactly("ARNOR_ [ARN]", "GONDOR [GON]");
  }

  @Test
  void dropsCommentsSpanningLines() {
    assertThat(kept("<!-- start\nHIDDEN [X]\nend -->\nSHOWN [Y]")).containsExactly("SHOWN [Y]");
  }

  @Test
  void keepsTabaryCodesMadeOfHashes() {
    assertThat(kept("- * DIPLXMATIC  [###]  # old test")).containsExactly("- * DIPLXMATIC  [###]");
  }

  @Test
  void dropsLegacySemicolonCommentsAfterACode() {
    assertThat(kept("VOW  [170] ;tony  3/9/91")).containsExactly("VOW  [170]");
  }

  @Test
  void keepsIndentationForDateRestrictions() {
    assertThat(DictionaryText.lines("X\n\t[ABC >20100101]").get(1).indented()).isTrue();
  }
}
