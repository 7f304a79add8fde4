package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.amity.app.web.SignalFixtures;
import org.amity.response.kb.KnowledgeBase;
import org.amity.response.timeline.EntryKind;
import org.amity.response.timeline.TimelineEntry;
import org.amity.response.timeline.Visibility;
import org.amity.store.duckdb.DuckDbStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTimelineTest {
  @TempDir Path dir;

  @Test
  void recordsOnlyEntriesMarkedSimulatedAndPrintsTheTimelineAndTheGap() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DuckDbStorage store = DuckDbStorage.open(dir.resolve("d.duckdb"))) {
      SignalFixtures.insert(store.eventStore().connection());
      var id =
          DemoTimeline.record(
              store,
              store.signals(),
              KnowledgeBase.standard(),
              new PrintStream(bytes, true, StandardCharsets.UTF_8));
      assertThat(id).isPresent();
      List<TimelineEntry> stored = store.timelines().all(Visibility.ADMIN);
      assertThat(stored).isNotEmpty();
      assertThat(stored)
          .allSatisfy(
              e -> {
                assertThat(e.origin()).isEqualTo("simulated");
                assertThat(e.what().text()).startsWith("[simulated]");
              });
      assertThat(stored).extracting(TimelineEntry::kind).contains(EntryKind.ACKNOWLEDGED);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("Response timeline of #").contains("Gap: 2 warnings");
  }
}
