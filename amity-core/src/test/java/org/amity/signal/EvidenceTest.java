package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.amity.event.Fatalities;
import org.junit.jupiter.api.Test;

class EvidenceTest {
  private static Evidence with(Fatalities deaths) {
    return Evidence.described(
        LocalDate.of(2017, 5, 23),
        "PHLGOV",
        "Government of Philippines",
        "PHLREB",
        "IS Maute group",
        "190",
        -10,
        1,
        null,
        "ucdp-ged",
        "1",
        null,
        deaths);
  }

  @Test
  void saysTheDeathsWithTheirRangeWhenTheSourceGivesOne() {
    assertThat(with(new Fatalities(12, 10, 15)).deathsInWords()).isEqualTo("12 killed (10 to 15)");
    assertThat(with(new Fatalities(12, 10, 15)).inWords()).endsWith("(190); 12 killed (10 to 15)");
    assertThat(with(Fatalities.exactly(1)).deathsInWords()).isEqualTo("1 killed");
    assertThat(with(Fatalities.exactly(0)).deathsInWords()).isEqualTo("no one killed");
  }

  @Test
  void namesTheSidesAsTheSourceNamesThem() {
    Evidence e = with(Fatalities.exactly(3));
    assertThat(e.sourceName()).isEqualTo("Government of Philippines");
    assertThat(e.targetName()).isEqualTo("IS Maute group");
    assertThat(e.inWords()).startsWith("Government of Philippines \u2192 IS Maute group: ");
  }

  @Test
  void saysNothingOfDeathsWhenTheSourceDoesNotCountThem() {
    assertThat(with(null).deathsInWords()).isNull();
    assertThat(with(null).inWords()).doesNotContain("killed").endsWith("(190)");
  }
}
