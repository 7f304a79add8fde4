package org.amity.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amity.app.web.ApiClient.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Account management by admins over HTTP: every change audited, access ended at once. */
class UsersApiIT {
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

  private static ApiClient signedIn(String user, String password) throws Exception {
    return web.signedIn(user, password);
  }

  private static List<String> auditActions(ApiClient admin) throws Exception {
    List<String> out = new ArrayList<>();
    for (JsonNode e : admin.get("/api/v1/audit?limit=50").body()) {
      out.add(
          e.get("action").asText()
              + " "
              + e.get("target").asText()
              + " by "
              + e.get("actor").asText());
    }
    return out;
  }

  @Test
  void onlyAdminsManageAccounts() throws Exception {
    ApiClient analyst = signedIn("analyst", WebFixture.PASSWORD);
    assertThat(analyst.get("/api/v1/users").status()).isEqualTo(403);
    assertThat(analyst.post("/api/v1/users/viewer/disable", Map.of()).status()).isEqualTo(403);
    ApiClient admin = signedIn("admin", WebFixture.PASSWORD);
    JsonNode list = admin.get("/api/v1/users").body();
    assertThat(list.findValuesAsText("name")).contains("admin", "analyst", "viewer");
  }

  @Test
  void disablingEndsTheUsersSessionAtOnceAndEnablingLetsThemBackIn() throws Exception {
    ApiClient admin = signedIn("admin", WebFixture.PASSWORD);
    assertThat(
            admin
                .post(
                    "/api/v1/users",
                    Map.of("name", "dita", "role", "viewer", "password", "a quiet riverbank 9"))
                .status())
        .isEqualTo(201);
    ApiClient dita = signedIn("dita", "a quiet riverbank 9");
    assertThat(dita.get("/api/v1/session").status()).isEqualTo(200);
    assertThat(admin.post("/api/v1/users/dita/disable", Map.of()).status()).isEqualTo(200);
    assertThat(dita.get("/api/v1/session").status()).isEqualTo(401);
    assertThat(new ApiClient(web.baseUrl()).signIn("dita", "a quiet riverbank 9").status())
        .isEqualTo(401);
    assertThat(admin.post("/api/v1/users/dita/enable", Map.of()).status()).isEqualTo(200);
    assertThat(new ApiClient(web.baseUrl()).signIn("dita", "a quiet riverbank 9").status())
        .isEqualTo(200);
    assertThat(auditActions(admin))
        .contains(
            "user.add dita by admin", "user.disable dita by admin", "user.enable dita by admin");
  }

  @Test
  void aPasswordResetFollowsThePolicyAndEndsTheOldSessions() throws Exception {
    ApiClient admin = signedIn("admin", WebFixture.PASSWORD);
    admin.post(
        "/api/v1/users",
        Map.of("name", "eko", "role", "analyst", "password", "first long secret 1"));
    ApiClient eko = signedIn("eko", "first long secret 1");
    Reply weak = admin.post("/api/v1/users/eko/password", Map.of("password", "aaaaaaaaaaaaaaa"));
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.body().get("detail").asText()).contains("one character repeated");
    assertThat(
            admin
                .post(
                    "/api/v1/users",
                    Map.of("name", "fay", "role", "viewer", "password", "qwerty123456"))
                .body()
                .get("detail")
                .asText())
        .contains("common passwords");
    assertThat(
            admin
                .post("/api/v1/users/eko/password", Map.of("password", "second long secret 2"))
                .status())
        .isEqualTo(204);
    assertThat(eko.get("/api/v1/session").status()).isEqualTo(401);
    signedIn("eko", "second long secret 2");
    assertThat(admin.post("/api/v1/users/eko/revoke", Map.of()).body().get("sessionsEnded").asInt())
        .isEqualTo(1);
    assertThat(admin.delete("/api/v1/users/eko").status()).isEqualTo(204);
    assertThat(admin.post("/api/v1/users/eko/revoke", Map.of()).status()).isEqualTo(404);
    assertThat(auditActions(admin))
        .contains(
            "user.passwd eko by admin", "user.revoke eko by admin", "user.remove eko by admin");
  }

  @Test
  void anAdminCannotDisableOrRemoveThemselvesHere() throws Exception {
    ApiClient admin = signedIn("admin", WebFixture.PASSWORD);
    Reply r = admin.post("/api/v1/users/admin/disable", Map.of());
    assertThat(r.status()).isEqualTo(409);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(admin.delete("/api/v1/users/admin").status()).isEqualTo(409);
  }

  @Test
  void anAdminUnlocksAnAccountHeldBySignInWaits() throws Exception {
    ApiClient guesser = new ApiClient(web.baseUrl());
    for (int i = 0; i < 5; i++) {
      guesser.signIn("viewer", "not the password " + i);
    }
    assertThat(guesser.signIn("viewer", WebFixture.PASSWORD).status()).isEqualTo(429);
    ApiClient admin = signedIn("admin", WebFixture.PASSWORD);
    assertThat(
            admin.post("/api/v1/users/viewer/unlock", Map.of()).body().get("wasHeld").asBoolean())
        .isTrue();
    assertThat(new ApiClient(web.baseUrl()).signIn("viewer", WebFixture.PASSWORD).status())
        .isEqualTo(200);
  }

  @Test
  void theDashboardHasAUsersPage() throws Exception {
    ApiClient c = new ApiClient(web.baseUrl());
    Reply page = c.send(c.builder("/users.html").GET());
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.raw().body()).contains("/js/users.js", "Set a new password");
    Reply script = c.send(c.builder("/js/users.js").GET());
    assertThat(script.raw().body()).contains("/api/v1/users/");
  }
}
