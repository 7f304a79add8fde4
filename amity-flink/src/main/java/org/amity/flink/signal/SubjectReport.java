package org.amity.flink.signal;

import org.amity.signal.daily.EvidenceReports;

/** One report, as evidence of one subject ("scope|subject"). */
public record SubjectReport(String subjectKey, EvidenceReports reports) {}
