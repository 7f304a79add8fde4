package org.amity.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.amity.notify.FeedTokens;
import org.amity.notify.Notification;
import org.amity.notify.NotifyStore;
import org.amity.notify.WebhookSender;
import org.amity.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The ways notifications reach an analyst: the Atom feed, the webhook, and the list itself. */
final class FollowChannels {
  private FollowChannels() {}

  /** {@code amity follow feed}: issues (or revokes) the account's feed address. */
  @Command(
      name = "feed",
      mixinStandardHelpOptions = true,
      description = {
        "Issue a new Atom feed address for the account (the old one stops working), or revoke it."
            + " The token in the address is the only key to the feed: it is shown once, and the"
            + " store keeps only its hash."
      })
  static final class Feed implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Mixin FollowCommand.UserOption user;

    @Option(names = "--revoke", description = "Revoke the feed address; issue none.")
    boolean revoke;

    @Option(
        names = "--base-url",
        paramLabel = "URL",
        defaultValue = "http://localhost:8080",
        description =
            "The dashboard's address, to print the full feed URL (default ${DEFAULT-VALUE}).")
    String baseUrl;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
      try (Storage s = store.open()) {
        String name = user.check(s);
        if (revoke) {
          boolean had = s.notifications().revokeFeedToken(name, "cli");
          System.out.println(
              had ? "feed address of " + name + " revoked" : name + " had no feed address");
          return 0;
        }
        String token = FeedTokens.issue();
        s.notifications().issueFeedToken(name, FeedTokens.hash(token), "cli");
        String url = baseUrl.replaceAll("/+$", "") + FeedTokens.path(token);
        if (json) {
          System.out.println(Json.write(Map.of("user", name, "url", url)));
        } else {
          System.out.println(
              "feed of " + name + " (keep it private; any earlier address is revoked):");
          System.out.println(url);
        }
      }
      return 0;
    }
  }

  /** {@code amity follow webhook}: sets, removes or shows the account's webhook. */
  @Command(
      name = "webhook",
      mixinStandardHelpOptions = true,
      description =
          "Set the webhook that receives each new notification as a JSON POST (tried three times"
              + " with a doubling pause, then again in later rounds), remove it, or show it with"
              + " its latest deliveries.")
  static final class Webhook implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Mixin FollowCommand.UserOption user;

    @Option(names = "--url", paramLabel = "URL", description = "The receiver (http or https).")
    String url;

    @Option(names = "--remove", description = "Remove the webhook.")
    boolean remove;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
      if (url != null && remove) {
        throw new IllegalArgumentException("give --url or --remove, not both");
      }
      try (Storage s = store.open()) {
        String name = user.check(s);
        NotifyStore n = s.notifications();
        if (url != null) {
          n.setWebhook(name, WebhookSender.checkUrl(url), "cli");
          System.out.println("webhook of " + name + " set to " + url);
          return 0;
        }
        if (remove) {
          System.out.println(
              n.removeWebhook(name, "cli")
                  ? "webhook of " + name + " removed"
                  : name + " had no webhook");
          return 0;
        }
        List<NotifyStore.Delivery> d = n.deliveries(name, 20);
        if (json) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("user", name);
          m.put("url", n.webhook(name).orElse(null));
          m.put("deliveries", d);
          System.out.println(Json.write(m));
          return 0;
        }
        System.out.println(
            "webhook of " + name + ": " + n.webhook(name).orElse("none (set one with --url)"));
        for (NotifyStore.Delivery x : d) {
          System.out.printf(
              Locale.ROOT,
              "  notification #%d: %s after %d attempt(s)%s%n",
              x.notificationId(),
              x.status(),
              x.attempts(),
              x.lastError() == null ? "" : " (" + x.lastError() + ")");
        }
      }
      return 0;
    }
  }

  /** {@code amity follow notifications}: the account's notifications, newest first. */
  @Command(
      name = "notifications",
      mixinStandardHelpOptions = true,
      description = "List the account's notifications, newest first.")
  static final class Notifications implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Mixin FollowCommand.UserOption user;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many (default 50).")
    int limit;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Override
    public Integer call() {
      try (Storage s = store.open()) {
        String name = user.check(s);
        List<Notification> list = s.notifications().notifications(name, limit);
        if (json) {
          System.out.println(
              "["
                  + String.join(
                      ",", list.stream().map(org.amity.notify.NotificationRound::payload).toList())
                  + "]");
          return 0;
        }
        if (list.isEmpty()) {
          System.out.println("no notifications for " + name);
        }
        for (Notification x : list) {
          System.out.println(x.createdAt().toLocalDate() + "  " + x.title());
          System.out.println("    " + x.summary());
        }
      }
      return 0;
    }
  }
}
