/**
 * The daily indicators as plain functions: reports collapsed into incidents ({@link IncidentKey},
 * {@link Incident}), the subjects an incident counts for ({@link IncidentSubjects}), the additive
 * counts per subject and day ({@link DayCounts}, {@link IndicatorDay}), the roll-up into day, week
 * and month series with the derived indicators ({@link SeriesRollup}), and the series the detectors
 * read ({@link DetectorSeries}), and the evidence behind an alert: the reports of a subject grouped
 * and classed ({@link EvidenceReports}, {@link EventClass}), the pool of an alert's window ({@link
 * EvidenceSelection}) and the parties' outside great-power counts ({@link PartyTraffic}).
 *
 * <p>The embedded store computes the same numbers in SQL ({@code store.duckdb.IndicatorTables}, the
 * view {@code series_derived} and {@code EvidenceQueries}), its fast path; the Flink job calls
 * these functions. Tests over random, adversarial and real events tie the two definitions row by
 * row and column by column ({@code DailyIndicatorsMatchSqlTest}, {@code
 * EvidenceSelectionMatchesSqlTest}), so neither can drift from the other unnoticed.
 */
package org.amity.signal.daily;
