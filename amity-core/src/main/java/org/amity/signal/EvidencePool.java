package org.amity.signal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amity.event.Actor;
import org.amity.event.Event;
import org.amity.event.EventKinds;
import org.amity.typology.ThreatProfile;
import org.amity.typology.ThreatTypeClassifier;

/**
 * The incidents behind an alert, most reported first: what its evidence list, threat types, themes
 * and domain are read from.
 */
public record EvidencePool(List<Item> items) {
  /** An incident: a representative report and how many reports it stands for. */
  public record Item(Event event, int reports) {}

  public EvidencePool {
    items = List.copyOf(items);
  }

  /** The first {@code n} incidents as evidence. */
  /**
   * One pool from several sides' pools (a pooled alert's: the sea area's incidents, then each
   * carrying dyad's), each incident once, at most {@code size}: most reported first, and among
   * equally reported ones the sides in turn (each side's first, then each side's second), so that
   * the evidence shown speaks for every side. The embedded watch and the Flink job both call this.
   *
   * @param sides each side's items, most reported first (as a pool is read)
   */
  public static List<Item> merged(List<List<Item>> sides, int size) {
    record Ranked(Item item, int rank, int side) {}
    List<Ranked> all = new ArrayList<>();
    java.util.Set<Event> seen = new java.util.HashSet<>();
    for (int side = 0; side < sides.size(); side++) {
      int rank = 0;
      for (Item i : sides.get(side)) {
        if (seen.add(i.event())) {
          all.add(new Ranked(i, rank++, side));
        }
      }
    }
    all.sort(
        java.util.Comparator.comparingInt((Ranked r) -> -r.item().reports())
            .thenComparingInt(Ranked::rank)
            .thenComparingInt(Ranked::side));
    return all.stream().limit(size).map(Ranked::item).toList();
  }

  public List<Evidence> top(int n) {
    List<Evidence> out = new ArrayList<>();
    for (Item i : items.subList(0, Math.min(n, items.size()))) {
      Event e = i.event();
      out.add(
          Evidence.described(
              e.eventDate(),
              label(e.source()),
              e.source().name(),
              label(e.target()),
              e.target().name(),
              e.code().code(),
              e.goldstein(),
              i.reports(),
              e.sourceUrl(),
              e.dataset(),
              e.nativeId(),
              e.narrative(),
              e.fatalities()));
    }
    return out;
  }

  private static String label(Actor a) {
    if (a.isEmpty()) {
      return null;
    }
    return a.code() != null ? a.code() : a.name();
  }

  public ThreatProfile profile(ThreatTypeClassifier classifier) {
    List<ThreatProfile.Weighted> w = new ArrayList<>();
    for (Item i : items) {
      w.add(new ThreatProfile.Weighted(i.event(), i.reports()));
    }
    return ThreatProfile.of(w, classifier);
  }

  /** Share of the incidents (weighted by reports) that happened at sea. */
  public double maritimeShare() {
    return share(EventKinds::maritime);
  }

  /** Share of the incidents (weighted by reports) of humanitarian kind. */
  public double humanitarianShare() {
    return share(EventKinds::humanitarian);
  }

  private double share(java.util.function.Predicate<Event> p) {
    double all = 0;
    double yes = 0;
    for (Item i : items) {
      all += i.reports();
      if (p.test(i.event())) {
        yes += i.reports();
      }
    }
    return all == 0 ? 0 : yes / all;
  }

  /**
   * Share of the incidents (weighted by reports) in which an outside great power takes part: a
   * great power that is not one of the parties acts or is acted on. How much of what happens in a
   * sea area involves outside powers is read this way, from the incidents in the area. The EU
   * counts through its known-group code EEC when "EU" is among the great powers.
   */
  public double outsidePowerShare(
      java.util.Collection<String> parties, java.util.Set<String> greatPowers) {
    return share(
        e ->
            outside(e.source(), parties, greatPowers) || outside(e.target(), parties, greatPowers));
  }

  private static boolean outside(
      Actor a, java.util.Collection<String> parties, java.util.Set<String> greatPowers) {
    if (a.country() != null && greatPowers.contains(a.country())) {
      return !parties.contains(a.country());
    }
    return greatPowers.contains("EU") && "EEC".equals(a.knownGroup()) && !parties.contains("EU");
  }

  /** Themes with at least 15% of the evidence (by reports), strongest first, at most four. */
  public List<String> themes() {
    Map<String, Double> weight = new LinkedHashMap<>();
    double all = 0;
    for (Item i : items) {
      all += i.reports();
      for (String t : Themes.of(i.event())) {
        weight.merge(t, (double) i.reports(), Double::sum);
      }
    }
    double total = all;
    return weight.entrySet().stream()
        .filter(e -> total > 0 && e.getValue() / total >= 0.15)
        .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
        .limit(4)
        .map(Map.Entry::getKey)
        .toList();
  }
}
