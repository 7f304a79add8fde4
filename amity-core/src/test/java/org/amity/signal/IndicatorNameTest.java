package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Readers see what an indicator measures in words: every indicator the shipped detectors raise
 * alerts on (specs and pooled lenses) carries a label, an unlabelled one (a custom settings file's)
 * keeps its name, and an empty label is refused with its key.
 */
class IndicatorNameTest {
  @Test
  void everyShippedIndicatorHasWordsOfItsOwn() {
    DetectorConfig standard = DetectorConfig.standard();
    assertThat(standard.indicators()).hasSizeGreaterThan(15);
    for (String indicator : standard.indicators()) {
      assertThat(standard.labelled(indicator)).as(indicator + " has a label").isTrue();
      assertThat(IndicatorName.of(indicator)).isNotEqualTo(indicator).doesNotContain("_");
    }
    assertThat(IndicatorName.of("sea_dyad_7d"))
        .contains("Attacks at sea")
        .contains("coastal states")
        .contains("seven days");
  }

  @Test
  void anUnlabelledIndicatorKeepsItsNameAndAnEmptyLabelIsRefused() throws Exception {
    String shipped;
    try (var in = DetectorConfig.class.getResourceAsStream(DetectorConfig.DEFAULT)) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String unlabelled = shipped.replaceAll("(?m)^spec\\.conflict_7d\\.label = .*$", "");
    DetectorConfig custom = DetectorConfig.parse(unlabelled, "custom");
    assertThat(custom.words("conflict_7d")).isEqualTo("conflict_7d");
    assertThat(custom.words("no_such_indicator")).isEqualTo("no_such_indicator");
    assertThatThrownBy(
            () ->
                DetectorConfig.parse(
                    shipped.replaceAll(
                        "(?m)^pool\\.sea_dyad_7d\\.label = .*$", "pool.sea_dyad_7d.label = "),
                    "t"))
        .hasMessageContaining("pool.sea_dyad_7d.label");
  }
}
