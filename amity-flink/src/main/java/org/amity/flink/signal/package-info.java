/**
 * The signal half of the Flink job, stage by stage as the embedded watch does it, with the core's
 * functions ({@code org.amity.signal.daily}, the detectors, {@code AlertBuilder}):
 *
 * <ol>
 *   <li>{@link IncidentCounter}, keyed by incident: each report adds to its incident's counts on
 *       the incident's day, for every subject the incident counts for;
 *   <li>{@link SubjectDays}, keyed by subject: the daily counts ({@code indicator_days}), a row per
 *       subject and day once the watermark has passed the day;
 *   <li>{@link CoverageTracker}: the coverage start, from the world's daily incidents, broadcast;
 *   <li>{@link SeriesScorer}, keyed by subject: every detector spec of the subject's scope scores
 *       the subject's series when the watermark closes a day, and emits the alerts that are new or
 *       changed;
 *   <li>{@link AlertNumbering}: ids for alerts, in the order the embedded watch gives them.
 * </ol>
 */
package org.amity.flink.signal;
