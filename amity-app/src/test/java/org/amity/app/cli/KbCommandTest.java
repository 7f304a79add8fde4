package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KbCommandTest {
  @TempDir Path dir;

  @Test
  void validatesTheShippedKnowledgeBase() {
    CliRun run = CliRun.of("kb", "validate");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("knowledge base valid");
  }

  @Test
  void validateFailsAndListsProblemsOfABrokenCopy() throws IOException {
    for (String f :
        new String[] {"sources.yaml", "norms.yaml", "measures.yaml", "instruments.yaml"}) {
      try (InputStream in = getClass().getResourceAsStream("/org/amity/response/" + f)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(
            dir.resolve(f),
            f.equals("instruments.yaml")
                ? text.replace("{measure: hotline}", "{measure: telepathy}")
                : text);
      }
    }
    CliRun run = CliRun.of("kb", "validate", "--kb", dir.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("offer telepathy: unknown measure type");
  }

  @Test
  void listsAndShowsEntries() throws Exception {
    CliRun list = CliRun.of("kb", "list", "--type", "instrument", "--json");
    assertThat(list.exit()).isZero();
    assertThat(new ObjectMapper().readTree(list.out()).size()).isGreaterThanOrEqualTo(26);
    CliRun show = CliRun.of("kb", "show", "tac-high-council");
    assertThat(show.exit()).isZero();
    assertThat(show.out()).contains("never-used", "Rules of Procedure of the High Council");
    assertThat(CliRun.of("kb", "show", "non-coercion", "--json").out())
        .contains("\"rule\" : \"not-coercive\"");
    assertThat(CliRun.of("kb", "show", "no-such-thing").exit()).isEqualTo(2);
  }

  @Test
  void showSpellsOutTheFunctionAbbreviations() {
    CliRun show = CliRun.of("kb", "show", "doc");
    assertThat(show.exit()).isZero();
    assertThat(show.out()).contains("CBM (confidence building)", "NB (norm building)");
  }

  @Test
  void replaysTheDocumentedCases() throws Exception {
    CliRun run = CliRun.of("kb", "cases", "--json");
    assertThat(run.exit()).isZero();
    var j = new ObjectMapper().readTree(run.out());
    assertThat(j.path("cases").asInt()).isGreaterThanOrEqualTo(12);
    assertThat(j.path("hits").asInt()).isLessThanOrEqualTo(j.path("cases").asInt());
  }
}
