package org.amity.flink.signal;

import java.time.LocalDate;
import org.amity.signal.Scope;
import org.amity.signal.daily.DayCounts;

/**
 * What one report adds to one subject's counts on one day, in one place (where its dead are
 * weighed, {@code IncidentSubjects#place}; "" for a conflict area's and a coast's).
 */
public record SubjectDelta(
    Scope scope, String subject, LocalDate day, String place, DayCounts added) {
  /** The key of the subject's stages: "scope|subject". */
  public String subjectKey() {
    return Keys.subject(scope, subject);
  }
}
