package org.amity.ingest.maritime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.amity.ingest.RowException;
import org.junit.jupiter.api.Test;

class DmsPositionTest {
  @Test
  void parsesDegreesMinutesSecondsAcrossTheLineBreak() throws RowException {
    DmsPosition p = DmsPosition.parse("13°43'00\"N \n121°02'00\"E");
    assertThat(p.latitude()).isCloseTo(13 + 43 / 60.0, within(1e-9));
    assertThat(p.longitude()).isCloseTo(121 + 2 / 60.0, within(1e-9));
  }

  @Test
  void makesSouthAndWestNegativeAndReadsDecimalSeconds() throws RowException {
    DmsPosition p = DmsPosition.parse("2°22'23\"S \n80°01'34.5\"W");
    assertThat(p.latitude()).isCloseTo(-(2 + 22 / 60.0 + 23 / 3600.0), within(1e-9));
    assertThat(p.longitude()).isCloseTo(-(80 + 1 / 60.0 + 34.5 / 3600.0), within(1e-9));
  }

  @Test
  void carriesOverTheSourcesRoundedSixtyAndReadsLeadingZeroSeconds() throws RowException {
    assertThat(DmsPosition.parse("5°60'00\"N \n119°30'00\"E").latitude()).isEqualTo(6.0);
    assertThat(DmsPosition.parse("1°45'13\"N \n101°22'010\"E").longitude())
        .isCloseTo(101 + 22 / 60.0 + 10 / 3600.0, within(1e-9));
  }

  @Test
  void rejectsPositionsThatAreNotDmsOrOutOfRange() {
    assertThatThrownBy(() -> DmsPosition.parse("1.5N 103.2E"))
        .isInstanceOf(RowException.class)
        .hasMessage("position is not degrees/minutes/seconds: '1.5N 103.2E'");
    assertThatThrownBy(() -> DmsPosition.parse("5°61'00\"N \n119°30'00\"E"))
        .hasMessageContaining("above 60");
    assertThatThrownBy(() -> DmsPosition.parse("95°00'00\"N \n119°30'00\"E"))
        .hasMessageContaining("out of range");
    assertThatThrownBy(() -> DmsPosition.parse("5°00'00\"N \n181°30'00\"E"))
        .hasMessageContaining("out of range");
    assertThatThrownBy(() -> DmsPosition.parse(null)).hasMessageContaining("(missing)");
  }
}
