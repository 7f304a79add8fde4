package org.amity.signal.daily;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amity.event.Actor;
import org.amity.event.Event;

/**
 * What a report tells about outside great-power involvement with the parties of a country or dyad:
 * its day, the countries of its two sides and whether each side is the EU (known-group code EEC).
 * Reports that agree on these count together. The rule is the store's ({@code
 * store.duckdb.EvidenceQueries.greatPowerCounts}): of the reports in a window with a party on
 * either side, those whose other side is an outside great power (a great power that is not a party,
 * or the EU when "EU" is among the great powers).
 */
public record PartyTraffic(
    LocalDate day, String source, String target, boolean sourceEu, boolean targetEu) {

  public static PartyTraffic of(Event e) {
    return new PartyTraffic(
        e.eventDate(), e.source().country(), e.target().country(), eu(e.source()), eu(e.target()));
  }

  private static boolean eu(Actor a) {
    return "EEC".equals(a.knownGroup());
  }

  /**
   * The countries whose party state a report belongs to: its source's country and its target's
   * (once when they are the same), those of {@code watched} only.
   */
  public List<String> parties(Set<String> watched) {
    boolean s = source != null && watched.contains(source);
    boolean t = target != null && watched.contains(target) && !target.equals(source);
    if (s && t) {
      return List.of(source, target);
    }
    return s ? List.of(source) : t ? List.of(target) : List.of();
  }

  /**
   * [reports with a party on a side, of which the other side is an outside great power] in the
   * window, counted over {@code traffic} (report counts per traffic).
   *
   * @param firstParty when given, only the reports whose first side-taking party (in the order of
   *     {@code parties}) is this one: so the counts of each party's own traffic add up to the
   *     counts over all of it, each report once
   */
  public static long[] greatPowerCounts(
      Iterable<Map.Entry<PartyTraffic, Long>> traffic,
      List<String> parties,
      String firstParty,
      LocalDate from,
      LocalDate to,
      Set<String> greatPowers) {
    long all = 0;
    long outside = 0;
    for (Map.Entry<PartyTraffic, Long> e : traffic) {
      PartyTraffic t = e.getKey();
      if (t.day.isBefore(from) || t.day.isAfter(to)) {
        continue;
      }
      String first = t.firstParty(parties);
      if (first == null || (firstParty != null && !firstParty.equals(first))) {
        continue;
      }
      all += e.getValue();
      boolean sourceIsParty = t.source != null && parties.contains(t.source);
      if (sourceIsParty
          ? outside(t.target, t.targetEu, parties, greatPowers)
          : outside(t.source, t.sourceEu, parties, greatPowers)) {
        outside += e.getValue();
      }
    }
    return new long[] {all, outside};
  }

  /** The first of {@code parties} that is a side of this traffic, null when none is. */
  private String firstParty(List<String> parties) {
    for (String p : parties) {
      if (p.equals(source) || p.equals(target)) {
        return p;
      }
    }
    return null;
  }

  private static boolean outside(
      String country, boolean eu, List<String> parties, Set<String> greatPowers) {
    return (country != null && !parties.contains(country) && greatPowers.contains(country))
        || (eu && greatPowers.contains("EU"));
  }

  /** The outside great powers' share of the parties' reports, to three decimals (0 when none). */
  public static double outsideShare(long[] counts) {
    return counts[0] == 0 ? 0 : Math.round(1000.0 * counts[1] / counts[0]) / 1000.0;
  }
}
