package org.amity.notify;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amity.signal.Level;
import org.amity.signal.Scope;

/**
 * Where follows, feed tokens, webhooks, notifications and webhook deliveries are kept. Each write
 * is one transaction; follows, tokens and webhooks leave an audit row (never the token itself).
 */
public interface NotifyStore {
  /** Follows a subject; following it again returns the existing follow. */
  Follow follow(String user, Scope scope, String subject, String address);

  /** Stops a follow of this user; false when the user has no follow of that id. */
  boolean unfollow(String user, long followId, String address);

  /** The follows of one user, or of everyone when {@code user} is null, oldest first. */
  List<Follow> follows(String user);

  /**
   * Stores a new feed token for the user (only its SHA-256 hash is kept), revoking any earlier one.
   */
  void issueFeedToken(String user, String tokenHash, String address);

  /** Revokes the user's feed token; false when there was none. */
  boolean revokeFeedToken(String user, String address);

  /** The user a feed token (by its hash) belongs to. */
  Optional<String> feedUser(String tokenHash);

  /** Whether the user has a feed token now. */
  boolean hasFeedToken(String user);

  /** Sets (or replaces) the user's webhook address. */
  void setWebhook(String user, String url, String address);

  /** Removes the user's webhook; false when there was none. */
  boolean removeWebhook(String user, String address);

  /** The user's webhook address. */
  Optional<String> webhook(String user);

  /** The highest level notified so far per (user, alert), keyed "user|alertId". */
  Map<String, Level> notifiedLevels();

  /**
   * Records notifications (each at most once per user, alert and level; ones already stored are
   * skipped) and, for users with a webhook, a pending delivery of each; returns the stored ones.
   */
  List<Notification> record(List<Notification> drafts, LocalDateTime now);

  /** A user's notifications, newest first. */
  List<Notification> notifications(String user, int limit);

  /** A webhook delivery still to be made. */
  record PendingDelivery(Notification notification, String url, int attempts) {}

  /** Deliveries that are pending or due for a retry at {@code now}, oldest notification first. */
  List<PendingDelivery> dueDeliveries(LocalDateTime now);

  /**
   * Records the outcome of delivery attempts.
   *
   * @param status delivered, retrying (with {@code nextAttempt}) or failed (given up)
   */
  void recordAttempt(
      long notificationId,
      String status,
      int attempts,
      String error,
      LocalDateTime at,
      LocalDateTime nextAttempt);

  /** A delivery's state, for the API and tests. */
  record Delivery(
      long notificationId,
      String url,
      String status,
      int attempts,
      String lastError,
      LocalDateTime deliveredAt) {}

  /** The user's webhook deliveries, newest first. */
  List<Delivery> deliveries(String user, int limit);
}
