package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EvidenceRecordTest {
  private static EvidenceRecord at(String country, String division, String place, String sea) {
    return new EvidenceRecord(
        true,
        LocalDate.of(2016, 11, 5),
        "piracy",
        "asam:2016-267",
        null,
        null,
        null,
        null,
        "181",
        null,
        -9,
        country,
        division,
        place,
        sea,
        5.7,
        118.77,
        0,
        null,
        null,
        null);
  }

  @Test
  void aPlaceNameThatAlreadySaysTheCountryInCapitalsIsNotFollowedByItAgain() {
    assertThat(at("MYS", null, "MALAYSIA", "SULU_CELEBES").placeInWords())
        .isEqualTo("Sulu and Celebes Seas; MALAYSIA (5.70, 118.77)");
  }

  @Test
  void aPlaceNameIsFollowedByTheDivisionAndTheCountryItDoesNotName() {
    assertThat(at("PHL", "Sulu", "Jolo", null).placeInWords())
        .isEqualTo("Jolo, Sulu, Philippines (5.70, 118.77)");
    assertThat(at(null, null, null, null).placeInWords())
        .isEqualTo("place not coded (5.70, 118.77)");
  }
}
