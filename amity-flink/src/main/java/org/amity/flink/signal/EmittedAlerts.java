package org.amity.flink.signal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.amity.signal.AlertDraft;
import org.amity.signal.DetectedAlert;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.util.Collector;

/**
 * What a keyed scorer emitted before, by alert ("series|opened"), in its state: each scoring emits
 * the alerts that are new or whose numbers changed, and withdraws those emitted before and found no
 * more (continuous mode: late reports changed the series, or an opening moved, which makes it an
 * alert of another id). A bounded run scores once, so it emits each alert once and withdraws none.
 */
final class EmittedAlerts {
  private EmittedAlerts() {}

  /**
   * Whether a scorer acts at {@code watermark} for the first time (several timers fire on one
   * watermark: it scores once), noted in {@code scoredAt}.
   */
  static boolean firstAt(ValueState<Long> scoredAt, long watermark) throws Exception {
    if (scoredAt.value() != null && scoredAt.value() == watermark) {
      return false;
    }
    scoredAt.update(watermark);
    return true;
  }

  static void send(
      MapState<String, DetectedAlert> emitted, List<ScoredAlert> found, Collector<ScoredAlert> out)
      throws Exception {
    Set<String> ids = new HashSet<>();
    for (ScoredAlert s : found) {
      DetectedAlert a = s.alert();
      String id = AlertRow.seriesKey(a) + "|" + a.opened();
      ids.add(id);
      DetectedAlert before = emitted.get(id);
      if (before == null || !AlertDraft.signature(a).equals(AlertDraft.signature(before))) {
        emitted.put(id, a);
        out.collect(s);
      }
    }
    List<String> gone = new ArrayList<>();
    for (String id : emitted.keys()) {
      if (!ids.contains(id)) {
        gone.add(id);
      }
    }
    for (String id : gone) {
      out.collect(new ScoredAlert(emitted.get(id), true));
      emitted.remove(id);
    }
  }
}
