package org.amity.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amity.event.Event;
import org.amity.ingest.FileScan;
import org.amity.ingest.Format;
import org.amity.store.EventQuery;
import org.amity.store.EventStore;
import org.amity.store.IngestRecords;
import org.amity.store.IngestResult;
import org.amity.testing.GdeltLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What any {@link EventStore} must do with one small file (four events over four days, one bad
 * line), and what {@link IngestRecords} must then say about it.
 */
public abstract class EventStoreContract extends StorageContract {
  @TempDir Path dir;

  private IngestResult ingest() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      lines.add(GdeltLines.v2().id(i).set(1, "2024030" + i).toString());
    }
    lines.add("not\tan\tevent");
    Path file = dir.resolve("four.export.CSV");
    if (!Files.exists(file)) {
      Files.write(file, lines, StandardCharsets.UTF_8);
    }
    try (FileScan scan = FileScan.open(file, "four.export.CSV", Format.GDELT2, null)) {
      return storage.events().ingest(scan, null);
    }
  }

  @Test
  void storesTheGoodLinesCountsTheBadOneAndAddsNothingTwice() throws IOException {
    IngestResult first = ingest();
    assertThat(first.done()).isTrue();
    assertThat(first.accepted()).isEqualTo(4);
    assertThat(first.rejected()).isEqualTo(1);
    IngestResult again = ingest();
    assertThat(again.accepted()).isZero();
    assertThat(again.duplicates()).isEqualTo(4);
    assertThat(storage.events().stats().events()).isEqualTo(4);
    assertThat(storage.events().lastEventDate()).contains(LocalDate.of(2024, 3, 4));
  }

  @Test
  void readsEventsOldestFirstOrNewestFirstAPageAtATime() throws IOException {
    ingest();
    List<Event> oldest = new ArrayList<>();
    long n = storage.events().forEachEvent(EventQuery.all(), oldest::add);
    assertThat(n).isEqualTo(4);
    assertThat(oldest.get(0).eventDate()).isEqualTo(LocalDate.of(2024, 3, 1));
    List<Event> page =
        storage.events().newestFirst(new EventQuery("PHL", null, null, "gdelt", 2, 1));
    assertThat(page)
        .extracting(Event::eventDate)
        .containsExactly(LocalDate.of(2024, 3, 3), LocalDate.of(2024, 3, 2));
    assertThat(storage.events().newestFirst(new EventQuery("THA", null, null, null, 10, 0)))
        .isEmpty();
  }

  @Test
  void theIngestRecordsTellWhatCameInAndWhatWasRefused() throws IOException {
    ingest();
    IngestRecords r = storage.ingestRecords();
    assertThat(r.ingestLog(10, 0))
        .singleElement()
        .satisfies(e -> assertThat(e.accepted()).isEqualTo(4));
    List<IngestRecords.StoredReject> rejects =
        r.rejects(new IngestRecords.RejectQuery(null, "four.export.CSV", 10, 0));
    assertThat(rejects).singleElement().satisfies(x -> assertThat(x.line()).isEqualTo(5));
    assertThat(r.rejectReasons(10))
        .singleElement()
        .satisfies(x -> assertThat(x.lines()).isEqualTo(1));
    assertThat(
            r.rejects(
                new IngestRecords.RejectQuery(r.rejectReasons(10).get(0).reason(), null, 10, 0)))
        .hasSize(1);
    assertThat(storage.events().rejects(10)).hasSize(1);
  }

  private Path file(String name, long... ids) throws IOException {
    List<String> lines = new ArrayList<>();
    for (long id : ids) {
      lines.add(id < 0 ? "not\tan\tevent" : GdeltLines.v2().id(id).set(1, "20240301").toString());
    }
    Path file = dir.resolve(name);
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  private java.util.Optional<IngestResult> stage(EventStore.Batch batch, Path file)
      throws IOException {
    try (FileScan scan = FileScan.open(file, file.getFileName().toString(), Format.GDELT2, null)) {
      return batch.stage(scan);
    }
  }

  @Test
  void aBatchCountsEachFileAsIfItCameAloneTheFirstFileKeepingASharedId() throws IOException {
    Path a = file("a.export.CSV", 1, 2, 3, 4, -1);
    Path b = file("b.export.CSV", 3, 4, 5, 5, 6);
    List<IngestResult> results;
    try (EventStore.Batch batch = storage.events().batch(null)) {
      assertThat(stage(batch, a)).isEmpty();
      assertThat(stage(batch, b)).isEmpty();
      assertThat(batch.stagedFiles()).isEqualTo(2);
      assertThat(batch.stagedEvents()).isEqualTo(9);
      results = batch.commit();
      assertThat(batch.stagedFiles()).isZero();
    }
    assertThat(results)
        .extracting(IngestResult::file)
        .containsExactly("a.export.CSV", "b.export.CSV");
    IngestResult first = results.get(0);
    IngestResult second = results.get(1);
    assertThat(first.accepted()).isEqualTo(4);
    assertThat(first.rejected()).isEqualTo(1);
    assertThat(second.accepted()).isEqualTo(2);
    assertThat(second.duplicates()).isEqualTo(3);
    for (IngestResult r : results) {
      assertThat(r.lines()).isEqualTo(r.accepted() + r.rejected() + r.duplicates() + r.filtered());
    }
    assertThat(storage.events().stats().events()).isEqualTo(6);
    assertThat(storage.ingestRecords().ingestLog(10, 0)).hasSize(2);
  }

  @Test
  void aBatchFindsRowsStoredEarlierWhateverTheirIds() throws IOException {
    try (EventStore.Batch batch = storage.events().batch(null)) {
      stage(batch, file("low.export.CSV", 7, 900));
      batch.commit();
      stage(batch, file("again.export.CSV", 900, 7, 10_000));
      IngestResult again = batch.commit().get(0);
      assertThat(again.accepted()).isEqualTo(1);
      assertThat(again.duplicates()).isEqualTo(2);
    }
    assertThat(storage.events().stats().events()).isEqualTo(3);
  }

  @Test
  void aFileThatFailsWhileReadLeavesNothingAndTheOthersAreStored() throws IOException {
    Path good = file("good.export.CSV", 1, 2);
    Path whole = file("cut.export.CSV", 11, 12, 13, 14, 15, 16, 17, 18);
    Path cut = dir.resolve("cut.export.CSV.gz");
    java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(zipped)) {
      z.write(Files.readAllBytes(whole));
    }
    byte[] bytes = zipped.toByteArray();
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 12));
    Path last = file("last.export.CSV", 21);
    List<IngestResult> results;
    try (EventStore.Batch batch = storage.events().batch(null)) {
      assertThat(stage(batch, good)).isEmpty();
      IngestResult failed = stage(batch, cut).orElseThrow();
      assertThat(failed.done()).isFalse();
      assertThat(failed.message()).contains("nothing of this file was stored");
      assertThat(stage(batch, last)).isEmpty();
      results = batch.commit();
    }
    assertThat(results).extracting(IngestResult::accepted).containsExactly(2L, 1L);
    assertThat(storage.events().stats().events()).isEqualTo(3);
    assertThat(storage.ingestRecords().ingestLog(10, 0))
        .extracting(org.amity.store.IngestLogEntry::status)
        .containsExactlyInAnyOrder("done", "failed", "done");
  }

  @Test
  void aBatchClosedUncommittedStoresNothing() throws IOException {
    try (EventStore.Batch batch = storage.events().batch(null)) {
      stage(batch, file("dropped.export.CSV", 1, 2, 3));
    }
    assertThat(storage.events().stats().events()).isZero();
    assertThat(storage.ingestRecords().ingestLog(10, 0)).isEmpty();
  }

  @Test
  void identicalFilesInOneBatchKeepTheirRejectsOnce() throws IOException {
    Path one = file("one.export.CSV", 1, -1);
    Path two = dir.resolve("two.export.CSV");
    Files.copy(one, two);
    try (EventStore.Batch batch = storage.events().batch(null)) {
      stage(batch, one);
      stage(batch, two);
      List<IngestResult> r = batch.commit();
      assertThat(r).extracting(IngestResult::rejected).containsExactly(1L, 1L);
      assertThat(r.get(1).duplicates()).isEqualTo(1);
    }
    assertThat(storage.events().rejects(10)).hasSize(1);
  }
}
