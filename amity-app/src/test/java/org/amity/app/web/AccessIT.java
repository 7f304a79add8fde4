package org.amity.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.amity.app.web.ApiClient.Reply;
import org.amity.app.web.auth.DemoAccess;
import org.amity.app.web.server.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign-in throttling and the demo's one-time login, over HTTP. */
class AccessIT {
  @TempDir static Path dir;
  static WebFixture web;

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(dir, ResponseAdvisor.absent());
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  @Test
  void repeatedFailedSignInsAreSlowedDownWith429() throws Exception {
    ApiClient c = new ApiClient(web.baseUrl());
    for (int i = 0; i < 5; i++) {
      assertThat(c.signIn("mallory", "guess number " + i).status()).isEqualTo(401);
    }
    // The wait after the free attempts starts at 1 s and doubles with each further failure. On a
    // slow machine one password check can outlast the first wait, so the attempt after it is let
    // through; the doubling must still hold an attempt back within a few more.
    Reply r = null;
    int admitted = 0;
    for (int i = 0; i < 5; i++) {
      r = c.signIn("mallory", "another guess " + i);
      if (r.status() != 401) {
        break;
      }
      admitted++;
    }
    assertThat(r.status()).isEqualTo(429);
    assertThat(admitted).isLessThan(5);
    int retry = Integer.parseInt(r.header("Retry-After"));
    assertThat(retry).isPositive();
    assertThat(r.body().get("retryAfterSeconds").asInt()).isEqualTo(retry);
  }

  @Test
  void aSessionOutlivesARestartOfTheServer() throws Exception {
    ApiClient c = new ApiClient(web.baseUrl());
    assertThat(c.signIn("viewer", WebFixture.PASSWORD).status()).isEqualTo(200);
    try (WebServer second =
        new WebServer(web.store(), ResponseAdvisor.absent(), WebConfig.local(0), "test").start()) {
      ApiClient again = c.at("http://127.0.0.1:" + second.port());
      assertThat(again.get("/api/v1/session").body().get("user").asText()).isEqualTo("viewer");
      assertThat(again.delete("/api/v1/session").status()).isEqualTo(204);
    }
  }

  @Test
  void theDemoLoginWorksExactlyOnce() throws Exception {
    DemoAccess.OneTimeLogin login = DemoAccess.createOneTimeLogin(web.store());
    assertThat(login.user()).startsWith("demo-");
    assertThat(login.password()).hasSize(20);
    ApiClient first = new ApiClient(web.baseUrl());
    assertThat(first.signIn(login.user(), login.password()).status()).isEqualTo(200);
    assertThat(first.get("/api/v1/session").body().get("role").asText()).isEqualTo("analyst");
    assertThat(new ApiClient(web.baseUrl()).signIn(login.user(), login.password()).status())
        .isEqualTo(401);
    assertThat(first.get("/api/v1/alerts").status()).isEqualTo(200);
  }

  /** A sign-in through a TLS proxy that says the client is at {@code address}. */
  private static Reply signInFrom(ApiClient c, String address, String user, String password)
      throws Exception {
    return c.send(
        c.builder("/api/v1/session")
            .header("Content-Type", "application/json")
            .header("X-Forwarded-For", address)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}")));
  }

  private static long audited(String action, String ip) throws Exception {
    ApiClient admin = new ApiClient(web.baseUrl());
    assertThat(admin.signIn("admin", WebFixture.PASSWORD).status()).isEqualTo(200);
    long n = 0;
    for (JsonNode e : admin.get("/api/v1/audit?limit=1000").body()) {
      if (e.get("action").asText().equals(action) && ip.equals(e.get("ip").asText())) {
        n++;
      }
    }
    return n;
  }

  @Test
  void fortyParallelWrongPasswordsGetAtMostFiveRealChecksAndEveryOneIsAudited() throws Exception {
    try (WebServer proxied =
        new WebServer(
                web.store(),
                ResponseAdvisor.absent(),
                new WebConfig("127.0.0.1", 0, true, 2, 48),
                "test")
            .start()) {
      ApiClient c = new ApiClient("http://127.0.0.1:" + proxied.port());
      ExecutorService pool = Executors.newFixedThreadPool(40);
      List<Callable<Integer>> tries = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String guess = "wrong guess number " + i;
        tries.add(() -> signInFrom(c, "203.0.113.7", "analyst", guess).status());
      }
      int checked = 0;
      int refused = 0;
      try {
        for (Future<Integer> f : pool.invokeAll(tries)) {
          checked += f.get() == 401 ? 1 : 0;
          refused += f.get() == 429 ? 1 : 0;
        }
      } finally {
        pool.shutdown();
      }
      assertThat(checked).isLessThanOrEqualTo(5);
      assertThat(checked + refused).isEqualTo(40);
      assertThat(audited("session.failed", "203.0.113.7")).isEqualTo(checked);
      assertThat(audited("session.refused", "203.0.113.7")).isEqualTo(refused);
      // the owner, elsewhere, still signs in at once
      assertThat(signInFrom(c, "198.51.100.20", "analyst", WebFixture.PASSWORD).status())
          .isEqualTo(200);
    }
  }
}
