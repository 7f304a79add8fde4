package org.amity.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.amity.ingest.Reject;
import org.amity.pipeline.SeriesIngest;
import org.amity.store.IngestLogEntry;
import org.amity.store.IngestResult;
import org.amity.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesImportTest {
  static final String HEADER =
      "sourcecode,sourcename,targetcode,targetname,date,verbal,cooperation,count,eventcode";

  @TempDir Path dir;
  private DuckDbEventStore store;
  private SeriesIngest ingest;

  @BeforeEach
  void open() {
    store = DuckDbEventStore.open(dir.resolve("amity.duckdb"));
    ingest = new SeriesIngest(new SeriesImport(store), null);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private long count(String sql) throws SQLException {
    try (Statement s = store.connection().createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private double value(String subject, String indicator, String period) throws SQLException {
    try (Statement s = store.connection().createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT value FROM series_imports WHERE subject = '"
                    + subject
                    + "' AND indicator = '"
                    + indicator
                    + "' AND period = DATE '"
                    + period
                    + "'")) {
      return rs.next() ? rs.getDouble(1) : Double.NaN;
    }
  }

  private Path write(String name, String... lines) throws IOException {
    return Files.writeString(
        dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  @Test
  void importsTheRealFileOnceAndAddsNothingTheSecondTime() throws SQLException {
    Path file = TestData.file("icews-scs-dyad-month/icews_scs_dyad_month_1991-2012.csv");
    IngestResult first = ingest.ingest(file);
    assertThat(first.done()).isTrue();
    assertThat(first.lines()).isEqualTo(12_447);
    assertThat(first.accepted()).isEqualTo(12_447);
    assertThat(first.format()).isEqualTo("ICEWS_DYAD_MONTH");
    assertThat(count("SELECT count(*) FROM series_imports")).isEqualTo(110_880);
    assertThat(
            count(
                "SELECT sum(value) FROM series_imports WHERE indicator = 'events'"
                    + " AND scope = 'dyad' AND subject LIKE '%>%' AND resolution = 'month'"))
        .isEqualTo(166_736);
    assertThat(value("CHN-PHL", "events", "2012-05-01")).isEqualTo(250);
    assertThat(
            count(
                "SELECT count(*) FROM series_points WHERE source ="
                    + " 'import:icews_scs_dyad_month_1991-2012.csv'"))
        .as("imported points are read through the series_points view")
        .isEqualTo(110_880);

    IngestResult again = ingest.ingest(file);
    assertThat(again.accepted()).isZero();
    assertThat(again.duplicates()).isEqualTo(12_447);
    assertThat(count("SELECT count(*) FROM series_imports")).isEqualTo(110_880);
    List<IngestLogEntry> log = store.ingestLog();
    assertThat(log).hasSize(2);
    assertThat(log.get(0).dataset()).isEqualTo("series");
    assertThat(log.get(0).status()).isEqualTo("done");
  }

  @Test
  void replacesTheSourcesPointsWhenTheFileChangesAndKeepsRejectsOncePerContent()
      throws IOException, SQLException {
    Path f =
        write(
            "dyads.csv",
            HEADER,
            "710,CHINA,840,PHILIPPINES,201201,1,1,3,840",
            "710,CHINA,840,PHILIPPINES,201213,1,1,3,840",
            "840,PHILIPPINES,710,CHINA,201203,0,0,2,840");
    IngestResult first = ingest.ingest(f);
    assertThat(first.rejected()).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM series_imports")).isEqualTo(3 * 3 * 5);
    assertThat(value("CHN>PHL", "q1", "2012-01-01")).isEqualTo(3);
    ingest.ingest(f);
    assertThat(store.rejects(10)).extracting(Reject::line).containsExactly(3L);

    write("dyads.csv", HEADER, "710,CHINA,840,PHILIPPINES,201202,1,1,9,840");
    IngestResult changed = ingest.ingest(f);
    assertThat(changed.accepted()).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM series_imports")).isEqualTo(2 * 1 * 5);
    assertThat(value("CHN>PHL", "q1", "2012-02-01")).isEqualTo(9);
    assertThat(value("CHN>PHL", "q1", "2012-01-01")).isNaN();
    assertThat(count("SELECT count(DISTINCT source) FROM series_imports")).isEqualTo(1);
  }

  @Test
  void storesNothingForTheSameBytesUnderAnotherName() throws IOException, SQLException {
    Path a = write("a.csv", HEADER, "710,CHINA,840,PHILIPPINES,201201,1,1,3,840");
    Path b = write("b.csv", HEADER, "710,CHINA,840,PHILIPPINES,201201,1,1,3,840");
    assertThat(ingest.ingest(a).accepted()).isEqualTo(1);
    IngestResult copy = ingest.ingest(b);
    assertThat(copy.accepted()).isZero();
    assertThat(copy.duplicates()).isEqualTo(1);
    assertThat(count("SELECT count(DISTINCT source) FROM series_imports")).isEqualTo(1);
  }

  @Test
  void logsAFileOfAnotherKindAsFailedAndStoresNothing() throws IOException, SQLException {
    Path f = write("other.csv", "country,month,events", "THA,201401,12");
    IngestResult r = ingest.ingest(f);
    assertThat(r.done()).isFalse();
    assertThat(r.message()).contains("not an ICEWS directed-dyad-month file");
    assertThat(count("SELECT count(*) FROM series_imports")).isZero();
    assertThat(store.ingestLog()).extracting(IngestLogEntry::status).containsExactly("failed");
    assertThat(ingest.ingest(dir.resolve("missing.csv")).message()).contains("no such file");
  }
}
