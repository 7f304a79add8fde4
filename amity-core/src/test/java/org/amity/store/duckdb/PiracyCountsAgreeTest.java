package org.amity.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.amity.event.SeaArea;
import org.amity.forecast.piracy.IncidentCounts;
import org.amity.forecast.piracy.StoreIncidentCounts;
import org.amity.ingest.EventSource;
import org.amity.ingest.maritime.PiracyFiles;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * The piracy forecast counts the IMB file's incidents the same way whether it reads the shared file
 * itself or the events the piracy reader stored: a record repeated field for field is one incident
 * on both paths.
 */
class PiracyCountsAgreeTest {
  @Test
  void theFileAndTheStoreGiveTheSameImbIncidentsPerAreaAndMonth() throws Exception {
    Path dir = TestData.file("piracy");
    Path imb = dir.resolve(IncidentCounts.Source.IMB.file());
    IncidentCounts file = IncidentCounts.read(dir, IncidentCounts.Source.IMB);
    // six copies of one unnamed hijacking off Sabah (2001-06-14), four of one in the Malacca
    // Straits (2002-04-17), and ten more pairs
    assertThat(file.repeated()).hasSize(20);
    try (DuckDbStorage storage = DuckDbStorage.open(null)) {
      try (EventSource s = PiracyFiles.open(imb, imb.getFileName().toString(), null)) {
        storage.eventStore().ingest(s, null);
      }
      IncidentCounts stored = StoreIncidentCounts.read(storage.piracyMonths(), "imb");
      assertThat(stored.firstMonth()).isEqualTo(file.firstMonth());
      assertThat(stored.lastMonth()).isEqualTo(file.lastMonth());
      for (SeaArea a : SeaArea.values()) {
        for (int m = file.firstMonth(); m <= file.lastMonth(); m++) {
          assertThat(stored.count(a, m)).as("%s month %d", a, m).isEqualTo(file.count(a, m));
        }
      }
      assertThat(stored.outside()).isEqualTo(file.outside());
      assertThat(stored.total(SeaArea.SULU_CELEBES)).isPositive();
    }
  }
}
