package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.amity.signal.daily.SeriesRollup;
import org.junit.jupiter.api.Test;

/** {@code amity series --help} names every indicator the derived series hold, from their list. */
class SeriesCommandHelpTest {
  @Test
  void theHelpListsEveryDerivedIndicatorAndTheDetectorsNames() {
    Cli.Run help = Cli.run("series", "--help");
    assertThat(help.exit()).isZero();
    String text = help.out().replaceAll("\\s+", " ");
    assertThat(SeriesRollup.INDICATORS).contains("rebel_mc_incidents", "conflict_per_1k_world");
    for (String name : SeriesRollup.INDICATORS) {
      assertThat(text).as(name).containsPattern("\\b" + name + "\\b");
    }
    assertThat(text).contains("or a detector's name (default events)");
  }
}
