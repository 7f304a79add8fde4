package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.amity.app.web.RelatedFixtures;
import org.amity.app.web.SignalFixtures;
import org.amity.store.duckdb.DuckDbStorage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code amity situations} shows each situation's related ones: a line per related situation under
 * its own, in words, and {@code related} in {@code --json}, the API's shape.
 */
class RelatedSituationsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static String db;

  @BeforeAll
  static void store() throws Exception {
    Path file = dir.resolve("related.duckdb");
    try (DuckDbStorage s = DuckDbStorage.open(file)) {
      SignalFixtures.insert(s.eventStore().connection());
      RelatedFixtures.insert(s.eventStore().connection());
    }
    db = file.toString();
  }

  /** The lines from a situation's own line to the next situation's. */
  private static List<String> block(String out, long id) {
    List<String> lines = out.lines().toList();
    int start =
        lines.indexOf(
            lines.stream().filter(l -> l.startsWith("#" + id + " ")).findFirst().orElseThrow());
    int end = start + 1;
    while (end < lines.size() && lines.get(end).startsWith("  ")) {
      end++;
    }
    return lines.subList(start, end);
  }

  @Test
  void theTextListsEachRelatedSituationUnderItsOwnInWords() {
    Cli.Run r = Cli.run("situations", "--db", db, "--status", "all");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(block(r.out(), SignalFixtures.THAILAND))
        .hasSize(2)
        .last()
        .isEqualTo(
            "  related: #5 Deep South (Thailand): intra-state tension (insurgency), warning, open,"
                + " 2014-05-02.. (a conflict area in this country)");
    assertThat(block(r.out(), RelatedFixtures.DEEP_SOUTH).get(1))
        .isEqualTo(
            "  related: #1 Thailand: protests and political violence, alert, open, 2014-04-20.."
                + " (the country of this conflict area)");
    assertThat(block(r.out(), RelatedFixtures.VIET_NAM).get(1))
        .startsWith("  related: #6 China – Viet Nam")
        .endsWith("(a dyad of this country)");
    assertThat(block(r.out(), RelatedFixtures.DEEP_SOUTH_2013)).hasSize(1);
    assertThat(block(r.out(), SignalFixtures.CLOSED)).hasSize(1);
  }

  @Test
  void oneSituationByIdShowsItsRelatedOnesToo() {
    Cli.Run r = Cli.run("situations", "--db", db, "--id", "" + RelatedFixtures.CHINA_VIET_NAM);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("  related: #7 Viet Nam: protests, warning, open")
        .contains("(a party to this dyad)");
  }

  @Test
  void theJsonCarriesTheRelatedSituationsInTheApisShape() throws Exception {
    Cli.Run r = Cli.run("situations", "--db", db, "--status", "all", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode all = JSON.readTree(r.out());
    assertThat(all).hasSize(7);
    JsonNode deepSouth = null;
    for (JsonNode s : all) {
      assertThat(s.get("related").isArray()).as("situation " + s.get("id")).isTrue();
      if (s.get("id").asLong() == RelatedFixtures.DEEP_SOUTH) {
        deepSouth = s;
      }
    }
    assertThat(deepSouth).isNotNull();
    JsonNode thailand = deepSouth.get("related").get(0);
    assertThat(deepSouth.get("related")).hasSize(1);
    assertThat(thailand.get("id").asLong()).isEqualTo(SignalFixtures.THAILAND);
    assertThat(thailand.get("relation").asText()).isEqualTo("the country of this conflict area");
    assertThat(thailand.get("subjectName").asText()).isEqualTo("Thailand");
    List<String> fields = new java.util.ArrayList<>();
    thailand.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactly(
            "id",
            "title",
            "scope",
            "subject",
            "subjectName",
            "relation",
            "level",
            "status",
            "opened",
            "updated",
            "closed");
  }
}
