package org.amity.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import org.amity.app.web.ApiClient.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every error of the API answers as a problem document (RFC 9457), over HTTP. */
class ProblemsIT {
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

  private static void assertProblem(Reply r, int status) {
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.body().get("status").asInt()).isEqualTo(status);
    assertThat(r.body().get("type").asText()).startsWith("/problems/");
    assertThat(r.body().get("detail").asText()).isNotBlank();
  }

  @Test
  void aTenMegabyteBodyGetsA413ProblemDocument() throws Exception {
    ApiClient c = new ApiClient(web.baseUrl());
    String big = "{\"user\":\"viewer\",\"password\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}";
    Reply r =
        c.send(
            c.builder("/api/v1/session")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(big)));
    assertProblem(r, 413);
    assertThat(r.body().get("type").asText()).isEqualTo("/problems/too-large");
  }

  @Test
  void aWrongMethodGets405WithTheAllowedOnes() throws Exception {
    ApiClient c = new ApiClient(web.baseUrl());
    assertThat(c.signIn("analyst", WebFixture.PASSWORD).status()).isEqualTo(200);
    Reply r = c.send(c.builder("/api/v1/alerts").DELETE());
    assertProblem(r, 405);
    assertThat(r.header("Allow")).isEqualTo("GET");
    Reply session =
        c.send(
            c.builder("/api/v1/session")
                .PUT(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json"));
    assertProblem(session, 405);
    assertThat(session.header("Allow")).isEqualTo("DELETE, GET, POST");
    Reply param = c.send(c.builder("/api/v1/users/viewer/disable").GET());
    assertProblem(param, 405);
    assertThat(param.header("Allow")).isEqualTo("POST");
  }

  @Test
  void headGets405WithTheAllowedMethods() throws Exception {
    ApiClient c = new ApiClient(web.baseUrl());
    Reply r =
        c.send(c.builder("/api/v1/health").method("HEAD", HttpRequest.BodyPublishers.noBody()));
    assertThat(r.status()).isEqualTo(405);
    assertThat(r.header("Allow")).isEqualTo("GET");
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void unknownRoutesAndBadParametersAreProblemDocuments() throws Exception {
    ApiClient c = new ApiClient(web.baseUrl());
    assertProblem(c.get("/api/v1/no-such-thing"), 404);
    assertProblem(c.get("/api/v1/alerts"), 401);
    assertThat(c.signIn("viewer", WebFixture.PASSWORD).status()).isEqualTo(200);
    assertProblem(c.get("/api/v1/audit"), 403);
    assertProblem(c.get("/api/v1/events?limit=banana"), 400);
    Reply notJson =
        c.send(
            c.builder("/api/v1/session")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{not json")));
    assertProblem(notJson, 400);
  }
}
