package org.amity.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.amity.coding.dict.DictionaryText;
import org.amity.event.Actor;
import org.amity.event.CountryTable;
import org.amity.event.Event;
import org.amity.testing.IcewsRows;
import org.junit.jupiter.api.Test;

class OfficeHoldersTest {
  /** Entries in the Phoenix layout: ranges, open ends, a lone start, undated codes. */
  static final String DICTIONARY =
      String.join(
          "\n",
          "NARENDRA_MODI",
          "\t[INDGOV >20140526] # Should figure out regional stuff",
          "A._K._MOORTHY_  # CountryInfo.txt",
          "\t[INDGOV 030501-040131]",
          "DATO' SERI_MAHATHIR_BIN_MOHAMAD_  # CountryInfo.txt",
          "+MAHATHIR_MOHAMAD_",
          "\t[MYSELI 430101-810716]",
          "\t[MYSGOV 810716-031031]",
          "\t[MYSELI]",
          "KIM_JONG-UN_",
          "\t[PRKGOV >111219]",
          "EDOUARD_PHILIPPE_",
          "\t[FRAGOV >20170515]",
          "OLD_GENERAL_",
          "\t[THAMIL <20100101]",
          "NEW_DELHI [IND]",
          "");

  private final OfficeHolders holders =
      OfficeHolders.of(
          DictionaryText.lines(DICTIONARY), "test", "test.actors.txt", CountryTable.standard());

  private static Actor person(String name, String iso3, String... roles) {
    return Actor.fromCountryAndRoles(name, iso3, List.of(roles));
  }

  @Test
  void givesAPersonTheStateRoleHeldOnTheEventDateAndCountsIt() {
    Actor modi = person("Narendra Modi", "IND", "PTY", "OPP");
    Actor held = holders.resolve(modi, LocalDate.of(2018, 6, 1));
    assertThat(held.code()).isEqualTo("INDGOV");
    assertThat(held.country()).isEqualTo("IND");
    assertThat(held.types()).containsExactly("GOV");
    assertThat(held.name()).isEqualTo("Narendra Modi");
    assertThat(holders.resolved()).isEqualTo(1);
  }

  /** The code {@code actor} is given on the day, or "as read" when it is left as it was. */
  private String on(Actor actor, int year, int month, int day) {
    Actor held = holders.resolve(actor, LocalDate.of(year, month, day));
    return held == actor ? "as read" : held.code();
  }

  @Test
  void anOpenEndedOfficeHoldsFromItsStartForOneTermAndNotBeforeOrAfter() {
    Actor modi = person("Narendra Modi", "IND", "PTY");
    assertThat(on(modi, 2014, 5, 26)).isEqualTo("INDGOV");
    assertThat(on(modi, 2019, 5, 26)).isEqualTo("INDGOV");
    assertThat(on(modi, 2014, 5, 25)).isEqualTo("as read");
    assertThat(on(modi, 2019, 5, 27)).isEqualTo("as read");
    assertThat(on(person("Kim Jong-un", "PRK"), 2018, 6, 12)).isEqualTo("as read");
  }

  @Test
  void aCodeWithOnlyAnEndHoldsUpToItsDayAndNotAfter() {
    Actor general = person("Old General", "THA");
    assertThat(on(general, 2009, 12, 31)).isEqualTo("THAMIL");
    assertThat(on(general, 2010, 1, 2)).isEqualTo("as read");
  }

  @Test
  void aDateRangeHoldsInsideItsBoundsOnly() {
    Actor moorthy = person("A.K. Moorthy", "IND");
    assertThat(on(moorthy, 2003, 5, 1)).isEqualTo("INDGOV");
    assertThat(on(moorthy, 2004, 1, 31)).isEqualTo("INDGOV");
    assertThat(on(moorthy, 2004, 2, 1)).isEqualTo("as read");
    assertThat(on(moorthy, 2003, 4, 30)).isEqualTo("as read");
  }

  @Test
  void aRoleThatIsNoStateRoleOnTheDayOrAnUndatedCodeGivesNothing() {
    Actor mahathir = person("Mahathir Mohamad", "MYS", "PTY");
    assertThat(on(mahathir, 1990, 1, 1)).isEqualTo("MYSGOV");
    assertThat(on(mahathir, 1975, 1, 1)).isEqualTo("as read");
    assertThat(on(mahathir, 2018, 6, 1)).isEqualTo("as read");
    assertThat(on(person("New Delhi", "IND"), 2018, 6, 1)).isEqualTo("as read");
  }

  @Test
  void anActorWhoseRowAlreadyGivesAStateRoleIsLeftAlone() {
    Actor minister = person("Narendra Modi", "IND", "LEG", "PTY");
    assertThat(holders.resolve(minister, LocalDate.of(2018, 6, 1))).isSameAs(minister);
    assertThat(holders.resolved()).isZero();
  }

  @Test
  void aRoleForAnotherCountryThanTheRowNamesIsNotTaken() {
    Actor elsewhere = person("Narendra Modi", "NPL", "PTY");
    assertThat(holders.resolve(elsewhere, LocalDate.of(2018, 6, 1))).isSameAs(elsewhere);
    Actor noCountry = person("Narendra Modi", null);
    assertThat(holders.resolve(noCountry, LocalDate.of(2018, 6, 1))).isSameAs(noCountry);
    assertThat(holders.resolved()).isZero();
  }

  @Test
  void namesMatchWhateverTheirCaseAccentsHyphensPeriodsAndUnderscores() {
    assertThat(OfficeHolders.key("Kim Jong-Un")).isEqualTo("KIM JONG UN");
    assertThat(OfficeHolders.key("KIM_JONG-UN_")).isEqualTo("KIM JONG UN");
    assertThat(OfficeHolders.key("A.K. Antony")).isEqualTo(OfficeHolders.key("A._K._ANTONY_"));
    assertThat(OfficeHolders.key("Édouard Philippe")).isEqualTo("EDOUARD PHILIPPE");
    LocalDate day = LocalDate.of(2016, 10, 25);
    assertThat(holders.resolve(person("Kim Jong-un", "PRK"), day).code()).isEqualTo("PRKGOV");
    assertThat(holders.resolve(person("Édouard Philippe", "FRA"), day.plusYears(2)).code())
        .isEqualTo("FRAGOV");
    Actor partial = person("Narendra", "IND");
    assertThat(holders.resolve(partial, day)).isSameAs(partial);
  }

  @Test
  void anIcewsRowNamesThePersonWithTheRoleHeldWhenAListIsGivenAndAsBeforeWithout()
      throws RowException {
    byte[] b = IcewsRows.MODI_VISITS.getBytes(StandardCharsets.UTF_8);
    Event asRead = Format.ICEWS.newParser().parse(b, 0, b.length, 2);
    assertThat(asRead.source().code()).isEqualTo("INDOPP");
    assertThat(asRead.source().types()).doesNotContain("GOV");
    Event resolved = Format.ICEWS.newParser(holders).parse(b, 0, b.length, 2);
    assertThat(resolved.source().code()).isEqualTo("INDGOV");
    assertThat(resolved.source().name()).isEqualTo("Narendra Modi");
    assertThat(resolved.target()).isEqualTo(asRead.target());
    assertThat(holders.resolved()).isEqualTo(1);
  }
}
