package org.amity.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A place name points to the sea area it names, the South China Sea's named parts inside its
 * polygon included; a coastal town or an island does not.
 */
class SeaAreaNamesTest {
  @Test
  void theSouthChinaSeasNamedPartsAreInItAndLieInsideItsPolygon() {
    assertThat(SeaArea.ofPlaceName("Gulf of Tonkin, Vietnam (general)"))
        .contains(SeaArea.SOUTH_CHINA_SEA);
    assertThat(SeaArea.ofPlaceName("Tonkin Gulf")).contains(SeaArea.SOUTH_CHINA_SEA);
    assertThat(SeaArea.ofPlaceName("Beibu Gulf, China")).contains(SeaArea.SOUTH_CHINA_SEA);
    assertThat(SeaArea.ofPlaceName("North Natuna Sea")).contains(SeaArea.SOUTH_CHINA_SEA);
    assertThat(SeaArea.ofPlaceName("Laut Natuna Utara")).contains(SeaArea.SOUTH_CHINA_SEA);
    // the polygon agrees: the middle of the gulf, and the waters north of the Natuna islands
    assertThat(SeaArea.SOUTH_CHINA_SEA.contains(20.0, 107.5)).isTrue();
    assertThat(SeaArea.SOUTH_CHINA_SEA.contains(5.0, 108.5)).isTrue();
  }

  @Test
  void coastalTownsIslandsAndOtherGulfsAreNotAtSea() {
    assertThat(SeaArea.ofPlaceName("Haiphong, Hai Phong, Vietnam")).isEmpty();
    assertThat(SeaArea.ofPlaceName("Natuna Besar, Riau, Indonesia")).isEmpty();
    assertThat(SeaArea.ofPlaceName("Gulf of Thailand")).isEmpty();
    assertThat(SeaArea.ofPlaceName(null)).isEmpty();
    assertThat(SeaArea.ofPlaceName("Strait of Malacca")).contains(SeaArea.MALACCA_SINGAPORE);
  }
}
