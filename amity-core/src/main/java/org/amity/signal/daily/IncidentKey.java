package org.amity.signal.daily;

import java.time.LocalDate;
import org.amity.event.Event;

/**
 * What makes news reports one incident: the same day, source and target actor codes, CAMEO code,
 * action country, actor countries and sea area. GDELT writes one row per report, so one clash
 * reported by twenty outlets is twenty events and one incident. The dataset is not part of the key:
 * the same thing coded by two sources on the same terms is one incident, as in the SQL path. Absent
 * values (null) are values of their own: two reports without a target actor share a key.
 */
public record IncidentKey(
    LocalDate day,
    String sourceCode,
    String targetCode,
    String eventCode,
    String actionCountry,
    String sourceCountry,
    String targetCountry,
    String seaArea) {

  /** The incident an event reports. */
  public static IncidentKey of(Event e) {
    return new IncidentKey(
        e.eventDate(),
        e.source().code(),
        e.target().code(),
        e.code().code(),
        e.action().country(),
        e.source().country(),
        e.target().country(),
        e.action().seaArea());
  }
}
