package org.amity.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import org.amity.signal.AnalystRecords;
import org.junit.jupiter.api.Test;

/** What any {@link AnalystRecords} must do. */
public abstract class AnalystRecordsContract extends StorageContract {
  private static final AnalystRecords.Author ANA = new AnalystRecords.Author("ana", "127.0.0.1");

  @Test
  void acknowledgingAnAlertThatDoesNotExistFailsAndStoresNothing() {
    AnalystRecords r = storage.analystRecords();
    assertThatThrownBy(() -> r.acknowledge(42, "seen", ANA, LocalDateTime.now()))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("42");
    assertThat(r.acknowledgements(List.of(42L))).isEmpty();
  }

  @Test
  void aNoteOnASituationThatDoesNotExistFails() {
    AnalystRecords r = storage.analystRecords();
    AnalystRecords.NewNote note = new AnalystRecords.NewNote("note", "calm", null, null, null);
    assertThatThrownBy(() -> r.addNote(7, note, ANA, LocalDateTime.now()))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("7");
    assertThat(r.notes(7)).isEmpty();
  }

  @Test
  void noAlertsMeansNoAcknowledgements() {
    assertThat(storage.analystRecords().acknowledgements(List.of())).isEmpty();
  }
}
