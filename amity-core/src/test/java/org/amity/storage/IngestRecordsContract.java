package org.amity.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.amity.store.IngestRecords;
import org.junit.jupiter.api.Test;

/** What any {@link IngestRecords} and the event store's totals must say of an empty store. */
public abstract class IngestRecordsContract extends StorageContract {

  @Test
  void anEmptyStoreHasNoLogRejectsOrEvents() {
    IngestRecords r = storage.ingestRecords();
    assertThat(r.ingestLog(10, 0)).isEmpty();
    assertThat(r.rejects(new IngestRecords.RejectQuery(null, null, 10, 0))).isEmpty();
    assertThat(r.rejectReasons(10)).isEmpty();
    assertThat(storage.events().stats().events()).isZero();
    assertThat(storage.events().lastEventDate()).isEmpty();
    assertThat(storage.events().newestFirst(org.amity.store.EventQuery.all())).isEmpty();
  }

  @Test
  void aSharedViewReadsTheSameStore() {
    try (Storage shared = storage.shared(2)) {
      assertThat(shared.events().stats()).isEqualTo(storage.events().stats());
      assertThat(shared.answers()).isTrue();
      assertThat(shared.fingerprint()).isEqualTo(storage.fingerprint());
    }
    assertThat(storage.answers()).isTrue();
  }
}
