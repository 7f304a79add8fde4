package org.amity.signal.daily;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.amity.event.Actor;
import org.amity.event.CameoCode;
import org.amity.event.Event;
import org.amity.event.GeoPrecision;
import org.amity.event.Location;
import org.amity.event.QuadClass;
import org.amity.signal.Scope;
import org.junit.jupiter.api.Test;

class IncidentSubjectsTest {
  private static final IncidentSubjects SUBJECTS =
      new IncidentSubjects(Set.of("PHL", "CHN", "VNM", "USA"), Set.of("PHL", "VNM"));

  private static Incident incident(String src, String tgt, String place, String sea) {
    Event e =
        new Event(
            "gdelt",
            "1",
            LocalDate.of(2024, 1, 1),
            null,
            new Actor(src, null, src, null, null, null, List.of()),
            new Actor(tgt, null, tgt, null, null, null, List.of()),
            CameoCode.of("190"),
            true,
            QuadClass.MATERIAL_CONFLICT,
            -10,
            1,
            1,
            1,
            0,
            new Location(place, null, Double.NaN, Double.NaN, GeoPrecision.COUNTRY, null, sea),
            null);
    return Incident.of(e);
  }

  @Test
  void aDirectedPairAtSeaCountsForBothCountriesBothDyadsTheAreaAndBothRegions() {
    assertThat(SUBJECTS.of(incident("CHN", "PHL", "PHL", "SOUTH_CHINA_SEA")))
        .containsExactly(
            new Subject(Scope.COUNTRY, "CHN"),
            new Subject(Scope.COUNTRY, "PHL"),
            new Subject(Scope.DYAD, "CHN>PHL"),
            new Subject(Scope.DYAD, "CHN-PHL"),
            new Subject(Scope.AREA, "SOUTH_CHINA_SEA"),
            new Subject(Scope.REGION, "WORLD"),
            new Subject(Scope.REGION, "ASEAN"));
  }

  @Test
  void outsidersCountOnlyForTheWorldAndTheirPlace() {
    assertThat(SUBJECTS.of(incident("FRA", "GBR", "VNM", null)))
        .containsExactly(
            new Subject(Scope.COUNTRY, "VNM"),
            new Subject(Scope.REGION, "WORLD"),
            new Subject(Scope.REGION, "ASEAN"));
    assertThat(SUBJECTS.of(incident(null, null, null, null)))
        .containsExactly(new Subject(Scope.REGION, "WORLD"));
  }

  @Test
  void aCountryActingAtHomeCountsOnceAndMakesNoDyadWithItself() {
    assertThat(SUBJECTS.of(incident("USA", "USA", "USA", null)))
        .containsExactly(new Subject(Scope.COUNTRY, "USA"), new Subject(Scope.REGION, "WORLD"));
  }
}
