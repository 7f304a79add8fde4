package org.amity.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.amity.event.Event;
import org.amity.ingest.acled.AcledSource;
import org.amity.ingest.ucdp.GedSource;
import org.amity.store.EventQuery;
import org.amity.store.IngestResult;
import org.amity.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FatalitiesTest {
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

  private double query(String sql) throws SQLException {
    try (Statement s = store.connection().createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getDouble(1);
    }
  }

  @Test
  void storesDeathsWithEveryEventAndCountsThemPerCountryAndDay() throws Exception {
    Path ged = TestData.file("ucdp-ged/ged_hdx_philippines_1989-2021.csv");
    Path acled = TestData.file("acled/acled_indonesia_2019-2020.csv");
    IngestResult a;
    try (GedSource s = GedSource.open(ged, "phl.csv", null)) {
      a = store.ingest(s, null);
    }
    IngestResult b;
    try (AcledSource s = AcledSource.open(acled, "idn.csv", null)) {
      b = store.ingest(s, null);
    }
    assertThat(a.accepted()).isEqualTo(4_035);
    assertThat(b.accepted()).isEqualTo(2_922);
    assertThat(store.stats().datasets())
        .containsEntry("ucdp-ged", 4_035L)
        .containsEntry("acled", 2_922L);
    assertThat(query("SELECT sum(fatalities) FROM events WHERE dataset = 'ucdp-ged'"))
        .isEqualTo(20_511);
    assertThat(query("SELECT sum(fatalities) FROM events WHERE dataset = 'acled'")).isEqualTo(314);
    IndicatorTables.rebuild(store.connection(), Set.of("PHL", "IDN"), false, true);
    assertThat(
            query(
                "SELECT sum(fatalities) FROM indicator_days WHERE scope = 'country' AND subject = 'PHL'"))
        .isEqualTo(20_511);
    assertThat(
            query(
                "SELECT sum(fatalities) FROM indicator_days WHERE scope = 'region' AND subject = 'WORLD'"))
        .isEqualTo(20_511 + 314);
    assertThat(
            query(
                "SELECT sum(value) FROM series_derived WHERE scope = 'country' AND subject = 'IDN'"
                    + " AND indicator = 'fatalities' AND resolution = 'month'"))
        .isEqualTo(314);
    List<Event> back = new ArrayList<>();
    store.forEachEvent(
        EventQuery.all(),
        e -> {
          if (e.nativeId().equals("123403")) {
            back.add(e);
          }
        });
    assertThat(back)
        .singleElement()
        .satisfies(e -> assertThat(e.fatalities().best()).isEqualTo(42));
  }

  @Test
  void leavesFatalitiesEmptyForSourcesThatDoNotCountThem() throws IOException, SQLException {
    Path gdelt = TestData.file("gdelt/events/20161013151500.export.CSV");
    try (var scan =
        org.amity.ingest.FileScan.open(gdelt, "g.csv", org.amity.ingest.Format.GDELT2, null)) {
      store.ingest(scan, null);
    }
    assertThat(query("SELECT count(fatalities) FROM events")).isZero();
    assertThat(query("SELECT count(*) FROM events")).isEqualTo(3_566);
  }
}
