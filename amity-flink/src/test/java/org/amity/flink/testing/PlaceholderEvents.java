package org.amity.flink.testing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.amity.event.Actor;
import org.amity.event.CameoCode;
import org.amity.event.Event;
import org.amity.event.Location;
import org.amity.event.QuadClass;

/**
 * Events for tests where only an event's identity and dates matter (de-duplication, watermarks):
 * one report of a fight (CAMEO 190, material conflict) between no known actors at no known place.
 */
public final class PlaceholderEvents {
  private PlaceholderEvents() {}

  /**
   * The placeholder event {@code dataset}/{@code nativeId} on {@code day}, published at {@code
   * published} (null when the source gives no time).
   */
  public static Event of(String dataset, String nativeId, LocalDate day, LocalDateTime published) {
    return new Event(
        dataset,
        nativeId,
        day,
        published,
        Actor.NONE,
        Actor.NONE,
        CameoCode.of("190"),
        true,
        QuadClass.MATERIAL_CONFLICT,
        -10,
        1,
        1,
        1,
        0,
        Location.UNKNOWN,
        null,
        null,
        null,
        null);
  }
}
