package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecommendCommandTest {
  static final String SITUATION =
      "{\"parties\":[\"CHN\",\"VNM\"], \"threatTypes\":[\"inter-state\"], \"domain\":\"maritime\","
          + " \"level\":\"alert\", \"stage\":\"crisis\", \"greatPowerParty\":true,"
          + " \"outsidePowerShare\":0.3, \"humanitarian\":false, \"themes\":[\"territory\"]}";

  @TempDir Path dir;

  @Test
  void printsTheJsonContractForASituationFile() throws Exception {
    Path f = Files.writeString(dir.resolve("s.json"), SITUATION);
    CliRun run = CliRun.of("recommend", "--input", f.toString(), "--top", "3", "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(run.out());
    assertThat(j.path("situation").path("parties").toString()).isEqualTo("[\"CHN\",\"VNM\"]");
    assertThat(j.path("lens").asText()).isEqualTo("broad");
    assertThat(j.path("options")).hasSize(3);
    JsonNode o = j.path("options").get(0);
    assertThat(o.path("instrument").has("id")).isTrue();
    assertThat(o.path("measure").has("name")).isTrue();
    assertThat(o.path("score").isNumber()).isTrue();
    assertThat(o.path("factors").has("functionFit")).isTrue();
    assertThat(o.path("factors").has("greatPower")).isTrue();
    assertThat(o.path("consentRequired").isArray()).isTrue();
    assertThat(o.path("principles")).hasSize(8);
    assertThat(o.path("principles").get(0).path("result").asText()).isIn("pass", "warning");
    assertThat(j.path("excluded").get(0).has("reason")).isTrue();
    // which knowledge base the options come from: a situation typed by hand has no date
    assertThat(j.path("knowledgeBase").path("asOf").asText()).isEqualTo("today");
    assertThat(j.path("knowledgeBase").path("inWords").asText())
        .startsWith("today's knowledge base");
    CliRun text = CliRun.of("recommend", "--input", f.toString(), "--top", "1");
    assertThat(text.out()).contains("options drawn from today's knowledge base");
  }

  @Test
  void optionsCiteTheNearestDocumentedUseOfTheirInstrument() throws Exception {
    Path f = Files.writeString(dir.resolve("s.json"), SITUATION);
    CliRun run = CliRun.of("recommend", "--input", f.toString(), "--top", "10", "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode options = new ObjectMapper().readTree(run.out()).path("options");
    JsonNode cited = null;
    for (JsonNode o : options) {
      assertThat(o.path("precedents").isArray()).isTrue();
      if (cited == null && o.path("precedents").size() > 0) {
        cited = o.path("precedents").get(0);
      }
    }
    assertThat(cited).as("some option in the top ten has a precedent").isNotNull();
    assertThat(cited.path("title").asText()).isNotBlank();
    assertThat(cited.path("year").asInt()).isBetween(1990, 2030);
    assertThat(cited.path("alike").isArray()).isTrue();
    assertThat(cited.path("source").asText()).isNotBlank();
    CliRun text = CliRun.of("recommend", "--input", f.toString(), "--top", "10");
    assertThat(text.out()).contains("precedent: ", "same threat type: inter-state");
  }

  @Test
  void functionalLabelAndNarrowLensArePassedThrough() throws Exception {
    Path f = Files.writeString(dir.resolve("s.json"), SITUATION);
    CliRun run =
        CliRun.of(
            "recommend",
            "--input",
            f.toString(),
            "--lens",
            "narrow",
            "--label",
            "functional",
            "--json");
    assertThat(run.exit()).isZero();
    assertThat(run.out().toLowerCase()).doesNotContain("preventive diplomacy");
    assertThat(new ObjectMapper().readTree(run.out()).path("lens").asText()).isEqualTo("narrow");
  }

  @Test
  void badSituationsAreBadUsage() throws Exception {
    Path f = Files.writeString(dir.resolve("s.json"), SITUATION.replace("VNM", "ZZZ"));
    CliRun run = CliRun.of("recommend", "--input", f.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("unknown ISO3 country code: ZZZ");
    Path g = Files.writeString(dir.resolve("t.json"), SITUATION.replace("\"alert\"", "\"loud\""));
    assertThat(CliRun.of("recommend", "--input", g.toString()).exit()).isEqualTo(2);
    assertThat(CliRun.of("recommend", "--input", dir.resolve("none.json").toString()).exit())
        .isEqualTo(2);
    assertThat(CliRun.of("recommend").exit()).isEqualTo(2);
  }

  @Test
  void anUnknownOrMalformedSituationIdIsBadUsage() {
    String db = dir.resolve("a.duckdb").toString();
    CliRun noDatabase = CliRun.of("recommend", "--situation", "42", "--db", db);
    assertThat(noDatabase.exit()).isEqualTo(2);
    assertThat(noDatabase.err()).contains("no database at");
    assertThat(CliRun.of("watch", "--db", db).exit()).isZero();
    CliRun missing = CliRun.of("recommend", "--situation", "42", "--db", db);
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no situation 42");
    CliRun malformed = CliRun.of("recommend", "--situation", "s-1", "--db", db);
    assertThat(malformed.exit()).isEqualTo(2);
    assertThat(malformed.err()).contains("takes a number");
  }
}
