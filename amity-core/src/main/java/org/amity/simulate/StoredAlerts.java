package org.amity.simulate;

import java.util.Comparator;
import java.util.List;
import org.amity.signal.AlertQuery;
import org.amity.signal.SignalReader;

/**
 * The store's alerts as the evaluation sees them, leaving out alerts a later watch withdrew (no
 * longer supported by the data or by the configured detectors); oldest first.
 */
public final class StoredAlerts {
  private StoredAlerts() {}

  public static List<AlertRecord> read(SignalReader signals) {
    return signals.alerts(AlertQuery.status("all").withoutEvidence()).stream()
        .map(
            a ->
                new AlertRecord(
                    a.id(),
                    a.scope().key(),
                    a.subject(),
                    a.indicator(),
                    a.level().key(),
                    a.peakLevel().key(),
                    a.opened(),
                    a.closed()))
        .sorted(Comparator.comparing(AlertRecord::opened).thenComparingLong(AlertRecord::id))
        .toList();
  }
}
