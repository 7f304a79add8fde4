package org.amity.store.duckdb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amity.event.Actor;
import org.amity.event.Event;
import org.amity.event.Fatalities;
import org.amity.event.GeoPrecision;

/**
 * Reports of news sources and records of datasets that record one incident per record ({@code
 * Dataset.Recording.INCIDENTS}) on shared incident keys: the fixture of the incident rule
 * (docs/decisions.md, "Incidents, not reports"), for the store's SQL, the plain engine and the
 * Flink job alike. Each day holds one key; {@link #INCIDENTS} says how many incidents it is.
 */
public final class RecordedIncidents {
  private RecordedIncidents() {}

  public static final LocalDate DAY = LocalDate.of(2015, 3, 27);

  /** The incidents of each day's key, day by day from {@link #DAY}. */
  public static final List<Long> INCIDENTS = List.of(2L, 1L, 1L, 2L, 2L, 9L, 3L, 1L, 1L, 2L);

  /** The events, in storage order (reports and records of one key interleaved). */
  public static List<Event> events() {
    Actor rebels = new Actor("PHLREB", null, "PHL", null, null, null, List.of("REB"));
    Actor army = new Actor("PHLMIL", null, "PHL", null, null, null, List.of("MIL"));
    Actor pirates = new Actor("IDNCRM", null, "IDN", null, null, null, List.of("CRM"));
    Actor crew = new Actor("SGPBUS", null, "SGP", null, null, null, List.of("BUS"));
    Actor protesters = new Actor("MMROPP", null, "MMR", null, null, null, List.of("OPP"));
    Actor police = new Actor("MMRCOP", null, "MMR", null, null, null, List.of("COP"));
    List<Event> out = new ArrayList<>();
    // day 0: a clash in five GDELT reports and two ACLED events (two clashes): 2
    for (int i = 0; i < 7; i++) {
      String d = i == 2 || i == 5 ? "acled" : "gdelt";
      out.add(event(d, "a" + i, 0, rebels, army, "190", "PHL", "RP56", null, i == 2 ? 3 : 0));
    }
    // day 1: five GDELT reports and one ACLED event: 1
    for (int i = 0; i < 6; i++) {
      String d = i == 4 ? "acled" : "gdelt";
      out.add(event(d, "b" + i, 1, rebels, army, "190", "PHL", "RP56", null, 0));
    }
    // day 2: one ACLED and one UCDP GED record of one clash (two datasets recording incidents are
    // not added up), and an ICEWS report: 1
    out.add(event("acled", "c0", 2, rebels, army, "190", "PHL", "RP56", null, 2));
    out.add(event("ucdp-ged", "c1", 2, rebels, army, "190", "PHL", "RP56", null, 2));
    out.add(event("icews", "c2", 2, rebels, army, "190", "PHL", "RP56", null, 0));
    // day 3: two attacks at sea, about 85 nm apart, in one piracy file (the IMB twins merged away),
    // and a GDELT report of one of them: 2
    out.add(atSea("asam:1", 3, "171", "MALACCA_SINGAPORE", 2.5, 101.5));
    out.add(event("gdelt", "d1", 3, pirates, crew, "171", null, null, "MALACCA_SINGAPORE", 0));
    out.add(atSea("asam:2", 3, "171", "MALACCA_SINGAPORE", 1.3, 102.3));
    // day 4: two seizures by criminals on the coast of the Sulu and Celebes Seas (Sabah): 2
    out.add(event("piracy", "imb:3", 4, pirates, crew, "171", "MYS", "MY16", null, 0));
    out.add(event("piracy", "imb:4", 4, pirates, crew, "171", "MYS", "MY16", null, 0));
    // day 5: nine protests in nine towns, one ACLED event each, one key: 9
    for (int i = 0; i < 9; i++) {
      out.add(event("acled", "p" + i, 5, protesters, police, "141", "MMR", null, null, 0));
    }
    // day 6: three ACLED events, six GDELT reports, one of which codes the side acted on as
    // refugees (the same actor code, so the same key): 3, all humanitarian
    for (int i = 0; i < 9; i++) {
      String d = i % 3 == 0 ? "acled" : "gdelt";
      Actor target =
          i == 7 ? new Actor("MMRCOP", null, "MMR", null, null, null, List.of("REF")) : police;
      out.add(event(d, "r" + i, 6, protesters, target, "141", "MMR", null, null, 0));
    }
    // day 7: ten GDELT reports alone: 1
    for (int i = 0; i < 10; i++) {
      out.add(event("gdelt", "g" + i, 7, protesters, police, "141", "MMR", null, null, 0));
    }
    // day 8: an IMB and an ASAM report of one hijacking the twin merge left apart (their positions
    // 59 nm apart): two recorders of one key are taken for one event, 1
    out.add(atSea("imb:5", 8, "181", "SULU_CELEBES", 4.2, 118.2));
    out.add(atSea("asam:6", 8, "181", "SULU_CELEBES", 5.1, 118.6));
    // day 9: an IMB and an ASAM record of one key and day 185 nm apart (the positions of ASAM
    // 1993-61 and 1993-62, two Vietnamese vessels, audit3 G3): farther than one attack is ever
    // placed apart by the two files, two attacks, 2
    out.add(atSea("imb:7", 9, "171", "SOUTH_CHINA_SEA", 19.1, 114.9));
    out.add(atSea("asam:8", 9, "171", "SOUTH_CHINA_SEA", 22.2, 114.7));
    return out;
  }

