package org.amity.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowSamplerTest {
  @TempDir Path dir;

  private static String row(String id, String tag) {
    List<String> c = new ArrayList<>();
    c.add(id);
    for (int i = 1; i < 61; i++) {
      c.add(tag + i);
    }
    return String.join("\t", c);
  }

  private Path seed() throws IOException {
    Path seed = dir.resolve("seed.CSV");
    Files.write(
        seed,
        List.of(row("7", "a"), "too\tfew\tcolumns", row("8", "b") + "\textra", row("9", "c")),
        StandardCharsets.UTF_8);
    return seed;
  }

  @Test
  void drawsOnlyWholeRowsAndGivesEachAFreshIdGoingOnAcrossFiles() throws IOException {
    RowSampler sampler = RowSampler.of(seed(), 42, 100);
    sampler.write(dir.resolve("one"), 5, null);
    sampler.write(dir.resolve("two"), 3, null);
    List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("one")));
    lines.addAll(Files.readAllLines(dir.resolve("two")));
    assertThat(lines).hasSize(8);
    for (int i = 0; i < lines.size(); i++) {
      String[] c = lines.get(i).split("\t", -1);
      assertThat(c).hasSize(61);
      assertThat(c[0]).isEqualTo(Long.toString(100 + i));
      assertThat(c[1]).isIn("a1", "c1");
      assertThat(c[60]).isEqualTo(c[1].charAt(0) + "60");
    }
  }

  @Test
  void setsTheDateAddedOfEveryRowWhenGivenOne() throws IOException {
    RowSampler.of(seed(), 1, 1).write(dir.resolve("f"), 4, "20170101001500");
    for (String l : Files.readAllLines(dir.resolve("f"))) {
      String[] c = l.split("\t", -1);
      assertThat(c).hasSize(61);
      assertThat(c[59]).isEqualTo("20170101001500");
      assertThat(c[58]).isEqualTo(c[1].charAt(0) + "58");
      assertThat(c[60]).isEqualTo(c[1].charAt(0) + "60");
    }
  }

  @Test
  void refusesASeedWithoutGdeltTwoRows() throws IOException {
    Path seed = Files.writeString(dir.resolve("bad.CSV"), "a\tb\n");
    assertThatThrownBy(() -> RowSampler.of(seed, 1, 1))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no GDELT 2.0 rows");
  }
}
