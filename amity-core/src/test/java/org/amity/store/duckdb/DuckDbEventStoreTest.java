package org.amity.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.amity.event.CountryTable;
import org.amity.event.Event;
import org.amity.ingest.FileScan;
import org.amity.ingest.Format;
import org.amity.ingest.RegionFilter;
import org.amity.ingest.Reject;
import org.amity.store.EventQuery;
import org.amity.store.IngestResult;
import org.amity.testing.GdeltLines;
import org.amity.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbEventStoreTest {
  @TempDir Path dir;
  private DuckDbEventStore store;

  @BeforeEach
  void open() {
    store = DuckDbEventStore.open(dir.resolve("amity.duckdb"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private IngestResult ingest(Path file, Format format) throws IOException {
    return ingest(file, format, null);
  }

  private IngestResult ingest(Path file, Format format, RegionFilter region) throws IOException {
    try (FileScan scan = FileScan.open(file, file.getFileName().toString(), format, region)) {
      return store.ingest(scan, region == null ? null : region.name());
    }
  }

  private long count(String sql) throws SQLException {
    try (Statement s = store.connection().createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private Path write(String name, List<String> lines) throws IOException {
    return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
  }

  @Test
  void storesTheExactEventCountsOfRealFilesAndAddsNothingOnReingest() throws IOException {
    Path v2 = TestData.file("gdelt/events/20161013151500.export.CSV");
    Path v1 = TestData.file("gdelt/events/20130401.export.CSV.gz");
    Path icews = TestData.file("icews/events.2018-06-01.sample.tab");
    IngestResult a = ingest(v2, Format.GDELT2);
    IngestResult b = ingest(v1, Format.GDELT1);
    IngestResult c = ingest(icews, Format.ICEWS);
    assertThat(a.accepted()).isEqualTo(3_566);
    assertThat(b.accepted()).isEqualTo(14_346);
    assertThat(c.accepted()).isEqualTo(2_359);
    assertThat(List.of(a, b, c)).allSatisfy(r -> assertThat(r.rejected()).isZero());
    assertThat(store.stats().events()).isEqualTo(3_566 + 14_346 + 2_359);

    for (IngestResult again :
        List.of(
            ingest(v2, Format.GDELT2), ingest(v1, Format.GDELT1), ingest(icews, Format.ICEWS))) {
      assertThat(again.done()).isTrue();
      assertThat(again.accepted()).isZero();
      assertThat(again.duplicates()).isEqualTo(again.lines());
    }
    assertThat(store.stats().events()).isEqualTo(3_566 + 14_346 + 2_359);
    assertThat(store.stats().datasets())
        .containsEntry("gdelt", 17_912L)
        .containsEntry("icews", 2_359L);
  }

  @Test
  void accountsForEveryLineOfAFileWithInjectedBadLines() throws IOException, SQLException {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 50; i++) {
      lines.add(GdeltLines.v2().id(i).toString());
    }
    lines.set(4, GdeltLines.v2().id(5).set(1, "20241301").toString()); // line 5: bad date
    lines.set(9, "short\tline"); // line 10: columns
    lines.set(19, GdeltLines.v2().id(20).set(26, "999").toString()); // line 20: code
    lines.set(29, GdeltLines.v2().id(30).set(32, "two").toString()); // line 30: number
    lines.set(39, ""); // line 40: empty
    Path file = write("bad.csv", lines);
    byte[] bytes = Files.readAllBytes(file);
    byte[] withBadUtf8 = new byte[bytes.length];
    System.arraycopy(bytes, 0, withBadUtf8, 0, bytes.length);
    int line45 = nthLineStart(bytes, 45);
    withBadUtf8[line45 + 12] = (byte) 0xFF; // line 45: invalid UTF-8
    Files.write(file, withBadUtf8);

    IngestResult r = ingest(file, Format.GDELT2);

    assertThat(r.lines()).isEqualTo(50);
    assertThat(r.accepted() + r.rejected() + r.duplicates()).isEqualTo(r.lines());
    assertThat(r.rejected()).isEqualTo(6);
    assertThat(r.accepted()).isEqualTo(44);
    List<Reject> rejects = store.rejects(100);
    assertThat(rejects).extracting(Reject::line).containsExactly(5L, 10L, 20L, 30L, 40L, 45L);
    assertThat(rejects).allSatisfy(x -> assertThat(x.file()).isEqualTo("bad.csv"));
    assertThat(rejects.get(0).reason()).contains("date");
    assertThat(rejects.get(1).reason()).contains("columns");
    assertThat(rejects.get(2).reason()).contains("CAMEO");
    assertThat(rejects.get(3).reason()).contains("NumSources");
    assertThat(rejects.get(4).reason()).contains("empty");
    assertThat(rejects.get(5).reason()).contains("UTF-8");

    IngestResult again = ingest(file, Format.GDELT2);
    assertThat(again.rejected()).isEqualTo(6);
    assertThat(again.duplicates()).isEqualTo(44);
    assertThat(count("SELECT count(*) FROM rejects")).as("rejects kept once").isEqualTo(6);
  }

  private static int nthLineStart(byte[] b, int n) {
    int line = 1;
    for (int i = 0; i < b.length; i++) {
      if (line == n) {
        return i;
      }
      if (b[i] == '\n') {
        line++;
      }
    }
    throw new IllegalArgumentException("no line " + n);
  }

  @Test
  void storesNothingOfATruncatedArchiveAndSaysWhy() throws IOException, SQLException {
    ingest(write("ok.csv", List.of(GdeltLines.v2().id(1).toString())), Format.GDELT2);
    StringBuilder sb = new StringBuilder();
    for (int i = 100; i < 20_100; i++) {
      sb.append(GdeltLines.v2().id(i)).append('\n');
    }
    Path gz = dir.resolve("big.export.CSV.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
      o.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] raw = Files.readAllBytes(gz);
    Path cut =
        Files.write(dir.resolve("cut.export.CSV.gz"), Arrays.copyOf(raw, raw.length * 2 / 3));

    IngestResult r = ingest(cut, Format.GDELT2);

    assertThat(r.done()).isFalse();
    assertThat(r.message())
        .contains("cut.export.CSV.gz")
        .contains("nothing of this file was stored");
    assertThat(store.stats().events()).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM rejects")).isZero();
    assertThat(store.ingestLog())
        .first()
        .satisfies(e -> assertThat(e.status()).isEqualTo("failed"));
  }

  @Test
  void keepsTheFirstOfRepeatedIdsWithinAFile() throws IOException, SQLException {
    Path f =
        write(
            "repeats.csv",
            List.of(
                GdeltLines.v2().id(1).toString(),
                GdeltLines.v2().id(2).toString(),
                GdeltLines.v2().id(1).set(26, "042").toString(),
                GdeltLines.v2().id(3).toString()));
    IngestResult r = ingest(f, Format.GDELT2);
    assertThat(r.accepted()).isEqualTo(3);
    assertThat(r.duplicates()).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM events WHERE native_id = '1' AND event_code = '193'"))
        .isEqualTo(1);
  }

  @Test
  void keepsOnlyEventsTouchingTheRegionAndCountsTheRest() throws IOException {
    GdeltLines far = GdeltLines.v2().id(2).set(7, "FRA").set(17, "DEU");
    far.set(far.actionGeo() + 2, "FR");
    Path f =
        write(
            "region.csv",
            List.of(
                GdeltLines.v2().id(1).toString(),
                far.toString(),
                GdeltLines.v2().id(3).set(7, "USA").set(17, "CHN").toString()));
    RegionFilter asean = RegionFilter.parse("asean", CountryTable.standard());
    IngestResult r = ingest(f, Format.GDELT2, asean);
    assertThat(r.accepted()).isEqualTo(2); // line 3 happened in the Philippines
    assertThat(r.filtered()).isEqualTo(1);
    assertThat(r.lines()).isEqualTo(r.accepted() + r.rejected() + r.duplicates() + r.filtered());
  }

  @Test
  void readsBackWhatItStored() throws IOException {
    ingest(write("one.csv", List.of(GdeltLines.v2().toString())), Format.GDELT2);
    List<Event> got = new ArrayList<>();
    store.forEachEvent(EventQuery.all(), got::add);
    byte[] line = GdeltLines.v2().toString().getBytes(StandardCharsets.UTF_8);
    Event expected;
    try {
      expected = Format.GDELT2.newParser().parse(line, 0, line.length, 1);
    } catch (org.amity.ingest.RowException e) {
      throw new AssertionError(e);
    }
    assertThat(got).containsExactly(expected);
  }

  @Test
  void filtersEventsByCountryAndDate() throws IOException {
    GdeltLines thai = GdeltLines.v2().id(2).set(1, "20240305").set(7, "THA").set(17, "KHM");
    thai.set(thai.actionGeo() + 2, "TH");
    ingest(
        write("two.csv", List.of(GdeltLines.v2().id(1).toString(), thai.toString())),
        Format.GDELT2);
    List<Event> got = new ArrayList<>();
    store.forEachEvent(
        new EventQuery("KHM", java.time.LocalDate.of(2024, 3, 2), null, null, 0, 0), got::add);
    assertThat(got).extracting(Event::nativeId).containsExactly("2");
    got.clear();
    store.forEachEvent(new EventQuery("PHL", null, null, "gdelt", 0, 0), got::add);
    assertThat(got).extracting(Event::nativeId).containsExactly("1");
  }

  @Test
  void collapsesRepeatedReportsIntoIncidents() throws IOException, SQLException {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      lines.add(GdeltLines.v2().id(i).toString()); // the same clash, five reports
    }
    lines.add(GdeltLines.v2().id(6).set(26, "042").set(29, "1").set(30, "1.9").toString());
    ingest(write("reports.csv", lines), Format.GDELT2);
    assertThat(count("SELECT count(*) FROM events")).isEqualTo(6);
    assertThat(count("SELECT count(*) FROM incidents")).isEqualTo(2);
    assertThat(count("SELECT reports FROM incidents WHERE event_code = '193'")).isEqualTo(5);
  }

  @Test
  void migratesAnExistingDatabaseOnlyOnce() throws SQLException {
    store.close();
    store = DuckDbEventStore.open(dir.resolve("amity.duckdb"));
    assertThat(count("SELECT count(*) FROM schema_version")).isEqualTo(Migrations.SCRIPTS.size());
  }
}
