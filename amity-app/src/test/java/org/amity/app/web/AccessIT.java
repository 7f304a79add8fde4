package org.amity.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.amity.app.web.ApiClient.Reply;
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
    Reply r = c.signIn("mallory", "another guess");
    assertThat(r.status()).isEqualTo(429);
    assertThat(r.header("Retry-After")).isEqualTo("1");
    assertThat(r.body().get("retryAfterSeconds").asInt()).isEqualTo(1);
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
}
