package org.amity.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.amity.event.CountryTable;
import org.amity.event.Event;
import org.amity.ingest.EventSource;
import org.amity.ingest.Format;
import org.amity.ingest.RegionFilter;
import org.amity.ingest.acled.AcledSource;
import org.amity.ingest.icewsdaily.IcewsDailySource;
import org.amity.ingest.maritime.PiracyFiles;
import org.amity.ingest.polecat.PolecatSource;
import org.amity.ingest.ucdp.GedSource;
import org.amity.pipeline.IngestPipeline;
import org.amity.store.IngestResult;
import org.amity.store.duckdb.DuckDbEventStore;
import org.amity.testing.PropertySeed;

/**
 * Every event reader, fed small slices of the real shared files damaged at random (lines cut,
 * columns swapped, random bytes, invalid UTF-8, fields over and under the line limit, lines
 * repeated, joined and split, stray quotes): no exception escapes the pipeline, and every file is
 * either stored with {@code lines = accepted + rejected + duplicates + filtered}, or fails whole
 * with a message and stores nothing. One store serves all tries, so repeated seeds give duplicates.
 * Tries are few (the suite runs on two cores); each reader has its own property.
 */
@AddLifecycleHook(NeedsTestData.class)
class ReaderFuzzTest {
  private static final int TRIES = 50;
  private static DuckDbEventStore store;
  private static Path dir;
  private static int fileNumber;

  static synchronized DuckDbEventStore store() throws IOException {
    if (store == null) {
      dir = Files.createTempDirectory("amity-fuzz");
      store = DuckDbEventStore.open(dir.resolve("fuzz.duckdb"));
    }
    return store;
  }

