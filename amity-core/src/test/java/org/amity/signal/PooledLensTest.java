package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pooled lens of a sea area and its coastal dyads: a standoff whose evidence is split below
 * both lenses' own limits opens a watch on the sea; a rise of one lens alone, however large, never
 * does; the watch closes when the pooled accumulator is back at zero; which dyads pool with a sea
 * is geography, not data.
 */
class PooledLensTest {
  private static final DetectorConfig SHIPPED = DetectorConfig.standard();
  private static final PooledLens LENS = SHIPPED.pool("sea_dyad_7d").orElseThrow();
  private static final DetectionSpec SPEC = SHIPPED.alertSpec("sea_dyad_7d").orElseThrow();
  private static final LocalDate START = LocalDate.of(2026, 1, 1);

  /** A lens's daily scores: 0 everywhere, {@code z} on days [from, to), a baseline throughout. */
  private static SeriesScores scores(int n, int from, int to, double z) {
    List<LocalDate> days = new ArrayList<>();
    double[] score = new double[n];
    double[] expected = new double[n];
    for (int i = 0; i < n; i++) {
      days.add(START.plusDays(i));
      score[i] = i >= from && i < to ? z : 0;
      expected[i] = 5;
    }
    Level[] levels = new Level[n];
    Arrays.fill(levels, Level.NONE);
    return new SeriesScores(
        days,
        new double[n],
        null,
        expected,
        new double[n],
        score,
        new double[n],
        levels,
        new boolean[n],
        new boolean[n]);
  }

  private static List<PooledLens.Found> alerts(SeriesScores area, SeriesScores dyad) {
    return LENS.alerts(SPEC, Map.of("SOUTH_CHINA_SEA", area), Map.of("CHN-VNM", dyad))
        .get("SOUTH_CHINA_SEA");
  }

  @Test
  void theShippedPoolReadsTheSeaAreaAndDyadSevenDayLensesAndWatchesOnly() {
    assertThat(LENS.areaLens()).isEqualTo("sea_incidents_7d");
    assertThat(LENS.dyadLens()).isEqualTo("dyad_conflict_7d");
    assertThat(SPEC.scope()).isEqualTo(Scope.AREA);
    assertThat(SPEC.resolution()).isEqualTo(Resolution.DAY);
    assertThat(SHIPPED.indicators()).contains("sea_dyad_7d", "sea_incidents_7d");
  }

  @Test
  void aStandoffSplitBelowBothLimitsOpensAWatchOnTheSea() {
    // two and a half standard deviations on each side for ten days: neither seven-day lens
    // reaches its own watch; each part is held at the allowance's share (1.5 sqrt(2)), so the
    // pooled score is just under 3 and accumulates just under 1.5 a day
    SeriesScores area = scores(200, 100, 110, 2.5);
    SeriesScores dyad = scores(200, 100, 110, 2.5);
    List<PooledLens.Found> found = alerts(area, dyad);
    assertThat(found).hasSize(1);
    DetectedAlert a = found.get(0).alert();
    assertThat(a.indicator()).isEqualTo("sea_dyad_7d");
    assertThat(a.scope()).isEqualTo(Scope.AREA);
    assertThat(a.subject()).isEqualTo("SOUTH_CHINA_SEA");
    assertThat(a.peakLevel()).isEqualTo(Level.WATCH);
    // 1.5 a day from day 100 passes the limit 4 on day 102
    assertThat(a.opened()).isEqualTo(START.plusDays(102));
    // the accumulator (just under 15 by day 109) drains 1.5 a day from day 110: zero on day 119
    assertThat(a.closed()).isEqualTo(START.plusDays(119));
    assertThat(found.get(0).dyads()).containsExactly("CHN-VNM");
  }

  @Test
  void aRiseOfTheDyadAloneNeverAccumulatesHoweverLarge() {
    assertThat(alerts(scores(200, 0, 0, 0), scores(200, 50, 150, 40))).isEmpty();
  }

  @Test
  void aRiseOfTheSeaAloneNeverAccumulatesHoweverLarge() {
    assertThat(alerts(scores(200, 50, 150, 40), scores(200, 0, 0, 0))).isEmpty();
  }

  @Test
  void daysWithoutABaselineOnEitherSideAreSkipped() {
    SeriesScores area = scores(200, 100, 110, 2.5);
    SeriesScores dyad = scores(200, 100, 110, 2.5);
    Arrays.fill(dyad.expected(), Double.NaN);
    assertThat(alerts(area, dyad)).isEmpty();
  }

  @Test
  void onlyDyadsWhoseTwoPartiesBothBorderTheSeaPoolWithIt() {
    List<String> dyads = List.of("CHN-VNM", "MYS-PHL", "CHN-THA", "CHN>VNM", "IDN-SGP");
    assertThat(PooledLens.coastalDyads("SOUTH_CHINA_SEA", dyads, d -> true))
        .containsExactly("CHN-VNM", "MYS-PHL");
    assertThat(PooledLens.coastalDyads("SOUTH_CHINA_SEA", dyads, d -> !d.startsWith("CHN")))
        .containsExactly("MYS-PHL");
    assertThat(PooledLens.coastalDyads("NOT_A_SEA", dyads, d -> true)).isEmpty();
    assertThat(PooledLens.areasOf("CHN-VNM")).containsExactly("SOUTH_CHINA_SEA");
    assertThat(PooledLens.coastalPairs("SOUTH_CHINA_SEA")).contains("CHN-PHL", "BRN-MYS");
  }

  @Test
  void aPoolNamingAMissingOrWrongLensIsRefusedWithItsKey() throws Exception {
    String shipped;
    try (var in = DetectorConfig.class.getResourceAsStream(DetectorConfig.DEFAULT)) {
      shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    assertThatThrownBy(
            () ->
                DetectorConfig.parse(
                    shipped.replace(
                        "pool.sea_dyad_7d.dyad = dyad_conflict_7d",
                        "pool.sea_dyad_7d.dyad = nothing"),
                    "t"))
        .hasMessage("t: pool.sea_dyad_7d.dyad names no spec 'nothing'");
    assertThatThrownBy(
            () ->
                DetectorConfig.parse(
                    shipped.replace(
                        "pool.sea_dyad_7d.area = sea_incidents_7d",
                        "pool.sea_dyad_7d.area = sea_incidents"),
                    "t"))
        .hasMessageContaining("pool.sea_dyad_7d.area must name a daily spec of scope area");
    assertThatThrownBy(
            () -> DetectorConfig.parse(shipped.replace("pool.sea_dyad_7d.limit = 4\n", ""), "t"))
        .hasMessage("t: missing pool.sea_dyad_7d.limit");
    assertThatThrownBy(() -> DetectorConfig.parse(shipped + "\npool.sea_dyad_7d.span = 3\n", "t"))
        .hasMessage("t: unknown key 'pool.sea_dyad_7d.span'");
    assertThat(DetectorConfig.parse(shipped.replaceAll("(?m)^pool\\..*$", ""), "t").pools())
        .isEmpty();
  }

  @Test
  void aPoolWhoseCapCannotExceedItsAllowanceIsRefused() {
    assertThatThrownBy(() -> new PooledLens("x", "a", "d", 4, 1.5, 1.5, 28, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cap > allowance");
  }
}
