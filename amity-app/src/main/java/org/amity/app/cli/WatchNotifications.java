package org.amity.app.cli;

import java.time.Clock;
import java.util.Locale;
import org.amity.notify.NotificationRound;
import org.amity.notify.WebhookSender;
import org.amity.storage.Storage;

/**
 * The notification round that follows every watch, in {@code amity watch} and in the service's
 * watch job alike: record what the new alerts give the followers, then make due webhook deliveries.
 */
final class WatchNotifications {
  private WatchNotifications() {}

  static NotificationRound round(Storage s) {
    return new NotificationRound(
        s.signals(), s.notifications(), WebhookSender.standard(), Clock.systemUTC());
  }

  /** A sentence on what a round did, or "" when it did nothing. */
  static String sentence(int recorded, NotificationRound.Deliveries d) {
    if (recorded == 0 && d.delivered() + d.retrying() + d.failed() == 0) {
      return "";
    }
    return String.format(
        Locale.ROOT,
        "%d notification(s) recorded; webhooks: %d delivered, %d to retry, %d given up",
        recorded,
        d.delivered(),
        d.retrying(),
        d.failed());
  }
}
