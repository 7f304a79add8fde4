package org.amity.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * POSTs one JSON body to a webhook, trying again with a doubling pause when the receiver cannot be
 * reached or answers with anything but 2xx. A receiver should treat the notification's {@code id}
 * as the delivery key: a delivery whose success could not be recorded (the process died between the
 * answer and the record) is sent once more.
 */
public final class WebhookSender {
  /** What the attempts of one send came to. */
  public record Outcome(boolean delivered, int attempts, String error) {}

  /** Waits between attempts (a test passes one that does not sleep). */
  @FunctionalInterface
  public interface Pause {
    void pause(Duration d) throws InterruptedException;
  }

  private final HttpClient http;
  private final int tries;
  private final Duration firstPause;
  private final Pause pause;
  private final Duration timeout;

  /**
   * @param tries attempts per send (at least 1)
   * @param firstPause the pause before the second attempt; doubled before each further one
   */
  public WebhookSender(int tries, Duration firstPause, Duration timeout, Pause pause) {
    if (tries < 1) {
      throw new IllegalArgumentException("tries must be at least 1");
    }
    this.tries = tries;
    this.firstPause = firstPause;
    this.timeout = timeout;
    this.pause = pause;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Three tries, 2 s then 4 s apart, 10 s timeout. */
  public static WebhookSender standard() {
    return new WebhookSender(
        3, Duration.ofSeconds(2), Duration.ofSeconds(10), d -> Thread.sleep(d.toMillis()));
  }

  /** Sends {@code json} to {@code url}. */
  public Outcome send(String url, String json) {
    String error = null;
    Duration wait = firstPause;
    for (int attempt = 1; attempt <= tries; attempt++) {
      if (attempt > 1) {
        try {
          pause.pause(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return new Outcome(false, attempt - 1, "interrupted while waiting to try again");
        }
        wait = wait.multipliedBy(2);
      }
      try {
        HttpRequest r =
            HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Amity-notifications")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        HttpResponse<Void> res = http.send(r, HttpResponse.BodyHandlers.discarding());
        if (res.statusCode() / 100 == 2) {
          return new Outcome(true, attempt, null);
        }
        error = "the receiver answered HTTP " + res.statusCode();
      } catch (IOException | IllegalArgumentException e) {
        error = "cannot reach the receiver: " + e.getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Outcome(false, attempt, "interrupted");
      }
    }
    return new Outcome(false, tries, error);
  }

  /** Whether a URL may be a webhook: absolute http or https with a host. */
  public static String checkUrl(String url) {
    URI u;
    try {
      u = URI.create(url == null ? "" : url.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the webhook is not a valid URL: " + url);
    }
    if (u.getScheme() == null
        || !(u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https"))
        || u.getHost() == null) {
      throw new IllegalArgumentException(
          "the webhook must be an absolute http or https URL, not '" + url + "'");
    }
    return u.toString();
  }
}
