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
    return incident(src, tgt, place, sea, "190");
  }

  private static Incident incident(String src, String tgt, String place, String sea, String code) {
    Event e =
        new Event(
            "gdelt",
            "1",
            LocalDate.of(2024, 1, 1),
            null,
            new Actor(src, null, src, null, null, null, List.of()),
            new Actor(tgt, null, tgt, null, null, null, List.of()),
            CameoCode.of(code),
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
  void aCoastalStateCountsAnIncidentInItsWatersOnlyWhenItIsASide() {
    // between others at sea: the place is the sea area's; the coastal state is no party, but the
    // region still counts a member's waters
    assertThat(SUBJECTS.of(incident("CHN", "USA", "PHL", "SOUTH_CHINA_SEA")))
        .containsExactly(
            new Subject(Scope.COUNTRY, "CHN"),
            new Subject(Scope.DYAD, "CHN>USA"),
            new Subject(Scope.DYAD, "CHN-USA"),
            new Subject(Scope.AREA, "SOUTH_CHINA_SEA"),
            new Subject(Scope.REGION, "WORLD"),
            new Subject(Scope.REGION, "ASEAN"));
    // unknown attackers against the coastal state's own ship in its waters: it is a side
    assertThat(SUBJECTS.of(incident(null, "PHL", "PHL", "SULU_CELEBES")))
        .containsExactly(
            new Subject(Scope.COUNTRY, "PHL"),
            new Subject(Scope.AREA, "SULU_CELEBES"),
            new Subject(Scope.REGION, "WORLD"),
            new Subject(Scope.REGION, "ASEAN"));
    // on land the place still counts
    assertThat(SUBJECTS.of(incident("CHN", "USA", "PHL", null)))
        .contains(new Subject(Scope.COUNTRY, "PHL"));
  }

  @Test
  void aCountryActingAtHomeCountsOnceAndMakesNoDyadWithItself() {
    assertThat(SUBJECTS.of(incident("USA", "USA", "USA", null)))
        .containsExactly(new Subject(Scope.COUNTRY, "USA"), new Subject(Scope.REGION, "WORLD"));
  }

  @Test
  void aidGivenAbroadCountsForThePlaceAndTheDyadButNotForTheDonor() {
    // the USA delivers aid (073) to the Philippines in the Philippines: need there, not in the USA
    assertThat(SUBJECTS.of(incident("USA", "PHL", "PHL", null, "073")))
        .containsExactly(
            new Subject(Scope.COUNTRY, "PHL"),
            new Subject(Scope.DYAD, "USA>PHL"),
            new Subject(Scope.DYAD, "PHL-USA"),
            new Subject(Scope.REGION, "WORLD"),
            new Subject(Scope.REGION, "ASEAN"));
    // the same aid at home, or with no known place, still counts for the source
    assertThat(SUBJECTS.of(incident("USA", "PHL", "USA", null, "073")))
        .contains(new Subject(Scope.COUNTRY, "USA"));
    assertThat(SUBJECTS.of(incident("USA", "PHL", null, null, "073")))
        .contains(new Subject(Scope.COUNTRY, "USA"));
    // another class abroad still counts for the source
    assertThat(SUBJECTS.of(incident("USA", "PHL", "PHL", null, "0341")))
        .contains(new Subject(Scope.COUNTRY, "USA"));
  }

  private static Event placed(String adm1, GeoPrecision precision) {
    return new Event(
        "gdelt",
        "2",
        LocalDate.of(2024, 1, 1),
        null,
        new Actor("PHLREB", null, "PHL", null, null, null, List.of("REB")),
        new Actor("PHLMIL", null, "PHL", null, null, null, List.of("MIL")),
        CameoCode.of("190"),
        true,
        QuadClass.MATERIAL_CONFLICT,
        -10,
        1,
        1,
        1,
        0,
        new Location("PHL", adm1, 7.2, 124.2, precision, "Cotabato City, Maguindanao"),
        null);
  }

  @Test
  void aReportPlacedInAConflictAreasDivisionCountsForTheAreaWhenAreasAreOn() {
    IncidentSubjects on = SUBJECTS.withTheatres(true);
    assertThat(on.theatre(placed("RP56", GeoPrecision.PLACE)))
        .contains(new Subject(Scope.THEATRE, "MINDANAO"));
    assertThat(on.theatre(placed("RP56", GeoPrecision.ADM1)))
        .contains(new Subject(Scope.THEATRE, "MINDANAO"));
    assertThat(on.theatre(placed("RPD9", GeoPrecision.PLACE))).isEmpty();
    assertThat(SUBJECTS.theatre(placed("RP56", GeoPrecision.PLACE))).as("areas off").isEmpty();
    // the incident's own subjects do not change with the areas
    Incident i = Incident.of(placed("RP56", GeoPrecision.PLACE));
    assertThat(on.of(i)).isEqualTo(SUBJECTS.of(i));
  }

  @Test
  void aReportPlacedOnlyAtTheCountryCountsForNoArea() {
    assertThat(SUBJECTS.withTheatres(true).theatre(placed("RP56", GeoPrecision.COUNTRY))).isEmpty();
    assertThat(SUBJECTS.withTheatres(true).theatre(placed("RP", GeoPrecision.COUNTRY))).isEmpty();
  }

  @Test
  void aCountryCountsReportsOfDeathsCountingSourcesOnlyWhenItIsThePlace() {
    // refugees of Viet Nam landing in the Philippines, as a source counting deaths records them
    DayCounts counted = DayCounts.of(incident("VNM", "PHL", "PHL", null)).withDeathReports(1);
    IncidentKey k = incident("VNM", "PHL", "PHL", null).key();
    assertThat(IncidentSubjects.countsFor(new Subject(Scope.COUNTRY, "PHL"), k, counted))
        .isEqualTo(counted);
    DayCounts forActor = IncidentSubjects.countsFor(new Subject(Scope.COUNTRY, "VNM"), k, counted);
    assertThat(forActor.deathReports()).isZero();
    assertThat(forActor.withDeathReports(1)).isEqualTo(counted);
    assertThat(IncidentSubjects.countsFor(new Subject(Scope.DYAD, "VNM>PHL"), k, counted))
        .isEqualTo(counted);
  }
}