  @AfterContainer
  static void closeStore() throws IOException {
    if (store != null) {
      store.close();
      store = null;
      try (var files = Files.walk(dir)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  @Provide
  Arbitrary<List<Mutation>> damage() {
    return Mutation.lists();
  }

  /** An opener from a reader's open method. */
  interface Open {
    EventSource open(Path file, String name, Predicate<Event> filter) throws IOException;
  }

  static IngestPipeline.Opener opener(String dataset, Open open) {
    return new IngestPipeline.Opener() {
      @Override
      public String dataset() {
        return dataset;
      }

      @Override
      public EventSource open(Path file, String name, Predicate<Event> filter) throws IOException {
        return open.open(file, name, filter);
      }
    };
  }

  /** Damages the seed, ingests it and checks the books. */
  static void check(
      List<byte[]> seed,
      List<Mutation> damage,
      byte delimiter,
      String lineBreak,
      IngestPipeline.Opener opener)
      throws IOException {
    List<byte[]> lines = seed;
    for (Mutation m : damage) {
      lines = m.apply(lines, delimiter);
    }
    DuckDbEventStore s = store();
    Path file = Seeds.write(dir.resolve("f" + (++fileNumber) + ".dat"), lines, lineBreak);
    long before = s.stats().events();
    RegionFilter region =
        damage.size() % 2 == 1 ? RegionFilter.parse("asean", CountryTable.standard()) : null;
    IngestResult r = new IngestPipeline(s, region, null).ingest(file, opener);
    long after = s.stats().events();
    Statistics.label("outcome")
        .collect(
            !r.done() ? "file failed" : r.rejected() > 0 ? "stored with rejects" : "stored clean");
    if (r.done()) {
      assertThat(r.lines())
          .as(r.toString())
          .isEqualTo(r.accepted() + r.rejected() + r.duplicates() + r.filtered());
      assertThat(after - before).isEqualTo(r.accepted());
    } else {
      assertThat(r.message()).isNotBlank();
      assertThat(after).as("a failed file stores nothing: " + r.message()).isEqualTo(before);
    }
    Files.delete(file);
  }

  private static final List<byte[]> GDELT2 = new ArrayList<>();

  private static synchronized List<byte[]> seed(List<byte[]> cache, String file, int lines) {
    if (cache.isEmpty()) {
      cache.addAll(Seeds.head(file, lines));
    }
    return cache;
  }

  @Property(tries = TRIES, seed = PropertySeed.VALUE)
  void gdelt2(@ForAll("damage") List<Mutation> d) throws IOException {
    check(
        seed(GDELT2, "gdelt/events/20161013151500.export.CSV", 30),
        d,
        (byte) '\t',
        "\n",
        IngestPipeline.formats(Set.of(Format.GDELT1, Format.GDELT2)));
  }

  private static final List<byte[]> GDELT1 = new ArrayList<>();

  @Property(tries = TRIES, seed = PropertySeed.VALUE)
  void gdelt1(@ForAll("damage") List<Mutation> d) throws IOException {
    check(
        seed(GDELT1, "gdelt/events/20130401.export.CSV.gz", 30),
        d,
        (byte) '\t',
        "\n",
        IngestPipeline.formats(Set.of(Format.GDELT1, Format.GDELT2)));
  }

  private static final List<byte[]> ICEWS = new ArrayList<>();

  @Property(tries = TRIES, seed = PropertySeed.VALUE)
  void icews(@ForAll("damage") List<Mutation> d) throws IOException {
    check(
        seed(ICEWS, "icews/events.2018-06-01.sample.tab", 30),
        d,
        (byte) '\t',
        "\n",
        IngestPipeline.formats(Set.of(Format.ICEWS)));
  }

  private static final List<byte[]> ICEWS_DAILY = new ArrayList<>();

  @Property(tries = TRIES, seed = PropertySeed.VALUE)
  void icewsDaily(@ForAll("damage") List<Mutation> d) throws IOException {
    check(
        seed(ICEWS_DAILY, "icews-tkg-sea/icews14s_sea_events_2014-01-01_2014-09-30.csv", 30),
        d,
        (byte) ',',
        "\n",
        opener(IcewsDailySource.DATASET, IcewsDailySource::open));
  }

  private static final List<byte[]> IMB = new ArrayList<>();

  @Property(tries = TRIES, seed = PropertySeed.VALUE)
  void piracyImb(@ForAll("damage") List<Mutation> d) throws IOException {
    check(
        seed(IMB, "piracy/imb_pirate_attacks_1993-2017.csv", 30),
        d,
        (byte) ',',
        "\n",
        opener(PiracyFiles.DATASET, PiracyFiles::open));
  }

  private static final List<byte[]> ASAM = new ArrayList<>();

  @Property(tries = TRIES, seed = PropertySeed.VALUE)
  void piracyAsam(@ForAll("damage") List<Mutation> d) throws IOException {
    check(
        seed(ASAM, "piracy/nga_asam_1978-2019.csv", 30),
        d,
        (byte) ',',
        "\n",
        opener(PiracyFiles.DATASET, PiracyFiles::open));
  }

  private static final List<byte[]> ACLED = new ArrayList<>();

  @Property(tries = TRIES, seed = PropertySeed.VALUE)
  void acled(@ForAll("damage") List<Mutation> d) throws IOException {
    check(
        seed(ACLED, "acled/acled_indonesia_2019-2020.csv", 30),
        d,
        (byte) ',',
        "\n",
        opener(AcledSource.DATASET, AcledSource::open));
  }

  private static final List<byte[]> ACLED_2015 = new ArrayList<>();

  @Property(tries = TRIES, seed = PropertySeed.VALUE)
  void acled2015(@ForAll("damage") List<Mutation> d) throws IOException {
    check(
        seed(ACLED_2015, "acled/acled_asia2015_sea_legacy.csv", 30),
        d,
        (byte) ',',
        "\r\n",
        opener(AcledSource.DATASET, AcledSource::open));
  }

  private static final List<byte[]> GED = new ArrayList<>();

  @Property(tries = TRIES, seed = PropertySeed.VALUE)
  void ucdpGed(@ForAll("damage") List<Mutation> d) throws IOException {
    check(
        seed(GED, "ucdp-ged/ged_hdx_indonesia_1989-2019.csv", 30),
        d,
        (byte) ',',
        "\r\n",
        opener(GedSource.DATASET, GedSource::open));
  }

  /** No real POLECAT rows exist: the seed is rows written to the documented layout. */
  private static final List<byte[]> POLECAT = PolecatSeed.lines();

  @Property(tries = TRIES, seed = PropertySeed.VALUE)
  void polecat(@ForAll("damage") List<Mutation> d) throws IOException {
    check(POLECAT, d, (byte) '\t', "\n", opener(PolecatSource.DATASET, PolecatSource::open));
  }
}
