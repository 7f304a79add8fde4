package org.amity.signal.daily;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.amity.event.Actor;
import org.amity.event.CameoCode;
import org.amity.event.Event;
import org.amity.event.GeoPrecision;
import org.amity.event.Location;
import org.amity.event.QuadClass;
import org.junit.jupiter.api.Test;

/**
 * Records of two piracy files on one incident key and day are one attack when they lie near each
 * other and two when far apart (audit3 G3); records of one file are incidents each, news reports
 * have no position.
 */
class PositionedRecordsTest {
  private static final LocalDate DAY = LocalDate.of(1993, 3, 27);

  @Test
  void anImbAndAnAsamRecordFarApartAreTwoIncidents() {
    // the positions of ASAM 1993-61 and 1993-62, about 185 nm apart
    assertThat(incidents(record("imb:1", 19.145, 114.895), record("asam:2", 22.23, 114.69)))
        .isEqualTo(2);
  }

  @Test
  void anImbAndAnAsamRecordOfOneAttackPlacedApartByTheFilesAreOne() {
    // 59 nm: IMB's position is often the nearest port
    assertThat(incidents(record("imb:1", 4.2, 118.2), record("asam:2", 5.1, 118.6))).isEqualTo(1);
  }

  @Test
  void aRecordFarFromEveryRecordOfTheOtherFileIsAnAttackOfItsOwn() {
    // an IMB attack and its ASAM twin near it, and an ASAM attack 185 nm away: two
    assertThat(
            incidents(
                record("imb:1", 19.145, 114.895),
                record("asam:2", 19.3, 115.0),
                record("asam:3", 22.23, 114.69)))
        .isEqualTo(2);
    // two IMB attacks far apart, each with an ASAM record near it: two, not four
    assertThat(
            incidents(
                record("imb:1", 19.145, 114.895),
                record("asam:2", 19.3, 115.0),
                record("imb:3", 22.23, 114.69),
                record("asam:4", 22.1, 114.6)))
        .isEqualTo(2);
  }

  @Test
  void recordsWithoutAPositionAndNewsReportsKeepTheOldCount() {
    assertThat(
            incidents(
                record("imb:1", Double.NaN, Double.NaN),
                record("asam:2", 22.23, 114.69),
                news("g1")))
        .isEqualTo(1);
    assertThat(incidents(news("g1"), news("g2"))).isEqualTo(1);
    // a record of one file with a position, alone: still one with its news report
    assertThat(incidents(record("asam:2", 22.23, 114.69), news("g1"))).isEqualTo(1);
  }

  @Test
  void theDistanceIsTheTwinMergesHaversine() {
    // one degree of latitude is 60.04 nm on the twin merge's sphere
    assertThat(PositionedRecords.nauticalMiles(1, 104, 2, 104)).isCloseTo(60.04, within());
    assertThat(PositionedRecords.nauticalMilesSql("x.lat", "x.lon", "y.lat", "y.lon"))
        .isEqualTo(
            "3440.065 * 2 * asin(sqrt(pow(sin(radians(y.lat - x.lat) / 2), 2) + cos(radians(x.lat))"
                + " * cos(radians(y.lat)) * pow(sin(radians(y.lon - x.lon) / 2), 2)))");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.01);
  }

  private static long incidents(Event... events) {
    List<Incident> all = DailyIndicators.incidents(List.of(events));
    assertThat(all).hasSize(1);
    return all.get(0).count();
  }

  private static Event record(String id, double lat, double lon) {
    return event(
        "piracy",
        id,
        new Location(null, null, lat, lon, GeoPrecision.PLACE, null, "SOUTH_CHINA_SEA"));
  }

  private static Event news(String id) {
    return event(
        "gdelt",
        id,
        new Location(
            null, null, Double.NaN, Double.NaN, GeoPrecision.NONE, null, "SOUTH_CHINA_SEA"));
  }

  private static Event event(String dataset, String id, Location place) {
    CameoCode c = CameoCode.of("171");
    return new Event(
        dataset,
        id,
        DAY,
        null,
        new Actor("SEAPIR", null, null, null, null, null, List.of("CRM")),
        new Actor("VNMBUS", null, "VNM", null, null, null, List.of("BUS")),
        c,
        true,
        QuadClass.ofRoot(c.rootNumber()),
        -9,
        1,
        1,
        1,
        Double.NaN,
        place,
        null,
        null,
        null,
        null);
  }
}
