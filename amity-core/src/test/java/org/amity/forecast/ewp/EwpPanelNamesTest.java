package org.amity.forecast.ewp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.amity.forecast.Asean;
import org.amity.forecast.backtest.Case;
import org.amity.forecast.backtest.Panel;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;

/** What a forecast page calls each country of EWP's panel. */
class EwpPanelNamesTest {
  @Test
  void vietnamIsShownAsVietnamNotByNorthVietnamsOldNameWhileItsKeyStaysEwps() throws IOException {
    Panel p = EwpPanel.read(TestData.file("ewp-statrisk-2025"), 1, true);
    Case vietnam =
        p.cases().stream()
            .filter(c -> c.unit().equals("Democratic Republic of Vietnam") && c.period() == 2024)
            .findFirst()
            .orElseThrow();
    assertThat(vietnam.name()).isEqualTo("Vietnam");
    assertThat(Asean.member(vietnam.unit())).isTrue();
    assertThat(
            p.cases().stream()
                .filter(c -> c.unit().equals("Burma/Myanmar") && c.period() == 2024)
                .findFirst()
                .orElseThrow()
                .name())
        .isEqualTo("Burma/Myanmar");
  }
}
