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
  void anArmedGroupTheSourceNamesIsNotShownAsUnidentified() {
    // ACLED's political militias get the type UAF; the name says who they are
    assertThat(words.actor("MMRUAF", "KIA: Kachin Independence Army", "acled"))
        .isEqualTo("KIA: Kachin Independence Army");
    assertThat(words.actor("MMROPP", "Protesters (Myanmar)", "acled"))
        .isEqualTo("Protesters (Myanmar)");
    assertThat(words.actor("PHLREB", "IS Maute group", "ucdp-ged")).isEqualTo("IS Maute group");
  }

  @Test
  void aNamedSourceWithoutANameStillReadsItsCode() {
    assertThat(words.actor("IDNCVL", null, "acled")).isEqualTo("Indonesia civilians");
    assertThat(words.actor(null, null, "acled")).isNull();
  }
}
