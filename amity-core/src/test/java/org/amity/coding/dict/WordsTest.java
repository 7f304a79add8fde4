package org.amity.coding.dict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void anAbbreviationWithPeriodsHasTheNormalFormOfItsLetters() {
    assertThat(Words.of("U.S.")).containsExactly("US");
    assertThat(Words.of("U.S")).containsExactly("US");
    assertThat(Words.of("THE_K.U._")).containsExactly("THE", "KU");
  }

  @Test
  void initialsWordsWithLongerPartsAndPlainWordsKeepTheirPeriods() {
    assertThat(Words.of("A.")).containsExactly("A.");
    assertThat(Words.of("D.R.CONGO_")).containsExactly("D.R.CONGO");
    assertThat(Words.of("ST._KITTS")).containsExactly("ST.", "KITTS");
  }
}
