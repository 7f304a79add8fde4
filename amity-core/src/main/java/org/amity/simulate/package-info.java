/**
 * The scenario simulator and its evaluation: an honest test bench for the early-warning detectors.
 *
 * <p>{@link org.amity.simulate.ScenarioSimulator} writes a synthetic GDELT 2.0 event stream for
 * Southeast Asia, one export file per day, whose base rates (QuadClass mix, CAMEO codes, actor
 * roles, report duplication, coverage counts, tone, geo precision, country volume) come from a
 * {@link org.amity.simulate.GdeltProfile} measured on real GDELT files by {@link
 * org.amity.simulate.ProfileCalibrator}. Into that background it injects episodes of the four kinds
 * the region knows (a maritime standoff, an insurgency flare-up, a piracy or kidnapping surge, a
 * disaster with displacement) and decoys (media bursts that are not escalation), and writes the
 * ground truth next to the files.
 *
 * <p>{@link org.amity.simulate.DetectionEvaluator} scores the alerts a detector raised on that
 * stream against the truth: recall, precision, lead time before each episode's peak, false alerts
 * per country-year and alerts caused by decoys. The simulator knows nothing of any detector: it
 * must never be tuned to make one look good.
 */
package org.amity.simulate;
