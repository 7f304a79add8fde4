package org.amity.coding.plover;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PloverReaderTest {
  private static String[] words(String s) {
    return s.toUpperCase(java.util.Locale.ROOT).split(" ");
  }

  private static String[] lemmas(String s) {
    return s.toLowerCase(java.util.Locale.ROOT).split(" ");
  }

  @Test
  void aVerbAfterARefusalOrANegationIsNegated() {
    String s = "the ministry refused to allow the visit";
    assertThat(PloverReader.negated(words(s), 4)).isTrue();
    String t = "the rebels did not attack the town today";
    assertThat(PloverReader.negated(words(t), 4)).isTrue();
    assertThat(PloverReader.negated(words(t), 2)).isFalse();
  }

  @Test
  void aVerbAfterTheFutureOrAnAnnouncingWordIsAnnounced() {
    String s = "the island will send aid";
    assertThat(PloverReader.intent(words(s), lemmas(s), 3)).isTrue();
    String t = "the island be ready to send aid";
    assertThat(PloverReader.intent(words(t), lemmas(t), 5)).isTrue();
    String u = "the island sent aid to the coast";
    assertThat(PloverReader.intent(words(u), lemmas(u), 2)).isFalse();
  }
}
