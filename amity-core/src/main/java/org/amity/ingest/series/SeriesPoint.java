package org.amity.ingest.series;

import java.time.LocalDate;

/**
 * One value of an indicator series, as {@code series_points} shows it (imported ones are stored in
 * {@code series_imports}).
 *
 * @param scope what the subject is: "country", "dyad", "area" or "region"
 * @param subject "THA"; "CHN>PHL" for a directed dyad, "CHN-PHL" (codes sorted) for both directions
 * @param indicator "q1".."q4" (events per QuadClass), "events" (their sum), ...
 * @param resolution "day", "week" or "month"
 * @param period the first day of the period
 * @param value the indicator's value for the period
 */
public record SeriesPoint(
    String scope,
    String subject,
    String indicator,
    String resolution,
    LocalDate period,
    double value) {}
