package org.amity.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventWordsTest {
  private final EventWords words = EventWords.standard();

  @Test
  void aCodedActorReadsAsItsCountryAndTypes() {
    assertThat(words.actor("THAMIL", "THAILAND", "gdelt")).isEqualTo("Thailand military");
    assertThat(words.actor("PHLMIL", "Military (Philippines)", "icews-daily"))
        .isEqualTo("Philippines military");
    assertThat(words.actor(null, "Barack Obama", "icews-daily")).isEqualTo("Barack Obama");
  }

  @Test
  void anIcewsActorNamedByItsBareCountryReadsAsTheCountryNotItsGovernment() {
    // ICEWS 2014: "Military (Thailand)" mobilises, target "Thailand" (coded THAGOV); ICEWS 2018:
    // "Government (Philippines)" gives humanitarian aid to "Philippines"
    assertThat(words.actor("THAGOV", "Thailand", "icews-daily")).isEqualTo("Thailand");
    assertThat(words.actor("PHLGOV", "Philippines", "icews-daily")).isEqualTo("Philippines");
    assertThat(words.actor("PHLGOV", "Government (Philippines)", "icews-daily"))
        .isEqualTo("Philippines government");
    assertThat(words.actor("CHN", "China", "icews")).isEqualTo("China");
    // GDELT's names are the coder's matched words, not ICEWS's actors: unchanged
    assertThat(words.actor("MMRGOV", "MYANMAR", "gdelt")).isEqualTo("Myanmar government");
  }

  @Test
  void anArmedGroupTheSourceNamesIsNotShownAsUnidentified() {
    // ACLED's political militias get the type UAF; the name says who they are
    assertThat(words.actor("MMRUAF", "KIA: Kachin Independence Army", "acled"))
        .isEqualTo("KIA: Kachin Independence Army");
    assertThat(words.actor("MMROPP", "Protesters (Myanmar)", "acled"))
        .isEqualTo("Protesters (Myanmar)");
    assertThat(words.actor("PHLREB", "IS Maute group", "ucdp-ged")).isEqualTo("IS Maute group");
  }

  @Test
  void uppercaseGedActorsKeepTheirAcronymsAndKnownOnesReadInWords() {
    // UCDP GED names its sides by acronyms: "IS" is the Islamic State, not "Is" (audit5 I2)
    assertThat(words.actor("PHLREB", "IS", "ucdp-ged")).isEqualTo("Islamic State (IS)");
    assertThat(words.actor("PHLREB", "CPP", "ucdp-ged"))
        .isEqualTo("Communist Party of the Philippines (CPP)");
    assertThat(words.actor("IDNREB", "OPM", "ucdp-ged")).isEqualTo("Free Papua Movement (OPM)");
    assertThat(words.actor("PHLREB", "MNLF - NM", "ucdp-ged"))
        .isEqualTo("Moro National Liberation Front, Nur Misuari faction (MNLF - NM)");
    // a faction whose leader the files do not name: its organisation and GED's letters (audit6 J9)
    assertThat(words.actor("PHLREB", "MNLF - HM", "ucdp-ged"))
        .isEqualTo("Moro National Liberation Front, the faction GED calls HM (MNLF - HM)");
    assertThat(words.actor("PHLREB", "BIFM-K", "ucdp-ged"))
        .isEqualTo("Bangsamoro Islamic Freedom Movement, the faction GED calls K (BIFM-K)");
    // an acronym Amity does not spell out stays in capitals
    assertThat(words.actor("PHLREB", "XYZ", "ucdp-ged")).isEqualTo("XYZ");
    // the table is GED's: the same letters from another named source are left as that source
    // spells them
    assertThat(words.actor("PHLREB", "IS", "acled")).isEqualTo("IS");
    // GDELT's capitals are still sentence-cased
    assertThat(words.actor(null, "THAILAND", "gdelt")).isEqualTo("Thailand");
    assertThat(words.actor(null, "POLICE", null)).isEqualTo("Police");
  }

  /** audit6 J9: the events API's names agree with its words, GED's acronyms spelled out. */
  @Test
  void aStoredNameReadsAsTheWordsReadItForGedAndAsStoredElsewhere() {
    assertThat(EventWords.named("IS", "ucdp-ged")).isEqualTo("Islamic State (IS)");
    assertThat(EventWords.named("BIFM-K", "ucdp-ged"))
        .isEqualTo(words.actor("PHLREB", "BIFM-K", "ucdp-ged"));
    assertThat(EventWords.named("Government of Philippines", "ucdp-ged"))
        .isEqualTo("Government of Philippines");
    assertThat(EventWords.named("THAILAND", "gdelt")).isEqualTo("THAILAND");
    assertThat(EventWords.named("IS", "acled")).isEqualTo("IS");
    assertThat(EventWords.named(null, "ucdp-ged")).isNull();
  }

  @Test
  void aNamedSourceWithoutANameStillReadsItsCode() {
    assertThat(words.actor("IDNCVL", null, "acled")).isEqualTo("Indonesia civilians");
    assertThat(words.actor(null, null, "acled")).isNull();
  }

  @Test
  void anActorCodedWithoutItsCountrySaysTheCountryWasNotCoded() {
    // GDELT rows of the Myanmar 2013 alerts: GOV, MILGOV and EDU with no country
    assertThat(words.actor("GOV", "GOVERNMENT", "gdelt"))
        .isEqualTo("government (country not coded)");
    assertThat(words.actor("MILGOV", "MILITARY GOVERNMENT", "gdelt"))
        .isEqualTo("military government (country not coded)");
    assertThat(words.actor("EDU", null, "gdelt")).isEqualTo("education (country not coded)");
    assertThat(words.actor("MMRGOV", "MYANMAR", "gdelt")).isEqualTo("Myanmar government");
  }

  @Test
  void bodiesBeyondCountriesReadWithoutTheNote() {
    assertThat(words.actor("IGOUNO", "UNITED NATIONS", "gdelt")).isEqualTo("United Nations");
    assertThat(words.actor("NGO", null, "gdelt")).isEqualTo("non-governmental organisation");
    assertThat(words.actor("ASN", null, "gdelt")).isEqualTo("ASEAN");
    assertThat(words.actor("MNC", null, null)).isEqualTo("multinational company");
    // the piracy reports never code a country for attackers or vessels: no note on every line
    assertThat(words.actor("CRM", "PIRATES", "piracy")).isEqualTo("criminals");
    assertThat(words.actor("BUS", "MERCHANT VESSEL", "piracy")).isEqualTo("business");
  }
}
