package org.amity.signal.daily;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.amity.event.Actor;
import org.amity.event.CameoCode;
import org.amity.event.Event;
import org.amity.event.Fatalities;
import org.amity.event.GeoPrecision;
import org.amity.event.Location;
import org.amity.event.QuadClass;
import org.junit.jupiter.api.Test;

class DayCountsTest {
  private static final LocalDate DAY = LocalDate.of(2024, 5, 6);

  private static Event report(String id, String role, double tone, Fatalities dead) {
    return report(id, List.of(role), tone, dead, Location.UNKNOWN);
  }

  private static Event report(
      String id, List<String> roles, double tone, Fatalities dead, Location place) {
    Actor src = new Actor("PHLGOV", null, "PHL", null, null, null, roles);
    Actor tgt = new Actor("CHNMIL", null, "CHN", null, null, null, List.of("MIL"));
    return new Event(
        "gdelt",
        id,
        DAY,
        null,
        src,
        tgt,
        CameoCode.of("190"),
        true,
        QuadClass.MATERIAL_CONFLICT,
        -10,
        1,
        1,
        1,
        tone,
        place,
        null,
        null,
        null,
        dead);
  }

  @Test
  void reportsAddedOneAtATimeSumToTheWholeIncident() {
    List<Event> reports =
        List.of(
            report("1", "GOV", Double.NaN, null),
            report("2", "GOV", -2.5, new Fatalities(3, 3, 3)),
            report("3", "REF", 1.0, null),
            report("4", "REF", Double.NaN, new Fatalities(1, 1, 1)));
    Incident whole = DailyIndicators.incidents(reports).get(0);
    Incident so = null;
    DayCounts sum = DayCounts.ZERO;
    for (Event e : reports) {
      Incident one = Incident.of(e);
      sum = sum.plus(DayCounts.added(so, one));
      so = so == null ? one : so.plus(one);
    }
    assertThat(sum).isEqualTo(DayCounts.of(whole));
    assertThat(sum.incidents()).isEqualTo(1);
    assertThat(sum.humanitarianIncidents()).isEqualTo(1);
    assertThat(sum.events()).isEqualTo(4);
    assertThat(sum.q4()).isEqualTo(4);
    assertThat(sum.toneN()).isEqualTo(2);
    assertThat(sum.fatalities()).isEqualTo(4);
  }

  @Test
  void recordsOfDatasetsThatRecordIncidentsCountAsIncidentsInAnyOrderOfArrival() {
    java.util.Map<IncidentKey, List<Event>> byKey = new java.util.LinkedHashMap<>();
    for (Event e : org.amity.store.duckdb.RecordedIncidents.events()) {
      byKey.computeIfAbsent(IncidentKey.of(e), k -> new java.util.ArrayList<>()).add(e);
    }
    assertThat(byKey).hasSize(org.amity.store.duckdb.RecordedIncidents.INCIDENTS.size());
    int day = 0;
    for (List<Event> reports : byKey.values()) {
      DayCounts whole = DayCounts.of(DailyIndicators.incidents(reports).get(0));
      assertThat(whole.incidents())
          .as("day %d", day)
          .isEqualTo(org.amity.store.duckdb.RecordedIncidents.INCIDENTS.get(day));
      for (long seed = 0; seed < 6; seed++) {
        List<Event> order = new java.util.ArrayList<>(reports);
        java.util.Collections.shuffle(order, new java.util.Random(seed));
        Incident so = null;
        DayCounts sum = DayCounts.ZERO;
        for (Event e : order) {
          Incident one = Incident.of(e);
          sum = sum.plus(DayCounts.added(so, one));
          so = so == null ? one : so.plus(one);
        }
        assertThat(sum.incidents()).isEqualTo(whole.incidents());
        assertThat(sum.conflictIncidents()).isEqualTo(whole.conflictIncidents());
        assertThat(sum.mcIncidents()).isEqualTo(whole.mcIncidents());
        assertThat(sum.humanitarianIncidents()).isEqualTo(whole.humanitarianIncidents());
        assertThat(sum.rebelMcIncidents()).isEqualTo(whole.rebelMcIncidents());
        assertThat(sum.pirateIncidents()).isEqualTo(whole.pirateIncidents());
        assertThat(sum.events()).isEqualTo(whole.events());
      }
      day++;
    }
  }

  @Test
  void aDatasetsRecordsSaturateInTheirOwnLaneAndNeverCarryIntoTheNext() {
    Event acled = report("a", "GOV", 0, null);
    acled =
        new Event(
            "acled",
            "a",
            acled.eventDate(),
            acled.dateAdded(),
            acled.source(),
            acled.target(),
            acled.code(),
            acled.rootEvent(),
            acled.quadClass(),
            acled.goldstein(),
            1,
            1,
            1,
            0,
            acled.action(),
            null,
            null,
            null,
            null);
    Incident one = Incident.of(acled);
    Incident many = one;
    for (int i = 0; i < 17; i++) {
      many = many.plus(many);
    }
    assertThat(many.count()).isEqualTo(65535);
    assertThat(many.records() >>> 16).as("the next dataset's lane").isZero();
  }

