package org.amity.coding.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.amity.coding.EventCoder;
import org.amity.coding.dict.Dictionaries;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PloverTest {
  @TempDir Path dir;

  @Test
  void fallsBackToTheBaseAndRootCode() throws IOException {
    Path t = dir.resolve("t.txt");
    Files.writeString(t, "# comment\n19: ASSAULT\n190: ASSAULT, , military # force\n10: REQUEST\n");
    PloverTable table = PloverTable.read(t);
    assertThat(table.event("1951")).isEqualTo("ASSAULT");
    assertThat(table.event("104")).isEqualTo("REQUEST");
    assertThat(table.event("042")).isNull();
  }

  @Test
  void scoresThePloverGoldRecords() throws IOException {
    Path gold = TestData.file("plover/PLOVER_GSR_CAMEO.shared.json");
    PloverTable table = PloverTable.read(TestData.file("plover/CAMEO2PLOVER-2021.txt"));
    assertThat(table.size()).isGreaterThan(250);
    EventCoder coder =
        new EventCoder(
            Dictionaries.load(
                Dictionaries.phoenixSet(TestData.file("petrarch2-dictionaries")), true));
    PloverEvaluation.Report r = new PloverEvaluation(coder, table).run(gold);
    assertThat(r.records()).isEqualTo(220);
    assertThat(r.eventRate()).isGreaterThanOrEqualTo(0.3);
    assertThat(r.countryLevel()).isBetween(r.exact(), r.eventMatches());
  }
}
