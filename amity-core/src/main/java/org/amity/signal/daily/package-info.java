/**
 * The daily indicators as plain functions: reports collapsed into incidents ({@link IncidentKey},
 * {@link Incident}), the subjects an incident counts for ({@link IncidentSubjects}), the additive
 * counts per subject and day ({@link DayCounts}, {@link IndicatorDay}), the roll-up into day, week
 * and month series with the derived indicators ({@link SeriesRollup}), and the series the detectors
 * read ({@link DetectorSeries}).
 *
 * <p>The embedded store computes the same numbers in SQL ({@code store.duckdb.IndicatorTables} and
 * the view {@code series_derived}), its fast path; the Flink job calls these functions. A test over
 * random, adversarial and real events ties the two definitions row by row and column by column, so
 * neither can drift from the other unnoticed.
 */
package org.amity.signal.daily;