  @Test
  void fightingWithRebelsOnLandCountsOnceWhicheverReportFirstNamesThem() {
    // the second report names the armed group as insurgents in its second type (type2), the third
    // as separatists; the incident counts one rebel material conflict, added by the second report
    List<Event> reports =
        List.of(
            report("1", List.of("GOV"), 1, null, Location.UNKNOWN),
            report("2", List.of("GOV", "INS"), 1, null, Location.UNKNOWN),
            report("3", List.of("SEP"), 1, null, Location.UNKNOWN));
    Incident whole = DailyIndicators.incidents(reports).get(0);
    assertThat(DayCounts.of(whole).rebelMcIncidents()).isEqualTo(1);
    Incident first = Incident.of(reports.get(0));
    assertThat(DayCounts.added(null, first).rebelMcIncidents()).isZero();
    assertThat(DayCounts.added(first, Incident.of(reports.get(1))).rebelMcIncidents()).isEqualTo(1);
    Incident two = first.plus(Incident.of(reports.get(1)));
    assertThat(DayCounts.added(two, Incident.of(reports.get(2))).rebelMcIncidents()).isZero();

    // a type beyond the third is not stored, so it does not count; at sea it does not count
    Event fourth = report("4", List.of("GOV", "MIL", "BUS", "REB"), 1, null, Location.UNKNOWN);
    assertThat(DayCounts.of(Incident.of(fourth)).rebelMcIncidents()).isZero();
    Location sea =
        new Location(null, null, 5.5, 121.0, GeoPrecision.PLACE, "Sulu Sea", "SULU_CELEBES");
    Event atSea = report("5", List.of("REB"), 1, null, sea);
    assertThat(DayCounts.of(Incident.of(atSea)).rebelMcIncidents()).isZero();
    assertThat(DayCounts.of(Incident.of(atSea)).mcIncidents()).isEqualTo(1);
  }

  /** A record of {@code dataset} with {@code dead} killed, as {@link #report} otherwise. */
  private static Event recorded(String dataset, String id, int dead) {
    Event e = report(id, "GOV", Double.NaN, new Fatalities(dead, dead, dead));
    return new Event(
        dataset,
        id,
        e.eventDate(),
        null,
        e.source(),
        e.target(),
        e.code(),
        true,
        e.quadClass(),
        e.goldstein(),
        1,
        1,
        1,
        e.avgTone(),
        e.action(),
        null,
        null,
        null,
        e.fatalities());
  }

  @Test
  void aDaysDeadAreTheMostOneRecorderCountedOnceSettled() {
    DayCounts day =
        DayCounts.of(Incident.of(recorded("acled", "a1", 3)))
            .plus(DayCounts.of(Incident.of(recorded("acled", "a2", 60))))
            .plus(DayCounts.of(Incident.of(recorded("ucdp-ged", "g1", 3))));
    // added up, every record's dead; settled, ACLED's 63 and not GED's 3 again
    assertThat(day.fatalities()).isEqualTo(66);
    assertThat(day.settled().fatalities()).isEqualTo(63);
    assertThat(day.settled().deathsBy()).isZero();
    assertThat(day.settled().deathReports()).isEqualTo(3);
    // a recorder alone keeps its sum; a settled row adds up with others as a plain count
    DayCounts gedAlone =
        DayCounts.of(Incident.of(recorded("ucdp-ged", "g2", 2)))
            .plus(DayCounts.of(Incident.of(recorded("ucdp-ged", "g3", 5))));
    assertThat(gedAlone.settled().fatalities()).isEqualTo(7);
    assertThat(day.settled().plus(gedAlone.settled()).fatalities()).isEqualTo(70);
    // reports of one incident key added one at a time carry the same parts as the whole
    Incident one = Incident.of(recorded("acled", "a4", 4));
    Incident other = Incident.of(recorded("ucdp-ged", "g4", 9));
    DayCounts stepwise = DayCounts.added(null, one).plus(DayCounts.added(one, other));
    assertThat(stepwise).isEqualTo(DayCounts.of(one.plus(other)));
    assertThat(stepwise.settled().fatalities()).isEqualTo(9);
    // a dataset that counts no dead, or one not declared, is added as it comes
    assertThat(DayCounts.of(Incident.of(report("n", "GOV", 1, new Fatalities(2, 2, 2)))).deathsBy())
        .isZero();
  }

  @Test
  void valuesFollowTheTableColumns() {
    DayCounts c = new DayCounts(9, 1, 2, 3, 3, 5, 4, 2, 1, -3.5, 2, 7, 1, 6, 2, 3, 4, 5);
    Object[] values = c.values();
    assertThat(values).hasSize(DayCounts.COLUMNS.size());
    for (String column : DayCounts.COUNT_COLUMNS) {
      assertThat(values[DayCounts.COLUMNS.indexOf(column)]).as(column).isEqualTo(c.count(column));
    }
    assertThat(values[DayCounts.COLUMNS.indexOf("goldstein_sum")]).isEqualTo(-3.5);
    assertThat(values[DayCounts.COLUMNS.indexOf("tone_sum")]).isEqualTo(2.0);
    assertThat(values[DayCounts.COLUMNS.indexOf("tone_n")]).isEqualTo(7L);
  }

  @Test
  void countsAreReadByTheirColumnNames() {
    DayCounts c = new DayCounts(9, 1, 2, 3, 3, 5, 4, 2, 1, -3.5, 2, 7, 1, 6, 2, 3, 4, 5);
    assertThat(DayCounts.COUNT_COLUMNS.stream().map(c::count).toList())
        .containsExactly(9L, 1L, 2L, 3L, 3L, 5L, 4L, 2L, 1L, 1L, 6L, 2L, 3L, 4L, 5L);
  }
}
