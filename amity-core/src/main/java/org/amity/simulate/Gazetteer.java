package org.amity.simulate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.amity.event.ReferenceTables;

/** The places the simulator can locate events at, from the {@code places.tsv} resource. */
final class Gazetteer {
  private static final String RESOURCE = "/org/amity/simulate/places.tsv";

  private final Map<String, Place> byId;

  /** The first place tagged capital per country, in file order (asked for once per report). */
  private final Map<String, Place> capitals = new java.util.HashMap<>();

  private Gazetteer(Map<String, Place> byId) {
    this.byId = byId;
    for (Place p : byId.values()) {
      if (p.has("capital")) {
        capitals.putIfAbsent(p.iso3(), p);
      }
    }
  }

  /** Loaded once, on first use (the holder idiom). */
  private static final class Shipped {
    static final Gazetteer PLACES = load();
  }

  static Gazetteer standard() {
    return Shipped.PLACES;
  }

  private static Gazetteer load() {
    Map<String, Place> map = new LinkedHashMap<>();
    for (String[] f : ReferenceTables.read(RESOURCE, 12)) {
      int type =
          switch (f[1]) {
            case "centroid" -> 1;
            case "uscity" -> 3;
            case "city", "sea" -> 4;
            case "state" -> 5;
            default -> throw new IllegalStateException(RESOURCE + ": unknown kind " + f[1]);
          };
      Set<String> tags = f[11].isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(f[11].split(",")));
      map.put(
          f[0], new Place(f[0], type, f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], tags));
    }
    return new Gazetteer(map);
  }

  List<Place> places() {
    return List.copyOf(byId.values());
  }

  /** The country centroid GDELT falls back to. */
  Place centroid(String iso3) {
    Place p = byId.get("c-" + iso3);
    if (p == null) {
      throw new IllegalArgumentException("no centroid for " + iso3);
    }
    return p;
  }

  boolean hasCentroid(String iso3) {
    return byId.containsKey("c-" + iso3);
  }

  /** The capital, or the centroid for a country without a listed capital. */
  Place capital(String iso3) {
    Place p = capitals.get(iso3);
    return p == null ? centroid(iso3) : p;
  }

  /** Cities and states of a country (no centroid, no sea), in file order. */
  List<Place> landPlaces(String iso3) {
    return find(p -> p.iso3().equals(iso3) && p.geoType() != 1 && !p.atSea());
  }

  /** Land places of a country with a tag. */
  List<Place> landPlaces(String iso3, String tag) {
    return find(p -> p.iso3().equals(iso3) && p.geoType() != 1 && !p.atSea() && p.has(tag));
  }

  /** Bodies of water in a sea area. */
  List<Place> seas(String seaArea) {
    return find(p -> p.seaArea().equals(seaArea));
  }

  List<Place> find(Predicate<Place> test) {
    List<Place> out = new ArrayList<>();
    for (Place p : byId.values()) {
      if (test.test(p)) {
        out.add(p);
      }
    }
    return out;
  }
}
