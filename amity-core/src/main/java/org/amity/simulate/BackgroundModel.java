package org.amity.simulate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.amity.event.CameoCodebook;
import org.amity.event.CountryTable;

/**
 * The everyday news of the region, drawn from the profile: which country a story is about, its
 * QuadClass and CAMEO code, its actors (kind, role, counterpart country), where it is located and
 * how old the event is when reported. Each draw is independent of the others, as in the profile;
 * only the volume varies over time (see {@link VolumeModel}).
 */
final class BackgroundModel {
  /**
   * Pseudo-rows added to every member's count, so members missing from two days of real data (Laos,
   * Timor-Leste) still have news.
   */
  static final int COUNTRY_PSEUDO_ROWS = 10;

  /** Origin of everyday incidents, followed by the member they are about ("background:PHL"). */
  static final String BACKGROUND = "background:";

  /** Outside countries drawn for the profile's "OTHER" counterparts. */
  static final List<String> OTHER_WORLD =
      List.of("NZL", "CAN", "SAU", "BGD", "PAK", "NLD", "TUR", "BEL");

  private final CameoCodebook codebook = CameoCodebook.standard();
  private final Gazetteer places = Gazetteer.standard();
  private final List<String> members;
  private final Map<String, Double> countryShare = new LinkedHashMap<>();
  private final Weighted<String> quad;
  private final Map<String, Weighted<String>> codes = new TreeMap<>();
  private final Weighted<String> sourceKind;
  private final Weighted<String> targetKind;
  private final Weighted<String> roles;
  private final Weighted<String> counterpart;
  private final Weighted<String> placeKind;
  private final Weighted<String> precision;
  private final Weighted<String> lag;
  private final Map<String, Weighted<String>> otherMembers = new TreeMap<>();
  private final Map<String, List<Place>> seas = new TreeMap<>();
  private final Map<String, List<Place>> states = new TreeMap<>();
  private final Map<String, Weighted<Place>> cities = new TreeMap<>();

  BackgroundModel(GdeltProfile p) {
    members = List.copyOf(CountryTable.standard().aseanMembers());
    double total = 0;
    for (String m : members) {
      total += p.countries().getOrDefault(m, 0L) + COUNTRY_PSEUDO_ROWS;
    }
    for (String m : members) {
      countryShare.put(m, (p.countries().getOrDefault(m, 0L) + COUNTRY_PSEUDO_ROWS) / total);
    }
    quad = Weighted.of(new TreeMap<>(p.quadClass()));
    p.codesByQuadClass().forEach((q, m) -> codes.put(q, Weighted.of(knownCodes(m))));
    sourceKind = Weighted.of(new TreeMap<>(p.actorKinds().get("source")));
    targetKind = Weighted.of(new TreeMap<>(p.actorKinds().get("target")));
    Map<String, Long> r = new TreeMap<>(p.roles());
    r.keySet().retainAll(SimActor.ROLE_NAMES.keySet());
    roles = Weighted.of(r);
    Map<String, Long> cp = new TreeMap<>(p.counterparts());
    for (String partner : ProfileCalibrator.PARTNERS) {
      cp.merge(partner, 1L, Long::sum);
    }
    counterpart = Weighted.of(cp);
    placeKind = Weighted.of(new TreeMap<>(p.actionPlace()));
    precision = Weighted.of(new TreeMap<>(p.geoPrecision()));
    lag = Weighted.of(new TreeMap<>(p.eventDateLag()));
    for (String m : members) {
      Map<String, Double> w = new LinkedHashMap<>(countryShare);
      w.remove(m);
      otherMembers.put(m, Weighted.of(w));
      seas.put(m, places.find(pl -> pl.atSea() && pl.has(m)));
      List<Place> st = new ArrayList<>();
      Map<Place, Double> ci = new LinkedHashMap<>();
      for (Place l : places.landPlaces(m)) {
        if (l.geoType() == 5) {
          st.add(l);
        } else {
          ci.put(l, l.has("capital") ? 3.0 : 1.0);
        }
      }
      states.put(m, st);
      if (!ci.isEmpty()) {
        cities.put(m, Weighted.of(ci));
      }
    }
  }

