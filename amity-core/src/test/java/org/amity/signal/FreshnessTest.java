package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FreshnessTest {
  private static final Freshness FRESH =
      new Freshness(
          LocalDate.parse("2020-11-06"),
          Map.of(
              Scope.AREA.key() + "|SOUTH_CHINA_SEA",
              new Freshness.SubjectData(LocalDate.parse("2019-10-21"), Resolution.DAY)));

  private static Situation at(String status) {
    return new Situation(
        19,
        Scope.AREA,
        "SOUTH_CHINA_SEA",
        "South China Sea",
        Level.WARNING,
        status,
        LocalDate.parse("1993-02-01"),
        LocalDate.parse("1993-06-01"),
        "closed".equals(status) ? LocalDate.parse("1993-06-01") : null,
        List.of("CHN"),
        List.of("trans-state"),
        Map.of("trans-state", 1.0),
        "sea",
        "early",
        false,
        0,
        false,
        List.of("piracy"),
        List.of(1L));
  }

  @Test
  void anOpenSituationWhoseDataStoppedIsStaleButAClosedOneIsNot() {
    assertThat(FRESH.stale(Scope.AREA, "SOUTH_CHINA_SEA")).isTrue();
    assertThat(FRESH.stale(at("open"))).isTrue();
    assertThat(FRESH.stale(at("protracted"))).isTrue();
    assertThat(FRESH.stale(at("closed"))).as("its alerts ended while the data ran").isFalse();
  }
}
