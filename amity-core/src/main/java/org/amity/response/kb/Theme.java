package org.amity.response.kb;

import java.util.Set;

/** A theme a situation can carry (territory, piracy, haze...) and the sectors it calls for. */
public record Theme(String id, Set<Sector> sectors, String description) {
  public Theme {
    sectors = Set.copyOf(sectors);
  }
}
