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

  @Test
  void aBlankBetweenWordsMarksAGapAndAnUnderscoreDoesNot() {
    assertThat(Words.gaps("ITHILEN TELEVISION")).containsExactly(false, true);
    assertThat(Words.gaps("UN DEPARTMENT_OF_PEACE_")).containsExactly(false, true, false, false);
    assertThat(Words.gaps("MINAS_TIRITH_")).isNull();
    assertThat(Words.gaps("ANDUIN_VALE _"))
        .isNull(); // a lone underscore after a blank adds no word
    assertThat(Words.gaps("  GONDOR  ")).isNull();
  }

  @Test
  void gapsFollowTheWordsAHyphenSplits() {
    // "WAR-TORN STATE" is WAR - TORN STATE: the gap stands before STATE, the fourth word
    assertThat(Words.of("WAR-TORN STATE")).containsExactly("WAR", "-", "TORN", "STATE");
    assertThat(Words.gaps("WAR-TORN STATE")).containsExactly(false, false, false, true);
  }
}
