package org.amity.flink.signal;

import java.time.LocalDate;
import org.amity.signal.Scope;
import org.amity.signal.daily.DayCounts;

/** What one report adds to one subject's counts on one day. */
public record SubjectDelta(Scope scope, String subject, LocalDate day, DayCounts added) {
  /** The key of the subject's stages: "scope|subject". */
  public String subjectKey() {
    return Keys.subject(scope, subject);
  }
}
