package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text output prints numbers the same under every default locale: a decimal point and commas
 * between thousands, even where the default locale writes "0,864" and "1.200" (German, French), so
 * scripts reading it and two users' reports agree. The test JVM runs in C.UTF-8, so each test sets
 * a German default itself and puts the old one back.
 */
class LocaleIndependentOutputTest {
  @TempDir Path dir;

  private Locale before;

  @BeforeEach
  void useAGermanDefaultLocale() {
    before = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    assertThat(String.format("%.3f", 0.864)).as("the JVM formats in German now").isEqualTo("0,864");
  }

  @AfterEach
  void restoreTheDefaultLocale() {
    Locale.setDefault(before);
  }

  @Test
  void recommendationScoresPrintWithADecimalPoint() throws Exception {
    Path f = Files.writeString(dir.resolve("s.json"), RecommendCommandTest.SITUATION);
    Cli.Run run = Cli.run("recommend", "--input", f.toString(), "--top", "3");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("score \\d\\.\\d{3}").containsPattern("fit \\d\\.\\d{2}");
    assertThat(run.out()).doesNotContainPattern("(score|fit) \\d,\\d");
  }

  @Test
  void storedEventCountsPrintWithCommasBetweenThousands() throws Exception {
    String db = dir.resolve("amity.duckdb").toString();
    Path file = OpeningNoticeTest.gdelt(dir, 1_200);
    Cli.Run ingest = Cli.run("ingest", "gdelt", "--db", db, file.toString());
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    assertThat(ingest.err())
        .contains("1,200 records: 1,200 accepted")
        .containsPattern("\\(\\d+\\.\\d s\\)");

    Cli.Run stats = Cli.run("stats", "--db", db);
    assertThat(stats.out()).startsWith("1,200 events in ");
  }
}
