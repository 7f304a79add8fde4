package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.amity.app.web.SignalFixtures;
import org.amity.store.duckdb.DuckDbStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code amity recommend --situation} advises a situation still open in a store whose data end in
 * an earlier year with the knowledge base of the year they end, and says so (audit4 H10). The
 * fixtures' Thai situation is open and their data end in May 2014.
 */
class AStaleStoresSituationIsAdvisedAsOfItsDataTest {
  @TempDir Path dir;

  @Test
  void theOpenSituationOf2014IsAdvisedAsOf2014AndTheTextSaysWhy() throws Exception {
    Path file = dir.resolve("stale.duckdb");
    try (DuckDbStorage s = DuckDbStorage.open(file)) {
      SignalFixtures.insert(s.eventStore().connection());
    }
    String id = String.valueOf(SignalFixtures.THAILAND);
    Cli.Run json = Cli.run("recommend", "--db", file.toString(), "--situation", id, "--json");
    assertThat(json.exit()).as(json.err()).isZero();
    JsonNode kb = new ObjectMapper().readTree(json.out()).get("knowledgeBase");
    assertThat(kb.get("asOf").asText()).isEqualTo("2014");
    assertThat(kb.get("reason").asText())
        .startsWith("the situation is open in a store whose data end on 2014-05-");
    Cli.Run text = Cli.run("recommend", "--db", file.toString(), "--situation", id);
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out()).contains("options drawn from the knowledge base as of 2014");
  }
}
