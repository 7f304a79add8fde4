package org.amity.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.amity.notify.FeedTokens;
import org.amity.notify.LoopbackReceiver;
import org.amity.notify.NotificationRound;
import org.amity.notify.NotifyStore;
import org.amity.notify.WebhookSender;
import org.amity.signal.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Follows, feed tokens and webhook deliveries in the embedded store, across a restart. */
class DuckDbNotifyStoreTest {
  @TempDir Path dir;
  final List<Duration> pauses = new ArrayList<>();
  final Clock clock = Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC);

  private DuckDbStorage open() throws Exception {
    return DuckDbStorage.open(dir.resolve("n.duckdb"));
  }

  private static void insertAlerts(DuckDbStorage s) throws Exception {
    try (Statement st = s.eventStore().connection().createStatement()) {
      st.execute(
          "INSERT INTO alerts (id, situation_id, scope, subject, indicator, resolution, level,"
              + " peak_level, status, opened, updated, closed, period_start, period_end, value,"
              + " baseline, score, detector, threat_types, great_power_party, outside_power_share)"
              + " VALUES (21, NULL, 'dyad', 'CHN-PHL', 'material_conflict', 'day', 'warning',"
              + " 'warning', 'open', '2014-05-01', '2014-05-03', NULL, '2014-05-01',"
              + " '2014-05-03', 30, 5, 6, 'robust-z', '{}', true, 0.3),"
              + " (22, NULL, 'country', 'THA', 'material_conflict', 'day', 'watch',"
              + " 'watch', 'open', '2014-05-01', '2014-05-03', NULL, '2014-05-01',"
              + " '2014-05-03', 30, 5, 6, 'robust-z', '{}', false, 0)");
    }
  }

  private NotificationRound round(DuckDbStorage s) {
    WebhookSender sender =
        new WebhookSender(3, Duration.ofMillis(1), Duration.ofSeconds(5), pauses::add);
    return new NotificationRound(s.signals(), s.notifications(), sender, clock);
  }

  @Test
  void aReceiverThatFailsFirstGetsEachNotificationOnceEvenAfterARestart() throws Exception {
    try (LoopbackReceiver receiver = new LoopbackReceiver(1)) {
      try (DuckDbStorage s = open()) {
        insertAlerts(s);
        NotifyStore n = s.notifications();
        n.follow("ana", Scope.DYAD, "CHN-PHL", "127.0.0.1");
        n.follow("ana", Scope.COUNTRY, "THA", "127.0.0.1");
        n.setWebhook("ana", receiver.url(), "127.0.0.1");
        NotificationRound r = round(s);
        assertThat(r.record()).isEqualTo(1);
        assertThat(r.deliver()).isEqualTo(new NotificationRound.Deliveries(1, 0, 0));
        assertThat(receiver.requests()).isEqualTo(2);
        assertThat(pauses).containsExactly(Duration.ofMillis(1));
        assertThat(receiver.accepted().get(0))
            .contains("\"subject\":\"China – Philippines\"")
            .contains("\"level\":\"warning\"")
            .contains("\"opened\":\"2014-05-01\"");
        assertThat(n.deliveries("ana", 10))
            .singleElement()
            .satisfies(
                d -> {
                  assertThat(d.status()).isEqualTo("delivered");
                  assertThat(d.attempts()).isEqualTo(2);
                });
      }
      try (DuckDbStorage s = open()) {
        NotificationRound r = round(s);
        assertThat(r.record()).isZero();
        assertThat(r.deliver()).isEqualTo(new NotificationRound.Deliveries(0, 0, 0));
        assertThat(receiver.requests()).isEqualTo(2);
        try (Statement st = s.eventStore().connection().createStatement()) {
          st.execute("UPDATE alerts SET peak_level = 'alert', level = 'alert' WHERE id = 21");
        }
        assertThat(r.record()).isEqualTo(1);
        r.deliver();
        assertThat(receiver.accepted()).hasSize(2);
        assertThat(receiver.accepted().get(1)).contains("\"kind\":\"escalated\"");
        assertThat(s.notifications().notifications("ana", 10)).hasSize(2);
      }
    }
  }

  @Test
  void aReceiverThatKeepsFailingIsRetriedInALaterRoundWithTheErrorKept() throws Exception {
    try (LoopbackReceiver receiver = new LoopbackReceiver(100);
        DuckDbStorage s = open()) {
      insertAlerts(s);
      s.notifications().follow("ana", Scope.DYAD, "CHN-PHL", "x");
      s.notifications().setWebhook("ana", receiver.url(), "x");
      NotificationRound r = round(s);
      r.record();
      assertThat(r.deliver()).isEqualTo(new NotificationRound.Deliveries(0, 1, 0));
      assertThat(receiver.requests()).isEqualTo(3);
      // the retry is due a minute later, not at once
      assertThat(r.deliver()).isEqualTo(new NotificationRound.Deliveries(0, 0, 0));
      assertThat(s.notifications().deliveries("ana", 5).get(0).lastError())
          .isEqualTo("the receiver answered HTTP 500");
    }
  }

  @Test
  void aFeedTokenOpensOnlyItsOwnersFeedUntilRevokedOrReissued() throws Exception {
    try (DuckDbStorage s = open()) {
      NotifyStore n = s.notifications();
      String first = FeedTokens.issue();
      n.issueFeedToken("ana", FeedTokens.hash(first), "x");
      assertThat(n.feedUser(FeedTokens.hash(first))).contains("ana");
      String second = FeedTokens.issue();
      n.issueFeedToken("ana", FeedTokens.hash(second), "x");
      assertThat(n.feedUser(FeedTokens.hash(first))).isEmpty();
      assertThat(n.feedUser(FeedTokens.hash(second))).contains("ana");
      assertThat(n.revokeFeedToken("ana", "x")).isTrue();
      assertThat(n.feedUser(FeedTokens.hash(second))).isEmpty();
      assertThat(n.hasFeedToken("ana")).isFalse();
    }
  }

  @Test
  void followingTwiceKeepsOneFollowAndOnlyTheOwnerRemovesIt() throws Exception {
    try (DuckDbStorage s = open()) {
      NotifyStore n = s.notifications();
      var f = n.follow("ana", Scope.COUNTRY, "THA", "x");
      assertThat(n.follow("ana", Scope.COUNTRY, "THA", "x").id()).isEqualTo(f.id());
      assertThat(n.unfollow("ben", f.id(), "x")).isFalse();
      assertThat(n.unfollow("ana", f.id(), "x")).isTrue();
      assertThat(n.follows(null)).isEmpty();
    }
  }
}