  /**
   * The events with records dated by a range of days (UCDP GED's {@code date_start} to {@code
   * date_end}), whose dead are spread over the range: a GED record of day 2's clash killing 25 over
   * days 2 to 11 (shares 2, 3, 2, 3, ...; past the other records' last day), an ACLED record of 7
   * dead in the same place on day 5 (a day the range gives GED 3), and a GED record in Papua
   * killing one over days 7 to 9 (shares 0, 0, 1).
   */
  public static List<Event> ranged() {
    Actor rebels = new Actor("PHLREB", null, "PHL", null, null, null, List.of("REB"));
    Actor army = new Actor("PHLMIL", null, "PHL", null, null, null, List.of("MIL"));
    Actor opm = new Actor("IDNOPM", null, "IDN", null, null, null, List.of("SEP"));
    Actor tni = new Actor("IDNMIL", null, "IDN", null, null, null, List.of("MIL"));
    List<Event> out = new ArrayList<>(events());
    out.add(ranged("ucdp-ged", "s1", 2, 11, rebels, army, "PHL", "RP56", 25));
    out.add(event("acled", "s2", 5, rebels, army, "190", "PHL", "RP56", null, 7));
    out.add(ranged("ucdp-ged", "s3", 7, 9, tni, opm, "IDN", "ID09", 1));
    return out;
  }

  private static Event ranged(
      String dataset,
      String id,
      int first,
      int last,
      Actor source,
      Actor target,
      String country,
      String adm1,
      int dead) {
    Event e =
        DailyIndicatorsMatchSqlTest.event(
            dataset,
            id,
            DAY.plusDays(first),
            source,
            target,
            "190",
            -9,
            -2,
            country,
            null,
            new Fatalities(dead, dead, dead, DAY.plusDays(last)));
    return DailyIndicatorsMatchSqlTest.placed(e, adm1, GeoPrecision.PLACE);
  }

  /** A piracy record of criminals against a crew at sea, at a position. */
  private static Event atSea(String id, int day, String code, String sea, double lat, double lon) {
    Actor pirates = new Actor("IDNCRM", null, "IDN", null, null, null, List.of("CRM"));
    Actor crew = new Actor("SGPBUS", null, "SGP", null, null, null, List.of("BUS"));
    return DailyIndicatorsMatchSqlTest.at(
        event("piracy", id, day, pirates, crew, code, null, null, sea, 0), lat, lon);
  }

  private static Event event(
      String dataset,
      String id,
      int day,
      Actor source,
      Actor target,
      String code,
      String country,
      String adm1,
      String sea,
      int dead) {
    Event e =
        DailyIndicatorsMatchSqlTest.event(
            dataset,
            id,
            DAY.plusDays(day),
            source,
            target,
            code,
            -9,
            -2,
            country,
            sea,
            dead > 0 ? Fatalities.exactly(dead) : null);
    return adm1 == null ? e : DailyIndicatorsMatchSqlTest.placed(e, adm1, GeoPrecision.PLACE);
  }
}
