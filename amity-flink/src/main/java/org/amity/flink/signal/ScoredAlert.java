package org.amity.flink.signal;

import org.amity.signal.DetectedAlert;

/**
 * An alert as a scorer emits it: found now, or withdrawn (emitted before, found no more: its series
 * changed with late reports, or its opening moved, which makes it another alert).
 *
 * @param carriers for a pooled lens's alert, the dyads whose pooled watch was open in its run
 *     (their conflict events are evidence too); empty otherwise
 */
public record ScoredAlert(DetectedAlert alert, boolean withdrawn, String[] carriers) {
  ScoredAlert(DetectedAlert alert, boolean withdrawn) {
    this(alert, withdrawn, new String[0]);
  }
}
