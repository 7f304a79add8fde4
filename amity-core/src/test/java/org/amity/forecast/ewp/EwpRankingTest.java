package org.amity.forecast.ewp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EwpRankingTest {
  @TempDir Path dir;

  private void plant() throws Exception {
    Files.writeString(
        dir.resolve(EwpRanking.FILE),
        "\"\",\"ewp_name\",\"risk.2025and2026.from2024\",\"rank.2025and2026.from2025\","
            + "\"risk.2025only.from2024\",\"riskrank.2025only.from2024\"\n"
            + "\"1\",\"Burma/Myanmar\",0.1041,1,0.06319,1\n"
            + "\"2\",\"Indonesia\",0.04841,2,0.02296,3\n"
            + "\"3\",\"Chad\",0.03,3,0.025,2\n");
  }

  @Test
  void aOneYearForecastIsSetBesideEwpsRiskOfTheSameYearOnly() throws Exception {
    plant();
    EwpRanking r = EwpRanking.read(dir, 1);
    assertThat(r.period()).isEqualTo("2025");
    assertThat(r.riskColumn()).isEqualTo("risk.2025only.from2024");
    assertThat(r.entry("Burma/Myanmar", "2025")).isEqualTo(new EwpRanking.Entry(0.06319, 1));
    assertThat(r.entry("Indonesia", "2025")).isEqualTo(new EwpRanking.Entry(0.02296, 3));
    // a forecast of other years has no published entry beside it
    assertThat(r.entry("Indonesia", "2025-2026")).isNull();
    assertThat(r.entry("Indonesia", "2026")).isNull();
  }

  @Test
  void aTwoYearForecastIsSetBesideEwpsTwoYearRisk() throws Exception {
    plant();
    EwpRanking r = EwpRanking.read(dir, 2);
    assertThat(r.period()).isEqualTo("2025-2026");
    assertThat(r.span()).isEqualTo("two years");
    assertThat(r.entry("Burma/Myanmar", "2025-2026")).isEqualTo(new EwpRanking.Entry(0.1041, 1));
    assertThat(r.entry("Indonesia", "2025-2026").rank()).isEqualTo(2);
    assertThat(r.entry("Burma/Myanmar", "2025")).isNull();
    assertThatThrownBy(() -> EwpRanking.read(dir, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thePublishedFileGivesMyanmarsOneYearRiskAndTheOneYearRanksOfTheAseanMembers()
      throws Exception {
    Path ewp = TestData.file("ewp-statrisk-2025");
    EwpRanking one = EwpRanking.read(ewp, 1);
    assertThat(one.entries()).hasSize(168);
    assertThat(one.entry("Burma/Myanmar", "2025")).isEqualTo(new EwpRanking.Entry(0.06319, 1));
    assertThat(one.entry("Indonesia", "2025")).isEqualTo(new EwpRanking.Entry(0.02296, 15));
    assertThat(one.entry("Thailand", "2025").rank()).isEqualTo(30);
    assertThat(one.entry("Malaysia", "2025").rank()).isEqualTo(119);
    assertThat(one.entry("Singapore", "2025").rank()).isEqualTo(146);
    EwpRanking two = EwpRanking.read(ewp, 2);
    assertThat(two.entry("Burma/Myanmar", "2025-2026")).isEqualTo(new EwpRanking.Entry(0.1041, 1));
    assertThat(two.entry("Indonesia", "2025-2026").rank()).isEqualTo(12);
    assertThat(two.entry("Thailand", "2025-2026").rank()).isEqualTo(33);
  }
}
