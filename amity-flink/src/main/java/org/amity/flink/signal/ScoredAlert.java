package org.amity.flink.signal;

import org.amity.signal.DetectedAlert;

/**
 * An alert as the scorer emits it: found now, or withdrawn (emitted before, found no more: its
 * series changed with late reports, or its opening moved, which makes it another alert).
 */
public record ScoredAlert(DetectedAlert alert, boolean withdrawn) {}
