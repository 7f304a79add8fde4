package org.amity.signal.daily;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.amity.event.CountryTable;
import org.amity.event.SeaArea;
import org.amity.signal.Scope;

/**
 * The countries whose coverage a subject of several countries reads a count only some sources give
 * by ({@link DayCounts#COVERED_BY}; audit4 H3). The ASEAN region and a sea area are covered in a
 * period only where one of their members (ASEAN's member states; a sea area's coastal states) is
 * covered, that is inside that country's own first to last period with such a report, or where the
 * subject itself has such a report (a death at sea that no country holds as placed in it): the
 * union of the members' spans and its own periods, not the subject's own first to last period,
 * which kept the 34 months between ACLED's 2015 files and its Indonesian file of 2019-2020 as ASEAN
 * months of no dead. Every other subject reads its own first to last period: a country, a conflict
 * area (part of one country), a dyad (whose deaths are those of its two sides' incidents, not of
 * either country), and the WORLD region, whose members are not all stored (the store keeps country
 * rows for the watched countries only).
 */
public final class CoverageMembers {
  private CoverageMembers() {}

  /** The members of a subject covered by its members' spans, or null for one read by its own. */
  public static Set<String> of(Scope scope, String subject) {
    if (scope == Scope.REGION && subject.equals("ASEAN")) {
      return CountryTable.standard().aseanMembers();
    }
    if (scope == Scope.AREA) {
      for (SeaArea a : SeaArea.values()) {
        if (a.name().equals(subject)) {
          return new TreeSet<>(a.coastalStates());
        }
      }
    }
    return null;
  }

  /** Every subject covered by its members, with each member: (scope key, subject, country). */
  public static List<String[]> rows() {
    List<String[]> out = new ArrayList<>();
    for (String m : of(Scope.REGION, "ASEAN")) {
      out.add(new String[] {Scope.REGION.key(), "ASEAN", m});
    }
    for (SeaArea a : SeaArea.values()) {
      for (String m : of(Scope.AREA, a.name())) {
        out.add(new String[] {Scope.AREA.key(), a.name(), m});
      }
    }
    return out;
  }
}
