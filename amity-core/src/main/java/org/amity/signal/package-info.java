/**
 * Early-warning signals: indicator series per country, dyad, sea area and conflict area; escalation
 * detectors over any series; alerts with a lifecycle and evidence; situations that group related
 * alerts.
 *
 * <p>Data flow: stored events are aggregated into {@code series_points} (counts per QuadClass,
 * report-deduplicated incidents, Goldstein and tone, and the counts the detectors need); a {@link
 * org.amity.signal.EscalationDetector} reads a numerator series (e.g. conflict incidents) against a
 * denominator (all incidents: the media volume), scores each period against a trailing robust
 * baseline, accumulates sustained shifts with a CUSUM, and turns scores into levels with
 * hysteresis; {@link org.amity.signal.AlertBuilder} turns level runs into alerts; {@link
 * org.amity.signal.SituationGrouper} groups them.
 */
package org.amity.signal;
