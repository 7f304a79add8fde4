package org.amity.simulate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who and where an episode is about, and helpers for scripts to build weighted pools of actors and
 * places.
 *
 * @param parties ISO3 codes of the countries involved
 * @param seaArea the sea area, or null on land
 * @param setting where or what, in words
 * @param primary the party whose usual news volume sets the episode's intensity
 */
record Cast(List<String> parties, String seaArea, String setting, String primary) {
  Cast {
    parties = List.copyOf(parties);
  }

  /** Actors of one country in the given roles (alternating role, weight), with drawn names. */
  static Weighted<SimActor> actors(String iso3, Chance c, Object... roleWeights) {
    Map<SimActor, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < roleWeights.length; i += 2) {
      String role = (String) roleWeights[i];
      double w = ((Number) roleWeights[i + 1]).doubleValue();
      for (int k = 0; k < 3; k++) {
        m.merge(SimActor.of(iso3, role, c), w / 3, Double::sum);
      }
    }
    return Weighted.of(m);
  }

  /** Actors known by role only ("CRM", "REB"), with each role's usual names. */
  static Weighted<SimActor> roles(Object... roleWeights) {
    Map<SimActor, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < roleWeights.length; i += 2) {
      String role = (String) roleWeights[i];
      double w = ((Number) roleWeights[i + 1]).doubleValue();
      List<String> names = SimActor.ROLE_NAMES.get(role);
      for (String name : names) {
        m.merge(new SimActor(role, name, "", "", role), w / names.size(), Double::sum);
      }
    }
    return Weighted.of(m);
  }

  /** Pools merged with a weight for each: {@code mix(rebels, 0.8, gunmen, 0.2)}. */
  @SuppressWarnings("unchecked")
  static <T> Weighted<T> mix(Object... poolWeights) {
    Map<T, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < poolWeights.length; i += 2) {
      Object pool = poolWeights[i];
      double w = ((Number) poolWeights[i + 1]).doubleValue();
      if (pool instanceof Weighted<?> wp) {
        ((Weighted<T>) wp).shares().forEach((v, share) -> m.merge(v, w * share, Double::sum));
      } else if (pool instanceof List<?> l) {
        for (Object v : l) {
          m.merge((T) v, w / l.size(), Double::sum);
        }
      } else {
        m.merge((T) pool, w, Double::sum);
      }
    }
    return Weighted.of(m);
  }
}
