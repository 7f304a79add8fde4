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
import org.amity.store.EventCursor;
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

  @Test
  void pagesByOffsetAndByCursorGiveTheSameEventsAsOneOrderedRead() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 47; i++) {
      // uneven days: 1 to 9 events a day, ids not in date order
      int day = 1 + (i * 7) % 9 + (i % 3 == 0 ? 0 : i % 5);
      lines.add(GdeltLines.v2().id(1000 - i).set(1, String.format("202403%02d", day)).toString());
    }
    Path file = dir.resolve("many.export.CSV");
    Files.write(file, lines, StandardCharsets.UTF_8);
    try (FileScan scan = FileScan.open(file, "many.export.CSV", Format.GDELT2, null)) {
      assertThat(storage.events().ingest(scan, null).accepted()).isEqualTo(47);
    }
    try (Storage shared = storage.shared(2)) {
      for (EventStore events : List.of(storage.events(), shared.events())) {
        pagesAgree(events);
      }
    }
  }

  private static void pagesAgree(EventStore events) {
    {
      List<Event> all = events.newestFirst(EventQuery.all());
      List<Event> oldest = new ArrayList<>();
      events.forEachEvent(EventQuery.all(), oldest::add);
      // within a day both orders go by dataset and id
      assertThat(oldest).containsExactlyInAnyOrderElementsOf(all);
      assertThat(oldest.get(0).eventDate()).isEqualTo(all.get(all.size() - 1).eventDate());
      for (int limit : new int[] {1, 5, 10}) {
        List<Event> byCursor = new ArrayList<>();
        EventQuery q = new EventQuery(null, null, null, null, limit, 0);
        for (int offset = 0; offset < all.size() + limit; offset += limit) {
          List<Event> page =
              events.newestFirst(new EventQuery(null, null, null, null, limit, offset));
          assertThat(page)
              .containsExactlyElementsOf(
                  all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size())));
          List<Event> next = events.newestFirst(q);
          byCursor.addAll(next);
          if (!next.isEmpty()) {
            q = q.after(EventCursor.after(next.get(next.size() - 1)));
          }
        }
        assertThat(byCursor).containsExactlyElementsOf(all);
        List<Event> oldestPage = new ArrayList<>();
        events.forEachEvent(
            new EventQuery(null, null, null, null, limit, 3)
                .after(EventCursor.after(oldest.get(4))),
            oldestPage::add);
        assertThat(oldestPage)
            .containsExactlyElementsOf(oldest.subList(8, Math.min(8 + limit, oldest.size())));
      }
      assertThat(events.newestFirst(new EventQuery(null, null, null, null, 5, 47))).isEmpty();
      assertThat(EventCursor.parse(EventCursor.after(all.get(3)).token()))
          .isEqualTo(EventCursor.after(all.get(3)));
    }
  }
}
