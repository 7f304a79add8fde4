package org.amity.flink.signal;

import org.amity.signal.daily.EvidenceReports;

/**
 * One report, as evidence of one subject ("scope|subject").
 *
 * @param carrier empty for the subject's own evidence; for a sea area, the coastal dyad whose
 *     report this is (read only by the area's pooled alerts that the dyad carried)
 */
public record SubjectReport(String subjectKey, EvidenceReports reports, String carrier) {
  SubjectReport(String subjectKey, EvidenceReports reports) {
    this(subjectKey, reports, "");
  }
}
