package org.amity.coding.dict;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;

class DictionaryKindTest {
  private static DictionaryKind kind(String text) {
    return DictionaryKind.detect(DictionaryText.lines(text));
  }

  @Test
  void recognisesEachKindByItsContent() {
    assertThat(kind("--- ARRIVE [032] ---\nARRIVE\n")).isEqualTo(DictionaryKind.VERBS);
    assertThat(kind("GONDOR [GON]\n+MINAS_TIRITH\n")).isEqualTo(DictionaryKind.ACTORS);
    assertThat(kind("POLICE {} [~COP]\nMSF [NGO~]\n")).isEqualTo(DictionaryKind.AGENTS);
    assertThat(kind("<ISSUE CATEGORY=\"X\">\nn:refugee [REFUGEES]\n"))
        .isEqualTo(DictionaryKind.ISSUES);
    assertThat(kind("+TYPHOON\nBASEBALL\n")).isEqualTo(DictionaryKind.DISCARDS);
    assertThat(kind("of\nin\nto\nwith\n")).isEqualTo(DictionaryKind.PREPOSITIONS);
  }

  @Test
  void recognisesEveryPublicPetrarchFile() throws IOException {
    Path dir = TestData.file("petrarch2-dictionaries");
    assertThat(detect(dir.resolve("CAMEO.2.0.txt"))).isEqualTo(DictionaryKind.VERBS);
    assertThat(detect(dir.resolve("CAMEO.verbpatterns.150430.txt")))
        .isEqualTo(DictionaryKind.VERBS);
    assertThat(detect(dir.resolve("PETR.Validate.verbs.txt"))).isEqualTo(DictionaryKind.VERBS);
    assertThat(detect(dir.resolve("Phoenix.Countries.actors.txt")))
        .isEqualTo(DictionaryKind.ACTORS);
    assertThat(detect(dir.resolve("Phoenix.MilNonState.actors.txt")))
        .isEqualTo(DictionaryKind.ACTORS);
    assertThat(detect(dir.resolve("PETR.Validate.actors.txt"))).isEqualTo(DictionaryKind.ACTORS);
    assertThat(detect(dir.resolve("Phoenix.agents.txt"))).isEqualTo(DictionaryKind.AGENTS);
    assertThat(detect(dir.resolve("PETR.Validate.agents.txt"))).isEqualTo(DictionaryKind.AGENTS);
    assertThat(detect(dir.resolve("Phoenix.discards.txt"))).isEqualTo(DictionaryKind.DISCARDS);
    assertThat(detect(dir.resolve("Phoenix.IssueCoding.txt"))).isEqualTo(DictionaryKind.ISSUES);
    assertThat(detect(dir.resolve("Phoenix.prepositions.txt")))
        .isEqualTo(DictionaryKind.PREPOSITIONS);
  }

  @Test
  void loadsThePhoenixSetWithFewUnreadableLines() throws IOException {
    Dictionaries d =
        Dictionaries.load(Dictionaries.phoenixSet(TestData.file("petrarch2-dictionaries")), true);
    assertThat(d.counts().get("verbPatterns")).isGreaterThan(4000);
    assertThat(d.counts().get("actorPhrases")).isGreaterThan(30_000);
    assertThat(d.problems()).hasSizeLessThan(20);
  }

  private static DictionaryKind detect(Path p) throws IOException {
    return DictionaryKind.detect(DictionaryText.read(p));
  }
}
