package org.amity.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document served at /api/v1/openapi.json describes exactly the registered routes. */
class OpenApiRoutesIT {
  private static final Set<HandlerType> VERBS =
      Set.of(
          HandlerType.GET,
          HandlerType.POST,
          HandlerType.PUT,
          HandlerType.PATCH,
          HandlerType.DELETE);
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
  void documentedPathsAndMethodsAreTheRegisteredApiRoutes() throws Exception {
    JsonNode doc = new ApiClient(web.baseUrl()).get("/api/v1/openapi.json").body();
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    Set<String> documented = new TreeSet<>();
    for (Iterator<String> paths = doc.get("paths").fieldNames(); paths.hasNext(); ) {
      String path = paths.next();
      doc.get("paths")
          .get(path)
          .fieldNames()
          .forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path));
    }
    Set<String> registered = new TreeSet<>();
    for (var parsed : web.server().javalin().unsafe.internalRouter.allHttpHandlers()) {
      Endpoint e = parsed.endpoint;
      if (VERBS.contains(e.method) && e.path.startsWith("/api/")) {
        registered.add(e.method.name() + " " + e.path);
      }
    }
    assertThat(registered).hasSizeGreaterThan(15);
    assertThat(documented).isEqualTo(registered);
  }

  @Test
  void documentedRolesAreTheRolesTheServerEnforces() throws Exception {
    JsonNode doc = new ApiClient(web.baseUrl()).get("/api/v1/openapi.json").body();
    for (var parsed : web.server().javalin().unsafe.internalRouter.allHttpHandlers()) {
      Endpoint e = parsed.endpoint;
      if (!VERBS.contains(e.method) || !e.path.startsWith("/api/")) {
        continue;
      }
      JsonNode op = doc.get("paths").get(e.path).get(e.method.name().toLowerCase(Locale.ROOT));
      Set<io.javalin.security.RouteRole> roles =
          e.metadata(io.javalin.security.Roles.class).getRoles();
      String documented = op.has("x-amity-role") ? op.get("x-amity-role").asText() : "anyone";
      String enforced =
          roles.contains(org.amity.app.web.auth.Everyone.EVERYONE)
              ? "anyone"
              : ((org.amity.app.web.auth.Role) roles.iterator().next()).id();
      assertThat(documented).as(e.method + " " + e.path).isEqualTo(enforced);
      assertThat(op.get("security").isEmpty()).isEqualTo(enforced.equals("anyone"));
    }
  }

  @Test
  void everyDocumentedPathParameterIsDeclared() throws Exception {
    JsonNode doc = new ApiClient(web.baseUrl()).get("/api/v1/openapi.json").body();
    Pattern param = Pattern.compile("\\{([^}]+)}");
    doc.get("paths")
        .properties()
        .forEach(
            path -> {
              Matcher m = param.matcher(path.getKey());
              while (m.find()) {
                String name = m.group(1);
                path.getValue()
                    .forEach(
                        op ->
                            assertThat(op.get("parameters").findValuesAsText("name"))
                                .as(path.getKey())
                                .contains(name));
              }
            });
  }

  @Test
  void everyOperationSaysWhoMayCallIt() throws Exception {
    JsonNode doc = new ApiClient(web.baseUrl()).get("/api/v1/openapi.json").body();
    doc.get("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        op -> {
                          JsonNode security = op.getValue().get("security");
                          assertThat(security).as(op.getKey() + " " + path.getKey()).isNotNull();
                          if (!security.isEmpty()) {
                            assertThat(op.getValue().get("x-amity-role").asText())
                                .isIn("viewer", "analyst", "admin");
                          }
                        }));
  }
}
