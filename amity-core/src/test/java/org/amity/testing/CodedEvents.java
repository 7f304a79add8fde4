package org.amity.testing;

import java.time.LocalDate;
import java.util.List;
import org.amity.event.Actor;
import org.amity.event.CameoCode;
import org.amity.event.Event;
import org.amity.event.Location;
import org.amity.event.QuadClass;

/** Coded events between two actors, without a place, for the tests of rules that read actors. */
public final class CodedEvents {
  private CodedEvents() {}

  /** An actor of a country with one role: code country + role, the name given. */
  public static Actor actor(String country, String role, String name) {
    return new Actor(country + role, name, country, null, null, null, List.of(role));
  }

  /** One report of {@code source} doing {@code code} to {@code target}, place unknown. */
  public static Event between(
      String dataset,
      LocalDate date,
      Actor source,
      Actor target,
      String code,
      QuadClass quad,
      double goldstein) {
    return new Event(
        dataset,
        date + ":test#1",
        date,
        null,
        source,
        target,
        CameoCode.of(code),
        true,
        quad,
        goldstein,
        1,
        1,
        1,
        Double.NaN,
        Location.UNKNOWN,
        null,
        null,
        null);
  }
}
