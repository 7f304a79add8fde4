package org.amity.notify;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amity.signal.Alert;
import org.amity.signal.Level;
import org.amity.signal.SubjectName;

/**
 * Decides which notifications an alert gives: one per follower of its subject when the alert is at
 * warning level or above and either was never notified to that follower ({@code new}) or has risen
 * above the level last notified ({@code escalated}). Pure: what was notified before comes in.
 */
public final class AlertNotifier {
  /** The least level that is notified. */
  public static final Level THRESHOLD = Level.WARNING;

  private AlertNotifier() {}

  /**
   * @param alerts open alerts (evidence not needed)
   * @param notified highest level notified per "user|alertId"
   */
  public static List<Notification> drafts(
      List<Follow> follows, List<Alert> alerts, Map<String, Level> notified, LocalDateTime now) {
    List<Notification> out = new ArrayList<>();
    for (Alert a : alerts) {
      Level peak = a.peakLevel() == null ? a.level() : a.peakLevel();
      if (!peak.atLeast(THRESHOLD)) {
        continue;
      }
      for (Follow f : follows) {
        if (!f.covers(a.scope(), a.subject())) {
          continue;
        }
        Level before = notified.get(f.user() + "|" + a.id());
        if (before != null && before.atLeast(peak)) {
          continue;
        }
        out.add(
            new Notification(
                0,
                f.user(),
                a.id(),
                a.situationId(),
                before == null ? "new" : "escalated",
                peak,
                a.scope(),
                a.subject(),
                SubjectName.of(a.scope(), a.subject()),
                a.indicator(),
                a.resolution().key(),
                a.opened(),
                a.periodStart(),
                a.periodEnd(),
                a.value(),
                a.baseline(),
                now));
      }
    }
    return out;
  }
}
