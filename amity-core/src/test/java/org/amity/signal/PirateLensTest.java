package org.amity.signal;

import static org.amity.signal.SignalFixtures.poisson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.amity.event.Actor;
import org.amity.event.CameoCode;
import org.amity.event.Event;
import org.amity.event.GeoPrecision;
import org.amity.event.Location;
import org.amity.event.QuadClass;
import org.amity.event.SeaArea;
import org.amity.signal.daily.DayCounts;
import org.amity.signal.daily.EventClass;
import org.amity.signal.daily.IndicatorDay;
import org.amity.signal.daily.SeriesDetection;
import org.junit.jupiter.api.Test;

/**
 * The pirates' lens (twenty-fourth round of issue 14): seizures and abductions by pirates at sea
 * and on the coast, counted over seven days on the two piracy seas only. A week in which they
 * quadruple raises it on the Sulu and Celebes Seas, also when the rise is on the coast only (days
 * with no report at sea of the area's own); the same numbers on the South China Sea raise nothing
 * from it; five quiet months raise nothing on either sea. Its evidence is the pirates' reports.
 */
class PirateLensTest {
  private static final String LENS = "sea_pirates_7d";
  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final int DAYS = 150;
  private static final int RISE = 120;

  @Test
  void theShippedLensWatchesThePiracySeasOnly() {
    DetectionSpec spec = DetectorConfig.standard().spec(LENS).orElseThrow();
    assertThat(spec.numerator()).isEqualTo("pirate_incidents");
    assertThat(spec.scope()).isEqualTo(Scope.AREA);
    assertThat(spec.subjects())
        .containsExactlyInAnyOrder(SeaArea.MALACCA_SINGAPORE.name(), SeaArea.SULU_CELEBES.name());
    assertThat(spec.watches(SeaArea.SOUTH_CHINA_SEA.name())).isFalse();
  }

  @Test
  void itsEvidenceIsTheSeizuresAndAbductionsOfPirates() {
    DetectionSpec spec = DetectorConfig.standard().spec(LENS).orElseThrow();
    assertThat(EventClass.of(spec)).isEqualTo(EventClass.PIRATE);
    Actor pirates = new Actor("CRM", null, null, null, null, null, List.of("CRM"));
    Actor rebels = new Actor("PHLREB", null, "PHL", null, null, null, List.of("REB"));
    Actor coastGuard = new Actor("IDNCOP", null, "IDN", null, null, null, List.of("COP"));
    Actor crew = new Actor("IDNBUS", null, "IDN", null, null, null, List.of("BUS"));
    Location sea =
        new Location(
            null, null, 5.5, 121.0, GeoPrecision.PLACE, "Sulu Sea", SeaArea.SULU_CELEBES.name());
    Location jolo = new Location("PHL", "RP60", 6.05, 121.0, GeoPrecision.PLACE, "Jolo");
    assertThat(pirate(event(pirates, crew, "181", sea))).isTrue();
    assertThat(pirate(event(rebels, crew, "181", sea))).as("rebels at sea").isTrue();
    assertThat(pirate(event(pirates, crew, "171", jolo))).as("criminals on land").isTrue();
    assertThat(pirate(event(rebels, crew, "181", jolo))).as("rebels on land").isFalse();
    assertThat(pirate(event(coastGuard, crew, "171", sea))).as("a state seizing").isFalse();
    assertThat(pirate(event(pirates, crew, "190", sea))).as("not a seizure").isFalse();
  }

  private static boolean pirate(Event e) {
    return (EventClass.of(e) & EventClass.PIRATE.bit()) != 0;
  }

  private static Event event(Actor src, Actor tgt, String code, Location place) {
    return new Event(
        "gdelt",
        "x",
        START,
        null,
        src,
        tgt,
        CameoCode.of(code),
        true,
        QuadClass.MATERIAL_CONFLICT,
        -9,
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
  void aWeekOfPiratesRaisesTheLensOnThePiracySeasOnly() {
    List<IndicatorDay> days = new ArrayList<>();
    days.addAll(sea(SeaArea.SULU_CELEBES, true, false, 7));
    days.addAll(sea(SeaArea.SOUTH_CHINA_SEA, true, false, 7));
    days.addAll(LensDays.world(START, DAYS));
    assertThat(lensAlerts(days)).extracting(DetectedAlert::subject).containsOnly("SULU_CELEBES");
    assertRaisedInTheWeek(days);
  }

  @Test
  void aWeekOfPiratesOnTheCoastAloneRaisesTheLens() {
    List<IndicatorDay> days = new ArrayList<>(sea(SeaArea.SULU_CELEBES, true, true, 7));
    days.addAll(LensDays.world(START, DAYS));
    assertThat(lensAlerts(days)).extracting(DetectedAlert::subject).containsOnly("SULU_CELEBES");
    assertRaisedInTheWeek(days);
  }

  @Test
  void aQuietSeasonRaisesNothing() {
    List<IndicatorDay> days = new ArrayList<>();
    days.addAll(sea(SeaArea.SULU_CELEBES, false, false, 11));
    days.addAll(sea(SeaArea.MALACCA_SINGAPORE, false, false, 12));
    days.addAll(LensDays.world(START, DAYS));
    assertThat(lensAlerts(days)).isEmpty();
  }

  private static List<DetectedAlert> lensAlerts(List<IndicatorDay> days) {
    return SeriesDetection.all(DetectorConfig.standard(), days, (scope, subject) -> true).stream()
        .filter(a -> a.indicator().equals(LENS))
        .toList();
  }

  private static void assertRaisedInTheWeek(List<IndicatorDay> days) {
    assertThat(lensAlerts(days))
        .anySatisfy(
            a -> {
              assertThat(a.peakLevel().atLeast(Level.WARNING)).isTrue();
              assertThat(a.opened()).isBetween(START.plusDays(RISE), START.plusDays(RISE + 7));
            });
  }

  /**
   * A sea area's days: about 60 incidents a day at sea, two of them by pirates on average (Poisson
   * draws); from day {@link #RISE}, for a week, eight a day when {@code rise}, on the coast alone
   * when {@code onCoast} (a day row of the coast's pirates only, no report of the area's own). The
   * seed varies the draws.
   */
  private static List<IndicatorDay> sea(SeaArea area, boolean rise, boolean onCoast, long seed) {
    Random r = new Random(seed);
    List<IndicatorDay> out = new ArrayList<>();
    for (int d = 0; d < DAYS; d++) {
      boolean week = rise && d >= RISE && d < RISE + 7;
      long incidents = 50 + r.nextInt(20);
      long pirates = poisson(r, 2);
      long coast = week ? poisson(r, 6) : 0;
      if (week && !onCoast) {
        pirates += coast;
        coast = 0;
      }
      long mc = pirates + incidents / 5;
      out.add(
          new IndicatorDay(
              Scope.AREA,
              area.name(),
              START.plusDays(d),
              new DayCounts(
                  incidents, 0, 0, 0, mc, incidents, mc, mc, 0, 0, 0, 0, 0, 0, 0, 0, pirates, 0)));
      if (coast > 0) {
        DayCounts onLand = new DayCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, coast, 0);
        out.add(new IndicatorDay(Scope.AREA, area.name(), START.plusDays(d), onLand));
      }
    }
    return out;
  }
}
