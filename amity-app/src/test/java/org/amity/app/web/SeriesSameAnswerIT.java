package org.amity.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.amity.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code amity series --json} and {@code /api/v1/series} give the same series. */
class SeriesSameAnswerIT {
  @TempDir Path dir;

  @Test
  void cliAndApiAnswerTheSameForAStoredAndADetectorSeriesWithTheDyadEitherWayRound()
      throws Exception {
    JsonNode stored;
    JsonNode scored;
    try (WebFixture web = new WebFixture(dir, ResponseAdvisor.absent())) {
      ApiClient c = new ApiClient(web.baseUrl());
      assertThat(c.signIn("viewer", WebFixture.PASSWORD).status()).isEqualTo(200);
      stored =
          c.get("/api/v1/series?dyad=CHN-PHL&indicator=material_conflict&resolution=day").body();
      scored =
          c.get(
                  "/api/v1/series?country=VNM&indicator=conflict_7d&resolution=day"
                      + "&from=2014-03-01&to=2014-04-30")
              .body();
    }
    Path db = dir.resolve("web.duckdb");
    JsonNode cliStored =
        cli(
            "series",
            "--db",
            db.toString(),
            "--scope",
            "dyad",
            "--subject",
            "PHL-CHN",
            "--indicator",
            "material_conflict",
            "--resolution",
            "day",
            "--json");
    JsonNode cliScored =
        cli(
            "series",
            "--db",
            db.toString(),
            "--scope",
            "country",
            "--subject",
            "VNM",
            "--indicator",
            "conflict_7d",
            "--resolution",
            "day",
            "--from",
            "2014-03-01",
            "--to",
            "2014-04-30",
            "--json");
    assertThat(stored.get("points")).hasSize(140);
    assertThat(cliStored).isEqualTo(stored);
    assertThat(scored.get("points").get(0).has("level")).isTrue();
    assertThat(cliScored).isEqualTo(scored);
  }

  @Test
  void withoutAResolutionBothReadADetectorAtItsOwnAndSayTheSameWhenASeriesIsEmpty()
      throws Exception {
    // audit4 H9: the CLI defaulted to the month and the API to the day
    JsonNode own;
    JsonNode plain;
    JsonNode empty;
    try (WebFixture web = new WebFixture(dir, ResponseAdvisor.absent())) {
      ApiClient c = new ApiClient(web.baseUrl());
      assertThat(c.signIn("viewer", WebFixture.PASSWORD).status()).isEqualTo(200);
      own = c.get("/api/v1/series?country=VNM&indicator=conflict_7d").body();
      plain = c.get("/api/v1/series?country=VNM&indicator=incidents").body();
      empty = c.get("/api/v1/series?country=VNM&indicator=conflict_7d&resolution=month").body();
    }
    String db = dir.resolve("web.duckdb").toString();
    assertThat(own.get("resolution").asText()).isEqualTo("day");
    assertThat(own.get("points").size()).isGreaterThan(90);
    assertThat(own.get("valueInWords").asText()).startsWith("value: conflict incidents");
    assertThat(
            cli(
                "series",
                "--db",
                db,
                "--scope",
                "country",
                "--subject",
                "VNM",
                "--indicator",
                "conflict_7d",
                "--json"))
        .isEqualTo(own);
    assertThat(plain.get("resolution").asText()).isEqualTo("month");
    assertThat(
            cli(
                "series",
                "--db",
                db,
                "--scope",
                "country",
                "--subject",
                "VNM",
                "--indicator",
                "incidents",
                "--json"))
        .isEqualTo(plain);
    assertThat(empty.get("message").asText()).contains("scores day periods only");
    assertThat(
            cli(
                "series",
                "--db",
                db,
                "--scope",
                "country",
                "--subject",
                "VNM",
                "--indicator",
                "conflict_7d",
                "--resolution",
                "month",
                "--json"))
        .isEqualTo(empty);
  }

  private static JsonNode cli(String... args) throws Exception {
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      exit = Main.run(args);
    } finally {
      System.setOut(old);
    }
    assertThat(exit).isZero();
    return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
  }
}
