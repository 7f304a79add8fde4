package org.amity.flink.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.amity.event.Event;
import org.amity.flink.source.ParsedLine;
import org.amity.flink.testing.PlaceholderEvents;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class FirstSeenTest {
  @Test
  void keepsTheFirstOfEachNumericIdAndDropsItsRepeats() throws Exception {
    List<String> kept = run(FirstSeen::keyOf, "gdelt/1", "gdelt/2", "gdelt/1", "icews/1");
    assertThat(kept).containsExactly("gdelt/1", "gdelt/2", "icews/1");
  }

  @Test
  void idsWhoseHashedKeysCollideAreStillToldApart() throws Exception {
    // every line forced onto one hashed key, as two ids whose hashes collide would be
    List<String> kept =
        run(line -> Long.MIN_VALUE, "acled/MMR1", "acled/MMR2", "acled/MMR1", "gdelt/0042");
    assertThat(kept).containsExactly("acled/MMR1", "acled/MMR2", "gdelt/0042");
  }

  @Test
  void aRestoredSnapshotStillKnowsEveryId() throws Exception {
    var harness = harness(FirstSeen::keyOf);
    harness.open();
    harness.processElement(line("gdelt/7"), 0);
    harness.processElement(line("acled/X7"), 0);
    var snapshot = harness.snapshot(1, 1);
    harness.close();

    var restored = harness(FirstSeen::keyOf);
    restored.initializeState(snapshot);
    restored.open();
    restored.processElement(line("gdelt/7"), 0);
    restored.processElement(line("acled/X7"), 0);
    restored.processElement(line("gdelt/8"), 0);
    assertThat(ids(restored)).containsExactly("gdelt/8");
    restored.close();
  }

  private static List<String> run(
      org.apache.flink.api.java.functions.KeySelector<ParsedLine, Long> key, String... lines)
      throws Exception {
    var harness = harness(key);
    harness.open();
    for (String l : lines) {
      harness.processElement(line(l), 0);
    }
    List<String> kept = ids(harness);
    harness.close();
    return kept;
  }

  private static KeyedOneInputStreamOperatorTestHarness<Long, ParsedLine, ParsedLine> harness(
      org.apache.flink.api.java.functions.KeySelector<ParsedLine, Long> key) throws Exception {
    return new KeyedOneInputStreamOperatorTestHarness<>(
        new KeyedProcessOperator<>(new FirstSeen()), key, Types.LONG);
  }

  private static List<String> ids(
      KeyedOneInputStreamOperatorTestHarness<Long, ParsedLine, ParsedLine> harness) {
    return harness.extractOutputValues().stream()
        .map(p -> p.event().dataset() + "/" + p.event().nativeId())
        .toList();
  }

  private static ParsedLine line(String datasetAndId) {
    String[] parts = datasetAndId.split("/");
    Event e = PlaceholderEvents.of(parts[0], parts[1], LocalDate.of(2016, 10, 13), null);
    return ParsedLine.event(e, 1, 1);
  }
}
