package org.amity.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amity.app.web.ApiClient.Reply;
import org.amity.response.kb.KnowledgeBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The knowledge base's instrument detail and the precedents of options, with the real recommender.
 */
class KnowledgeBaseApiIT {
  @TempDir static Path dir;
  static WebFixture web;
  static WebFixture absent;

  @BeforeAll
  static void start() throws Exception {
    web =
        new WebFixture(
            Files.createDirectories(dir.resolve("real")),
            new RecommenderAdvisor(KnowledgeBase.standard()));
    absent =
        new WebFixture(Files.createDirectories(dir.resolve("absent")), ResponseAdvisor.absent());
  }

  @AfterAll
  static void stop() {
    web.close();
    absent.close();
  }

  static ApiClient viewer(WebFixture f) throws Exception {
    return f.signedIn("viewer");
  }

  @Test
  void anInstrumentComesWithMembersFunctionsInWordsReadinessSourcesAndCases() throws Exception {
    Reply r = viewer(web).get("/api/v1/knowledge-base/instruments/doc");
    assertThat(r.status()).isEqualTo(200);
    JsonNode doc = r.body();
    assertThat(doc.get("name").asText()).contains("Conduct");
    List<String> members = new ArrayList<>();
    doc.get("members")
        .forEach(m -> members.add(m.get("iso3").asText() + "=" + m.get("name").asText()));
    assertThat(members).contains("CHN=China", "PHL=Philippines");
    assertThat(doc.get("functions")).isNotEmpty();
    for (JsonNode f : doc.get("functions")) {
      assertThat(f.get("id").asText()).isIn("CBM", "NB", "EW", "PR", "CM", "CR");
      assertThat(f.get("name").asText()).hasSizeGreaterThan(8);
    }
    assertThat(doc.at("/readiness/level").asText()).isNotBlank();
    assertThat(doc.at("/readiness/date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(doc.get("sources")).isNotEmpty();
    assertThat(doc.get("sources").get(0).get("title").asText()).isNotBlank();
    assertThat(doc.get("offers")).isNotEmpty();
    List<String> cases = new ArrayList<>();
    doc.get("cases").forEach(c -> cases.add(c.get("id").asText()));
    assertThat(cases).contains("scarborough-2012", "hysy981-2014");
  }

  @Test
  void anUnknownInstrumentIs404AndAMissingRecommenderIs503() throws Exception {
    Reply r = viewer(web).get("/api/v1/knowledge-base/instruments/no-such-thing");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.body().get("detail").asText()).contains("no-such-thing");
    assertThat(viewer(absent).get("/api/v1/knowledge-base/instruments/doc").status())
        .isEqualTo(503);
  }

  @Test
  void theListNamesEveryFunctionInWords() throws Exception {
    JsonNode names = viewer(web).get("/api/v1/knowledge-base").body().get("functionNames");
    assertThat(names.size()).isEqualTo(6);
    assertThat(names.get("CBM").asText()).isEqualTo("confidence building");
    assertThat(names.get("EW").asText()).contains("early warning");
  }

  @Test
  void recommendationsCarryPrecedents() throws Exception {
    JsonNode options =
        viewer(web).get("/api/v1/situations/2/recommendations").body().get("options");
    assertThat(options).isNotEmpty();
    boolean any = false;
    for (JsonNode o : options) {
      assertThat(o.get("precedents").isArray()).isTrue();
      any |= o.get("precedents").size() > 0;
    }
    assertThat(any).as("some option has a documented precedent").isTrue();
  }
}
