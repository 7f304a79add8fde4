package org.amity.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amity.signal.Alert;
import org.amity.signal.AlertQuery;
import org.amity.signal.SignalReader;

/**
 * What follows a watch: new or escalated alerts on followed subjects are recorded as notifications
 * ({@link #record}), then due webhook deliveries are made ({@link #deliver}). Both are idempotent:
 * the store keys notifications by user, alert and level, and a delivery once recorded as delivered
 * is never made again, so a restarted service resumes where it stopped.
 *
 * <p>Retries: each delivery gets the sender's tries within a round; if all fail it is retried in a
 * later round after 1 minute, doubling up to an hour, and given up after {@link #MAX_ATTEMPTS}
 * attempts in all (status {@code failed}, with the last error kept).
 */
public final class NotificationRound {
  /** Attempts in all before a delivery is given up. */
  public static final int MAX_ATTEMPTS = 12;

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  /** What one round of delivery did. */
  public record Deliveries(int delivered, int retrying, int failed) {}

  private final SignalReader signals;
  private final NotifyStore store;
  private final WebhookSender sender;
  private final Clock clock;

  public NotificationRound(
      SignalReader signals, NotifyStore store, WebhookSender sender, Clock clock) {
    this.signals = signals;
    this.store = store;
    this.sender = sender;
    this.clock = clock;
  }

  /** Records the notifications the open alerts give; returns how many are new. */
  public int record() {
    List<Follow> follows = store.follows(null);
    if (follows.isEmpty()) {
      return 0;
    }
    List<Alert> open =
        signals.alerts(
            new AlertQuery(
                "open", AlertNotifier.THRESHOLD, null, null, null, null, null, 0, 0, false, false));
    LocalDateTime now = LocalDateTime.now(clock);
    List<Notification> drafts = AlertNotifier.drafts(follows, open, store.notifiedLevels(), now);
    return drafts.isEmpty() ? 0 : store.record(drafts, now).size();
  }

  /** Makes the webhook deliveries that are due. */
  public Deliveries deliver() {
    int delivered = 0;
    int retrying = 0;
    int failed = 0;
    for (NotifyStore.PendingDelivery d : store.dueDeliveries(LocalDateTime.now(clock))) {
      WebhookSender.Outcome o = sender.send(d.url(), payload(d.notification()));
      LocalDateTime at = LocalDateTime.now(clock);
      int attempts = d.attempts() + o.attempts();
      if (o.delivered()) {
        store.recordAttempt(d.notification().id(), "delivered", attempts, null, at, null);
        delivered++;
      } else if (attempts >= MAX_ATTEMPTS) {
        store.recordAttempt(d.notification().id(), "failed", attempts, o.error(), at, null);
        failed++;
      } else {
        store.recordAttempt(
            d.notification().id(), "retrying", attempts, o.error(), at, at.plus(backoff(attempts)));
        retrying++;
      }
    }
    return new Deliveries(delivered, retrying, failed);
  }

  /** 1 minute after the first failed round, doubling, at most an hour. */
  static Duration backoff(int attempts) {
    long minutes = 1L << Math.min(6, Math.max(0, attempts - 1));
    return Duration.ofMinutes(Math.min(60, minutes));
  }

  /** The webhook's JSON body: the notification in words and values, no participant or codes. */
  public static String payload(Notification n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", n.id());
    m.put("kind", n.kind());
    m.put("level", n.level().key());
    m.put("title", n.title());
    m.put("summary", n.summary());
    m.put("subject", n.subjectName());
    m.put("scope", n.scope().key());
    m.put("subjectKey", n.subject());
    m.put("indicator", n.indicator());
    m.put("resolution", n.resolution());
    m.put("alertId", n.alertId());
    m.put("situationId", n.situationId());
    m.put("opened", n.opened());
    m.put("periodStart", n.periodStart());
    m.put("periodEnd", n.periodEnd());
    m.put("value", n.value());
    m.put("baseline", n.baseline());
    m.put("notifiedAt", n.createdAt());
    try {
      return JSON.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("notification not JSON-ready", e);
    }
  }
}
