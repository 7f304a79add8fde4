package org.amity.coding.dict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Longest matches, with and without the gaps of disconnected phrases. */
class PhraseIndexTest {
  /** Lets any gap of up to {@code max} tokens stand, except one holding the word "OF". */
  private static PhraseIndex.Gap upTo(String[] words, int max) {
    return new PhraseIndex.Gap() {
      @Override
      public int maxTokens() {
        return max;
      }

      @Override
      public boolean allows(int from, int to) {
        for (int i = from; i < to; i++) {
          if (words[i].equals("OF")) {
            return false;
          }
        }
        return true;
      }
    };
  }

  private static PhraseIndex<String> index(String... phrases) {
    PhraseIndex<String> index = new PhraseIndex<>();
    for (String p : phrases) {
      index.add(Words.of(p), Words.gaps(p), p);
    }
    index.seal();
    return index;
  }

  @Test
  void aDisconnectedPhraseMatchesAcrossAllowedWordsOnlyWhenAskedTo() {
    PhraseIndex<String> index = index("ITHILEN", "ITHILEN TELEVISION");
    String[] w = Words.of("ITHILEN STATE RADIO TELEVISION");
    assertThat(index.longestAt(w, 0).value()).isEqualTo("ITHILEN");
    PhraseIndex.Match<String> m = index.longestAt(w, 0, upTo(w, 4));
    assertThat(m.value()).isEqualTo("ITHILEN TELEVISION");
    assertThat(m.end()).isEqualTo(4);
    assertThat(index.longestAt(w, 0, upTo(w, 1)).value()).isEqualTo("ITHILEN");
    String[] of = Words.of("ITHILEN OF TELEVISION");
    assertThat(index.longestAt(of, 0, upTo(of, 4)).value()).isEqualTo("ITHILEN");
    assertThat(index.disconnected()).isEqualTo(1);
    assertThat(index.startsDisconnected("ITHILEN")).isTrue();
    assertThat(index.startsDisconnected("TELEVISION")).isFalse();
  }

  @Test
  void anUnderscoreStillMeansAdjacent() {
    PhraseIndex<String> index = index("ITHILEN", "ITHILEN_TELEVISION_");
    String[] w = Words.of("ITHILEN STATE TELEVISION");
    assertThat(index.longestAt(w, 0, upTo(w, 4)).value()).isEqualTo("ITHILEN");
    assertThat(index.disconnected()).isZero();
  }

  @Test
  void ofTwoPhrasesAsLongTheAdjacentOneWinsAndALongerOneWinsOverBoth() {
    PhraseIndex<String> index = index("ITHILEN TELEVISION", "ITHILEN STATE", "ITHILEN");
    String[] w = Words.of("ITHILEN STATE TELEVISION");
    assertThat(index.longestAt(w, 0, upTo(w, 4)).value()).isEqualTo("ITHILEN STATE");
    PhraseIndex<String> longer = index("ITHILEN STATE", "ITHILEN NATIONAL TELEVISION NEWS");
    String[] n = Words.of("ITHILEN NATIONAL STATE TELEVISION NEWS");
    assertThat(longer.longestAt(n, 0, upTo(n, 4)).value())
        .isEqualTo("ITHILEN NATIONAL TELEVISION NEWS");
  }

  @Test
  void aPhraseWithSeveralGapsMatchesEachWithinTheBound() {
    PhraseIndex<String> index = index("VALDORIAN LEADER ARAN VOSS");
    String[] w = Words.of("VALDORIAN VETERAN LEADER ARAN VOSS");
    assertThat(index.longestAt(w, 0, upTo(w, 2)).end()).isEqualTo(5);
    String[] cut = Words.of("VALDORIAN VETERAN LEADER ARAN");
    assertThat(index.longestAt(cut, 0, upTo(cut, 2))).isNull();
  }
}
