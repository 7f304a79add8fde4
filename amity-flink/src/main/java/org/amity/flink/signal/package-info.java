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
 *   <li>{@link AlertNumbering}: ids for alerts, in the order the embedded watch gives them;
 *   <li>{@link EvidenceKeeper}, keyed by subject: the subject's reports as evidence, and each
 *       alert's pool ({@code EvidenceSelection}, the store's evidence rule), what it says of the
 *       alert and its first ten incidents ({@code alert_evidence});
 *   <li>{@link PartyCounter}, keyed by country: the parties' traffic, and each alert's outside
 *       great-power counts ({@code PartyTraffic});
 *   <li>{@link AlertEvidence}, keyed by alert id: the alert with all its columns ({@code alerts}).
 * </ol>
 */
package org.amity.flink.signal;
