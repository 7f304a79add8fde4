package org.amity.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.amity.coding.dict.Dictionaries;
import org.amity.event.CameoCodebook;
import org.amity.event.CountryTable;
import org.amity.ingest.Reject;
import org.amity.pipeline.IngestPipeline;
import org.amity.store.IngestResult;
import org.amity.store.duckdb.DuckDbEventStore;
import org.amity.store.duckdb.DuckDbStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextIngestTest {
  @TempDir Path dir;

  /** Opens story files with the coder, keeping each source opened in {@code opened}. */
  private static IngestPipeline.Opener opener(
      ParallelCoder parallel, EventRecords records, List<TextStorySource> opened) {
    return new IngestPipeline.Opener() {
      @Override
      public String dataset() {
        return EventRecords.DATASET;
      }

      @Override
      public org.amity.ingest.EventSource open(
          Path f, String name, java.util.function.Predicate<org.amity.event.Event> filter)
          throws IOException {
        TextStorySource s = new TextStorySource(f, name, filter, parallel, records);
        opened.add(s);
        return s;
      }
    };
  }

  @Test
  void storesCodedEventsAndTheirSentencesAndRejectsBadLines() throws IOException, SQLException {
    EventCoder coder = new EventCoder(FictionalDictionaries.load(dir));
    Path file = dir.resolve("stories.jsonl");
    Files.writeString(
        file,
        String.join(
            "\n",
            "{\"id\":\"a\",\"date\":\"2024-02-01\",\"source\":\"Wire\",\"text\":\"Valdoria condemned"
                + " Merval. Merval met nobody.\"}",
            "{bad json",
            "",
            "{\"id\":\"b\",\"text\":\"Merval accused Valdoria.\"}",
            "{\"id\":\"c\",\"date\":\"2024-02-02\",\"url\":\"http://c\",\"text\":\"Merval accused"
                + " Valdoria.\"}"));
    EventRecords records = new EventRecords(CameoCodebook.standard(), CountryTable.standard());
    List<TextStorySource> opened = new ArrayList<>();
    try (ParallelCoder parallel = new ParallelCoder(coder, 2);
        DuckDbEventStore store = DuckDbEventStore.open(null)) {
      IngestPipeline.Opener opener = opener(parallel, records, opened);
      IngestResult r = new IngestPipeline(store, null, null).ingest(file, opener);
      assertThat(r.done()).isTrue();
      assertThat(r.accepted()).isEqualTo(2);
      assertThat(r.rejected()).isEqualTo(2);
      assertThat(store.rejects(10))
          .extracting(Reject::line, Reject::reason)
          .anySatisfy(
              t ->
                  assertThat(t.toList())
                      .containsExactly(
                          2L,
                          "not JSON: Unexpected character ('b' (code 98)): was expecting double-quote to start field name"))
          .anySatisfy(t -> assertThat(t.toList().get(0)).isEqualTo(4L));
      assertThat(DuckDbStorage.over(store).codedSentences().add(opened.get(0).sentences()))
          .isEqualTo(2);
      try (Statement s = store.connection().createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT e.src_code, e.tgt_code, e.event_code, c.sentence, c.news_source"
                      + " FROM events e JOIN coded_sentences c USING (dataset, native_id)"
                      + " ORDER BY e.native_id")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("VAL");
        assertThat(rs.getString(3)).isEqualTo("122");
        assertThat(rs.getString(4)).isEqualTo("Valdoria condemned Merval.");
        assertThat(rs.getString(5)).isEqualTo("Wire");
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(3)).isEqualTo("112");
      }
    }
  }

  @Test
  void countsEachStoryOnceWhateverItsEventCountAndRejectsAStoryWithNoEvent() throws IOException {
    EventCoder coder = new EventCoder(FictionalDictionaries.load(dir));
    Path file = dir.resolve("many.jsonl");
    Files.writeString(
        file,
        String.join(
            "\n",
            "{\"id\":\"two\",\"date\":\"2024-02-01\",\"text\":\"Valdoria condemned Merval."
                + " Merval accused Valdoria.\"}",
            "{\"id\":\"none\",\"date\":\"2024-02-01\",\"text\":\"The weather was mild.\"}",
            "{\"id\":\"one\",\"date\":\"2024-02-02\",\"text\":\"Merval accused Valdoria.\"}"));
    EventRecords records = new EventRecords(CameoCodebook.standard(), CountryTable.standard());
    try (ParallelCoder parallel = new ParallelCoder(coder, 2);
        DuckDbEventStore store = DuckDbEventStore.open(null)) {
      IngestPipeline.Opener opener = opener(parallel, records, new ArrayList<>());
      IngestResult r = new IngestPipeline(store, null, null).ingest(file, opener);
      assertThat(r.lines()).isEqualTo(3);
      assertThat(r.accepted()).isEqualTo(2);
      assertThat(r.rejected()).isEqualTo(1);
      assertThat(r.events()).isEqualTo(3);
      assertThat(store.stats().events()).isEqualTo(3);
      assertThat(store.rejects(10))
          .singleElement()
          .satisfies(
              j -> {
                assertThat(j.line()).isEqualTo(2);
                assertThat(j.reason()).startsWith("no event coded in the story");
              });

      IngestResult again = new IngestPipeline(store, null, null).ingest(file, opener);
      assertThat(again.lines())
          .isEqualTo(again.accepted() + again.rejected() + again.duplicates() + again.filtered());
      assertThat(again.duplicates()).isEqualTo(2);
      assertThat(again.events()).isZero();

      IngestResult regional =
          new IngestPipeline(
                  store, org.amity.ingest.RegionFilter.parse("IDN", CountryTable.standard()), null)
              .ingest(file, opener);
      assertThat(regional.filtered()).isEqualTo(2);

      // the batched path (a folder or several files) keeps the same books
      try (DuckDbEventStore other = DuckDbEventStore.open(null)) {
        IngestResult batched =
            new IngestPipeline(other, null, null).run(List.of(file), opener).get(0);
        assertThat(batched.lines()).isEqualTo(3);
        assertThat(batched.accepted()).isEqualTo(2);
        assertThat(batched.rejected()).isEqualTo(1);
        assertThat(batched.events()).isEqualTo(3);
        assertThat(other.stats().events()).isEqualTo(3);
      }
      assertThat(regional.lines())
          .isEqualTo(
              regional.accepted()
                  + regional.rejected()
                  + regional.duplicates()
                  + regional.filtered());
    }
  }

  @Test
  void storesEachEventsClassAndItsSentencesClassAndReadsThemBack() throws IOException {
    Dictionaries dict = FictionalDictionaries.load(dir);
    EventCoder plain = new EventCoder(dict);
    SentenceClassifier everyoneCondemns =
        new SentenceClassifier() {
          @Override
          public FiveWay classify(
              org.amity.coding.nlp.TaggedSentence sentence, List<CodedEvent> events) {
            return FiveWay.VERBAL_CONFLICT;
          }

          @Override
          public String model() {
            return "a fixed class, for this test";
          }

          @Override
          public String kind() {
            return "fixed";
          }
        };
    Path file = dir.resolve("classes.jsonl");
    Files.writeString(
        file,
        "{\"id\":\"k\",\"date\":\"2024-02-01\",\"text\":\"The weather was mild. Valdoria"
            + " attacked Merval.\"}\n");
    EventRecords records = new EventRecords(CameoCodebook.standard(), CountryTable.standard());
    List<TextStorySource> opened = new ArrayList<>();
    try (ParallelCoder parallel = new ParallelCoder(plain.withClasses(everyoneCondemns), 1);
        DuckDbEventStore store = DuckDbEventStore.open(null)) {
      new IngestPipeline(store, null, null).ingest(file, opener(parallel, records, opened));
      TextStorySource src = opened.get(0);
      assertThat(src.sentencesRead()).isEqualTo(2);
      assertThat(src.sentenceClasses()).containsEntry("verbal conflict", 2L);
      var storage = DuckDbStorage.over(store);
      assertThat(storage.codedSentences().add(src.sentences())).isEqualTo(1);
      assertThat(storage.codedSentences().ofStory("k"))
          .singleElement()
          .satisfies(
              row -> {
                assertThat(row.sentence()).isEqualTo(2);
                assertThat(row.eventClass()).isEqualTo(FiveWay.MATERIAL_CONFLICT);
                assertThat(row.sentenceClass()).isEqualTo(FiveWay.VERBAL_CONFLICT);
                assertThat(row.classModel()).isEqualTo("fixed");
              });
      assertThat(storage.codedSentences().ofStory("no-such-story")).isEmpty();
    }
  }
}
