package org.amity.store;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * How current the store is, for the service's health report.
 *
 * @param newestEventDate the latest event date stored, null when the store holds no event
 * @param newestAdded the latest time a stored event was published by its source (GDELT's {@code
 *     DATEADDED}), null when no source gives one
 * @param lastIngest when the last file was stored (done or failed), null before the first
 * @param lastWatch when the last watch finished, null before the first
 */
public record Freshness(
    LocalDate newestEventDate,
    LocalDateTime newestAdded,
    LocalDateTime lastIngest,
    LocalDateTime lastWatch) {

  /** Reads the freshness of a store. */
  public interface Reader {
    Freshness freshness();
  }
}
