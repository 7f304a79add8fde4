package org.amity.notify;

import java.time.LocalDateTime;
import org.amity.signal.Scope;

/**
 * A subject an analyst follows.
 *
 * @param subject in stored form ("CHN-PHL", "THA", "SOUTH_CHINA_SEA"): see {@link Scope#subject}
 */
public record Follow(long id, String user, Scope scope, String subject, LocalDateTime createdAt) {
  /** Whether an alert on this scope and subject concerns this follow. */
  public boolean covers(Scope alertScope, String alertSubject) {
    return scope == alertScope && subject.equals(alertSubject);
  }
}
