package org.amity.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import org.amity.coding.EventCoder;
import org.amity.coding.EventRecords;
import org.amity.coding.FictionalDictionaries;
import org.amity.coding.ParallelCoder;
import org.amity.coding.TextStorySource;
import org.amity.event.CameoCodebook;
import org.amity.event.CountryTable;
import org.amity.ingest.RegionFilter;
import org.amity.ingest.series.DyadMonthReader;
import org.amity.ingest.series.SeriesFile;
import org.amity.pipeline.IngestPipeline;
import org.amity.store.IngestResult;
import org.amity.store.duckdb.DuckDbEventStore;
import org.amity.testing.PropertySeed;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The aggregate-series reader and the news-story reader under the same damage as the event readers.
 * The series reader is not an event source: its books are {@code lines = accepted + rejected}, and
 * a file it cannot read at all fails with an IOException and a message. The stories are seeded from
 * real text: the notes of the shared ACLED sample, one JSON story a line, coded with Amity's small
 * fictional dictionaries.
 */
@AddLifecycleHook(NeedsTestData.class)
class SeriesAndTextFuzzTest {
  private static final int TRIES = 50;
  private static Path dir;
  private static int fileNumber;
  private static final List<byte[]> SERIES = new ArrayList<>();
  private static final List<byte[]> STORIES = new ArrayList<>();
  private static ParallelCoder coder;
  private static DuckDbEventStore store;

  @Provide
  Arbitrary<List<Mutation>> damage() {
    return Mutation.lists();
  }

  private static synchronized Path dir() throws IOException {
    if (dir == null) {
      dir = Files.createTempDirectory("amity-fuzz-text");
    }
    return dir;
  }

  @AfterContainer
  static void close() throws IOException {
    if (coder != null) {
      coder.close();
      coder = null;
    }
    if (store != null) {
      store.close();
      store = null;
    }
    if (dir != null) {
      try (var files = Files.walk(dir)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
      dir = null;
    }
  }

  @Property(tries = TRIES, seed = PropertySeed.VALUE)
  void series(@ForAll("damage") List<Mutation> d) throws IOException {
    synchronized (SERIES) {
      if (SERIES.isEmpty()) {
        SERIES.addAll(Seeds.head("icews-scs-dyad-month/icews_scs_dyad_month_1991-2012.csv", 30));
      }
    }
    List<byte[]> lines = SERIES;
    for (Mutation m : d) {
      lines = m.apply(lines, (byte) ',');
    }
    Path file = Seeds.write(dir().resolve("s" + (++fileNumber) + ".csv"), lines, "\n");
    try {
      SeriesFile s = new DyadMonthReader(CountryTable.standard()).read(file, "s.csv");
      assertThat(s.lines()).isEqualTo(s.accepted() + s.rejects().count());
      s.rejects().close();
    } catch (IOException e) {
      assertThat(e.getMessage()).isNotBlank();
    } finally {
      Files.delete(file);
    }
  }

  @Property(tries = TRIES, seed = PropertySeed.VALUE)
  void textStories(@ForAll("damage") List<Mutation> d, @ForAll boolean regional)
      throws IOException {
    List<byte[]> lines = stories();
    for (Mutation m : d) {
      lines = m.apply(lines, (byte) ',');
    }
    Path file = Seeds.write(dir().resolve("t" + (++fileNumber) + ".jsonl"), lines, "\n");
    EventRecords records = new EventRecords(CameoCodebook.standard(), CountryTable.standard());
    List<TextStorySource> opened = new ArrayList<>();
    IngestPipeline.Opener opener =
        ReaderFuzzTest.opener(
            EventRecords.DATASET,
            (f, n, filter) -> {
              TextStorySource src = new TextStorySource(f, n, filter, coder, records);
              opened.add(src);
              return src;
            });
    long before = store.stats().events();
    RegionFilter region = regional ? RegionFilter.parse("IDN", CountryTable.standard()) : null;
    IngestResult r = new IngestPipeline(store, region, null).ingest(file, opener);
    if (r.done()) {
      // a story is one line that gives any number of events: each story line is counted once,
      // by outcome (a story with no event is a reject with its reason), its events apart
      TextStorySource src = opened.get(0);
      assertThat(r.lines()).isEqualTo(r.accepted() + r.rejected() + r.duplicates() + r.filtered());
      assertThat(r.lines() + src.skipped()).isEqualTo(src.lines());
      assertThat(r.events()).isLessThanOrEqualTo(src.emitted());
      assertThat(r.events()).isGreaterThanOrEqualTo(r.accepted());
      assertThat(store.stats().events() - before).isEqualTo(r.events());
    } else {
      assertThat(r.message()).isNotBlank();
      assertThat(store.stats().events()).isEqualTo(before);
    }
    Files.delete(file);
  }

  /** Stories made of the first ACLED notes, some with sentences the fictional dictionaries code. */
  private static synchronized List<byte[]> stories() throws IOException {
    if (STORIES.isEmpty()) {
      StringBuilder csv = new StringBuilder();
      for (byte[] l : Seeds.head("acled/acled_indonesia_2019-2020.csv", 20)) {
        csv.append(new String(l, StandardCharsets.UTF_8)).append('\n');
      }
      ObjectMapper json = new ObjectMapper();
      int n = 0;
      for (CSVRecord rec :
          CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv.toString()))) {
        Map<String, String> story = new LinkedHashMap<>();
        story.put("id", "s" + n++);
        story.put("date", "2020-11-0" + (1 + n % 9));
        story.put("source", rec.get("source"));
        // every third story codes once, every fifth twice (one line, several events)
        story.put(
            "text",
            rec.get("notes")
                + (n % 3 == 0 ? " Valdoria condemned Merval." : "")
                + (n % 5 == 0 ? " Valdoria condemned Merval. Merval accused Valdoria." : ""));
        STORIES.add(json.writeValueAsBytes(story));
      }
      EventCoder c = new EventCoder(FictionalDictionaries.load(dir()));
      coder = new ParallelCoder(c, 1);
      store = DuckDbEventStore.open(dir().resolve("text.duckdb"));
    }
    return STORIES;
  }
}
