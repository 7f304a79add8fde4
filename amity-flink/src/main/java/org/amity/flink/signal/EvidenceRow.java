package org.amity.flink.signal;

import java.time.LocalDate;

/** A row of {@code alert_evidence}: one incident behind an alert, at its rank (from 1). */
public record EvidenceRow(
    int alertId,
    int rank,
    String dataset,
    String nativeId,
    LocalDate eventDate,
    String source,
    String target,
    String code,
    double goldstein,
    int reports,
    String url) {}
