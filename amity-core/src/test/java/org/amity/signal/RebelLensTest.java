package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.amity.signal.daily.DayCounts;
import org.amity.signal.daily.EventClass;
import org.amity.signal.daily.IndicatorDay;
import org.amity.signal.daily.SeriesDetection;
import org.junit.jupiter.api.Test;

/**
 * The rebels' lens (twenty-second round of issue 14): fighting with rebels, insurgents or
 * separatists as a share of a country's news over seven days, watched only in the countries with a
 * conflict area. A week in which that fighting quadruples raises it in the Philippines; the same
 * numbers in Viet Nam, which has no conflict area, raise nothing from it; and five quiet months
 * raise nothing in any of the four countries.
 */
class RebelLensTest {
  private static final String LENS = "rebel_material_conflict_7d";
  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final int DAYS = 150;
  private static final int RISE = 120;

  @Test
  void theShippedLensWatchesTheCountriesWithAConflictAreaOnly() {
    DetectionSpec spec = DetectorConfig.standard().spec(LENS).orElseThrow();
    assertThat(spec.numerator()).isEqualTo("rebel_mc_incidents");
    assertThat(spec.subjects()).containsExactlyInAnyOrder("IDN", "MMR", "PHL", "THA");
    for (org.amity.event.ConflictArea a : org.amity.event.ConflictArea.values()) {
      assertThat(spec.watches(a.country())).as(a.name()).isTrue();
    }
    assertThat(spec.watches("VNM")).isFalse();
  }

  @Test
  void itsEvidenceIsTheFightingWithRebelsItCounts() {
    DetectionSpec spec = DetectorConfig.standard().spec(LENS).orElseThrow();
    assertThat(EventClass.of(spec)).isEqualTo(EventClass.REBEL);
    org.amity.event.Actor army =
        new org.amity.event.Actor("PHLMIL", null, "PHL", null, null, null, List.of("MIL"));
    org.amity.event.Actor rebels =
        new org.amity.event.Actor("PHLREB", null, "PHL", null, null, null, List.of("REB"));
    org.amity.event.Location land =
        new org.amity.event.Location(
            "PHL", "RP66", 6.9, 122.1, org.amity.event.GeoPrecision.PLACE, "Zamboanga");
    org.amity.event.Location sea =
        new org.amity.event.Location(
            null, null, 5.5, 121.0, org.amity.event.GeoPrecision.PLACE, "Sulu Sea", "SULU_CELEBES");
    assertThat(EventClass.of(event(army, rebels, "190", land)) & EventClass.REBEL.bit())
        .isNotZero();
    assertThat(EventClass.of(event(army, army, "190", land)) & EventClass.REBEL.bit()).isZero();
    assertThat(EventClass.of(event(army, rebels, "190", sea)) & EventClass.REBEL.bit()).isZero();
    assertThat(EventClass.of(event(army, rebels, "042", land)) & EventClass.REBEL.bit()).isZero();
  }

  private static org.amity.event.Event event(
      org.amity.event.Actor src,
      org.amity.event.Actor tgt,
      String code,
      org.amity.event.Location place) {
    org.amity.event.CameoCode c = org.amity.event.CameoCode.of(code);
    return new org.amity.event.Event(
        "gdelt",
        "x",
        START,
        null,
        src,
        tgt,
        c,
        true,
        code.startsWith("19")
            ? org.amity.event.QuadClass.MATERIAL_CONFLICT
            : org.amity.event.QuadClass.VERBAL_COOPERATION,
        -10,
        1,
        1,
        1,
        -5,
        place,
        null,
        null,
        null,
        null);
  }

  @Test
  void aWeekOfFightingWithRebelsRaisesTheLensWhereItWatchesOnly() {
    List<IndicatorDay> days = new ArrayList<>();
    days.addAll(country("PHL", true, 7));
    days.addAll(country("VNM", true, 7));
    days.addAll(LensDays.world(START, DAYS));
    List<DetectedAlert> alerts =
        SeriesDetection.all(DetectorConfig.standard(), days, (scope, subject) -> true);
    List<DetectedAlert> rebels = alerts.stream().filter(a -> a.indicator().equals(LENS)).toList();
    assertThat(rebels).extracting(DetectedAlert::subject).containsOnly("PHL");
    assertThat(rebels)
        .anySatisfy(
            a -> {
              assertThat(a.peakLevel().atLeast(Level.WARNING)).isTrue();
              assertThat(a.opened()).isBetween(START.plusDays(RISE), START.plusDays(RISE + 7));
            });
  }

  @Test
  void aQuietSeasonRaisesNothing() {
    List<IndicatorDay> days = new ArrayList<>();
    String[] watched = {"IDN", "MMR", "PHL", "THA"};
    for (int i = 0; i < watched.length; i++) {
      days.addAll(country(watched[i], false, 11 + i));
    }
    days.addAll(LensDays.world(START, DAYS));
    List<DetectedAlert> alerts =
        SeriesDetection.all(DetectorConfig.standard(), days, (scope, subject) -> true);
    assertThat(alerts).noneMatch(a -> a.indicator().equals(LENS));
  }

  @Test
  void aSubjectsListWithAnEmptyNameIsRefused() throws java.io.IOException {
    String shipped;
    try (java.io.InputStream in =
        DetectorConfig.class.getResourceAsStream("/org/amity/signal/detectors.properties")) {
      shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    DetectorConfig ok =
        DetectorConfig.parse(shipped + "\nspec.conflict.subjects = PHL, THA\n", "x");
    assertThat(ok.spec("conflict").orElseThrow().subjects())
        .containsExactlyInAnyOrder("PHL", "THA");
    assertThatThrownBy(
            () -> DetectorConfig.parse(shipped + "\nspec.conflict.subjects = PHL,,THA\n", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spec.conflict.subjects has an empty name");
  }

  /**
   * A country's days: about 500 incidents a day, 1% of them fighting with rebels; from day {@link
   * #RISE}, for a week, 4% when {@code rise}. The seed varies the draws (the same seed gives the
   * same numbers, whichever country).
   */
  private static List<IndicatorDay> country(String iso, boolean rise, long seed) {
    Random r = new Random(seed);
    List<IndicatorDay> out = new ArrayList<>();
    for (int d = 0; d < DAYS; d++) {
      long incidents = 450 + r.nextInt(100);
      double share = rise && d >= RISE && d < RISE + 7 ? 0.04 : 0.01;
      long rebels = 0;
      for (int i = 0; i < incidents; i++) {
        rebels += r.nextDouble() < share ? 1 : 0;
      }
      long mc = rebels + incidents / 10;
      out.add(
          new IndicatorDay(
              Scope.COUNTRY,
              iso,
              START.plusDays(d),
              new DayCounts(
                  incidents, 0, 0, 0, mc, incidents, mc, mc, 0, 0, 0, 0, 0, 0, 0, rebels, 0, 0)));
    }
    return out;
  }
}