  private Map<String, Long> knownCodes(Map<String, Long> m) {
    Map<String, Long> out = new TreeMap<>(m);
    out.keySet().removeIf(code -> codebook.find(code).isEmpty());
    return out;
  }

  List<String> members() {
    return members;
  }

  /** The member's share of the region's news volume. */
  double share(String iso3) {
    return countryShare.get(iso3);
  }

  /** One everyday incident about a member, reported on the given day. */
  Incident incident(String home, LocalDate reported, Chance c) {
    String q = quad.pick(c);
    String kind1 = sourceKind.pick(c);
    String kind2 = targetKind.pick(c);
    String other = counterpart(home, c);
    String iso1 = null;
    String iso2 = null;
    if (carriesCountry(kind1) && carriesCountry(kind2)) {
      boolean homeFirst = c.chance(0.5);
      iso1 = homeFirst ? home : other;
      iso2 = homeFirst ? other : home;
    } else if (carriesCountry(kind1)) {
      iso1 = home;
    } else if (carriesCountry(kind2)) {
      iso2 = home;
    }
    SimActor a1 = actor(kind1, iso1, c);
    SimActor a2 = actor(kind2, iso2, c);
    boolean homeActor = home.equals(iso1) || home.equals(iso2);
    String foreign = iso1 != null && !iso1.equals(home) ? iso1 : iso2;
    foreign = foreign != null && !foreign.equals(home) ? foreign : null;
    Place place = place(home, foreign, homeActor, c);
    LocalDate date = reported.minusDays(lagDays(c));
    return new Incident(date, a1, a2, codebook.get(codes.get(q).pick(c)), place, BACKGROUND + home);
  }

  private static boolean carriesCountry(String kind) {
    return kind.equals("country") || kind.equals("countryRole");
  }

  private SimActor actor(String kind, String iso3, Chance c) {
    return switch (kind) {
      case "none" -> SimActor.NONE;
      case "country" -> SimActor.of(iso3, "", c);
      case "countryRole" -> SimActor.of(iso3, roles.pick(c), c);
      case "role" -> SimActor.role(roles.pick(c), c);
      default -> c.pick(SimActor.ORGANISATIONS);
    };
  }

  private String counterpart(String home, Chance c) {
    String k = counterpart.pick(c);
    return switch (k) {
      case "SAME" -> home;
      case "ASEAN" -> otherMember(home, c);
      case "OTHER" -> c.pick(OTHER_WORLD);
      default -> k;
    };
  }

  private String otherMember(String home, Chance c) {
    return otherMembers.get(home).pick(c);
  }

  /**
   * Where an incident happened. Places outside the member (abroad, or at sea in waters such as the
   * Spratlys that belong to no member) are used only when an actor carries the member, so every row
   * touches the region, as {@code --region asean} requires.
   */
  private Place place(String home, String foreign, boolean homeActor, Chance c) {
    String kind = placeKind.pick(c);
    if (kind.equals("none") && homeActor) {
      return null;
    }
    if (kind.equals("sea") && homeActor && !seas.get(home).isEmpty()) {
      return c.pick(seas.get(home));
    }
    if (kind.equals("abroad") && homeActor) {
      String where = foreign != null ? foreign : partner(c);
      return precision.pick(c).equals("country") ? places.centroid(where) : places.capital(where);
    }
    return homePlace(home, c);
  }

  private String partner(Chance c) {
    while (true) {
      String k = counterpart.pick(c);
      if (ProfileCalibrator.PARTNERS.contains(k)) {
        return k;
      }
    }
  }

  /** A place in the member: its centroid, a division or a city, in the profile's proportions. */
  Place homePlace(String home, Chance c) {
    String p = precision.pick(c);
    if (p.equals("country")) {
      return places.centroid(home);
    }
    if (p.equals("adm1") && !states.get(home).isEmpty()) {
      return c.pick(states.get(home));
    }
    Weighted<Place> ci = cities.get(home);
    return ci == null ? places.centroid(home) : ci.pick(c);
  }

  private int lagDays(Chance c) {
    return switch (lag.pick(c)) {
      case "0" -> 0;
      case "1" -> 1;
      case "2-7" -> c.between(2, 7);
      case "8-31" -> c.between(8, 31);
      case "32-365" -> c.between(32, 365);
      default -> c.between(366, 3650);
    };
  }
}
