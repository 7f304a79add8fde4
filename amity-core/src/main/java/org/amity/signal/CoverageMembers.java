package org.amity.signal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.amity.event.CountryTable;

/**
 * The countries whose coverage a region reads a count only some sources give by ({@link
 * #COVERED_BY}; audit4 H3). The ASEAN region is covered in a period only where one of its member
 * states is covered, that is inside that country's own first to last period with such a report, or
 * where the region itself has such a report: the union of the members' spans and its own periods,
 * not the region's own first to last period, which kept the 34 months between ACLED's 2015 files
 * and its Indonesian file of 2019-2020 as ASEAN months of no dead. Every other subject reads its
 * own first to last period: a country, a conflict area (part of one country), a dyad (whose deaths
 * are those of its two sides' incidents, not of either country), a sea area (no stored
 * deaths-counting record is placed at sea: its coastal states' spans would draw months of no dead
 * at sea that no file says), and the WORLD region, whose members are not all stored (the store
 * keeps country rows for the watched countries only).
 */
public final class CoverageMembers {
  private CoverageMembers() {}

  /**
   * The counts only some sources give, each with the column of its reports that tells a period no
   * such source covered from one with none of it (the dead, counted by ACLED and UCDP GED); the
   * daily engine's {@code DayCounts.COVERED_BY} is this map.
   */
  public static final java.util.Map<String, String> COVERED_BY =
      java.util.Map.of("fatalities", "death_reports");

  /** The members of a subject covered by its members' spans, or null for one read by its own. */
  public static Set<String> of(Scope scope, String subject) {
    if (scope == Scope.REGION && subject.equals("ASEAN")) {
      return CountryTable.standard().aseanMembers();
    }
    return null;
  }

  /** Every subject covered by its members, with each member: (scope key, subject, country). */
  public static List<String[]> rows() {
    List<String[]> out = new ArrayList<>();
    for (String m : of(Scope.REGION, "ASEAN")) {
      out.add(new String[] {Scope.REGION.key(), "ASEAN", m});
    }
    return out;
  }
}
