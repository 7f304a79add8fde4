package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import org.amity.app.web.RelatedFixtures;
import org.amity.app.web.SignalFixtures;
import org.amity.signal.Scope;
import org.amity.signal.SituationGrouper;
import org.amity.store.duckdb.DuckDbStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Situations are related within the grouping gaps of the detectors the last watch ran (recorded
 * with it), not always the shipped ones; a store whose watch recorded none falls back to the
 * shipped gaps.
 */
class RelatedSituationsGapsTest {
  /** Thailand, closed 22 days before the Deep South's situation (RelatedFixtures' #5) opened. */
  private static final long THAILAND_EARLIER = 9;

  @TempDir Path dir;

  private String store(Map<Scope, Integer> gaps) throws Exception {
    Path file = dir.resolve(gaps == null ? "none.duckdb" : "gaps.duckdb");
    try (DuckDbStorage s = DuckDbStorage.open(file)) {
      SignalFixtures.insert(s.eventStore().connection());
      RelatedFixtures.insert(s.eventStore().connection());
      try (Statement st = s.eventStore().connection().createStatement()) {
        st.execute(
            "INSERT INTO situations VALUES (9, 'country', 'THA', 'Thailand: protests', 'watch',"
                + " 'closed', '2014-03-20', '2014-04-10', '2014-04-12', '[\"THA\"]',"
                + " '{\"intra-state\":1.0}', 'land', 'post-crisis', false, 0.0, false, '[]')");
      }
      if (gaps != null) {
        s.watch().setGroupingGaps(gaps);
      }
    }
    return file.toString();
  }

  private static String related(String db) {
    Cli.Run r = Cli.run("situations", "--db", db, "--id", "" + THAILAND_EARLIER);
    assertThat(r.exit()).as(r.err()).isZero();
    return r.out();
  }

  @Test
  void withoutRecordedGapsTheShippedDetectorsGapsRelateThem() throws Exception {
    // the shipped detectors watch countries and areas monthly too: a 45-day gap
    assertThat(related(store(null)))
        .contains("related: #" + RelatedFixtures.DEEP_SOUTH + " Deep South (Thailand)");
  }

  @Test
  void aWatchWithDailyDetectorsAloneRelatesThemOnlyWithinAWeek() throws Exception {
    Map<Scope, Integer> daily = new EnumMap<>(Scope.class);
    for (Scope scope : Scope.values()) {
      daily.put(scope, SituationGrouper.DAY_GAP_DAYS);
    }
    assertThat(related(store(daily))).doesNotContain("related:");
  }

  @Test
  void theGapsReadBackAsStoredAndBadTextIsLeftOut() {
    Map<Scope, Integer> gaps =
        SituationGrouper.parseGaps(
            SituationGrouper.formatGaps(Map.of(Scope.COUNTRY, 7, Scope.AREA, 45)));
    assertThat(gaps).containsExactlyInAnyOrderEntriesOf(Map.of(Scope.COUNTRY, 7, Scope.AREA, 45));
    assertThat(SituationGrouper.parseGaps("country=0;dyad=x;nowhere=7;area=14;;theatre"))
        .containsExactlyInAnyOrderEntriesOf(Map.of(Scope.AREA, 14));
    assertThat(SituationGrouper.parseGaps(null)).isEmpty();
  }
}
