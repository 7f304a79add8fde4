package org.amity.forecast.piracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.amity.event.SeaArea;
import org.amity.forecast.backtest.Case;
import org.amity.forecast.backtest.FutureLeakCheck;
import org.amity.forecast.backtest.Panel;
import org.junit.jupiter.api.Test;

class PiracyPanelTest {
  private static final double[] MALACCA = {101.0, 2.5};
  private static final double[] SULU = {120.5, 6.0};
  private static final double[] SCS = {112.0, 12.0};

  private static IncidentCounts counts(long seed, int futureFrom) {
    Random r = new Random(seed);
    Random past = new Random(1);
    IncidentCounts c = new IncidentCounts();
    for (int y = 2000; y <= 2010; y++) {
      for (int m = 1; m <= 12; m++) {
        Random use = IncidentCounts.month(y, m) >= futureFrom ? r : past;
        for (double[] where : List.of(MALACCA, SULU, SCS)) {
          int n = use.nextInt(4);
          for (int k = 0; k < n; k++) {
            c.add(LocalDate.of(y, m, 1 + use.nextInt(28)), where, 0);
          }
        }
      }
    }
    return c;
  }

  @Test
  void countsEachIncidentInItsSeaAreaAndTheRestAsOutside() {
    IncidentCounts c = new IncidentCounts();
    c.add(LocalDate.of(2005, 3, 2), MALACCA, 1);
    c.add(LocalDate.of(2005, 3, 9), new double[] {103.85, 1.2}, 2); // Singapore Strait
    c.add(LocalDate.of(2005, 4, 1), SULU, 3);
    c.add(LocalDate.of(2005, 4, 1), SCS, 4);
    c.add(LocalDate.of(2005, 6, 1), new double[] {3.0, 6.4}, 5); // Gulf of Guinea
    c.add(LocalDate.of(2005, 6, 1), null, 6);
    int march = IncidentCounts.month(2005, 3);
    assertThat(c.count(SeaArea.MALACCA_SINGAPORE, march)).isEqualTo(2);
    assertThat(c.count(SeaArea.SULU_CELEBES, march + 1)).isEqualTo(1);
    assertThat(c.count(SeaArea.SOUTH_CHINA_SEA, march + 1)).isEqualTo(1);
    assertThat(c.outside()).isEqualTo(1);
    assertThat(c.unplaced()).singleElement().asString().contains("record 6");
    assertThat(c.lastMonth()).isEqualTo(march + 3);
  }

  @Test
  void theMergedSeriesSaysThatAfterImbEndsItCountsAsamOnly() {
    List<PiracyMonthCounts.AreaMonth> imb = new ArrayList<>();
    List<PiracyMonthCounts.AreaMonth> merged = new ArrayList<>();
    for (int y = 2010; y <= 2019; y++) {
      for (int m = 1; m <= 12; m++) {
        if (y <= 2017) {
          imb.add(new PiracyMonthCounts.AreaMonth("South China Sea", y, m, 1));
        }
        merged.add(new PiracyMonthCounts.AreaMonth("South China Sea", y, m, 2));
      }
    }
    PiracyMonthCounts store = s -> s.equals("imb") ? imb : merged;
    Panel p = PiracyPanel.fromStore(store, "merged", Map.of());
    assertThat(p.notes().get(Panel.CAVEAT))
        .isEqualTo(
            "IMB's reports end in 2017-12, so from 2018-01 the merged series counts NGA ASAM"
                + " reports only.");
    assertThat(PiracyPanel.fromStore(store, "imb", Map.of()).notes())
        .doesNotContainKey(Panel.CAVEAT);
    PiracyMonthCounts toImbEnd = s -> imb;
    assertThat(PiracyPanel.fromStore(toImbEnd, "merged", Map.of()).notes())
        .doesNotContainKey(Panel.CAVEAT);
  }

  @Test
  void readsDegreesMinutesSecondsPositions() {
    assertThat(IncidentCounts.position("13°43'00\"N \n121°02'00\"E"))
        .containsExactly(121 + 2 / 60.0, 13 + 43 / 60.0);
    assertThat(IncidentCounts.position("1°11'26.15\"S \n5°28'02.63\"W")[1]).isLessThan(-1.19);
    assertThat(IncidentCounts.position("unknown")).isNull();
  }

  @Test
  void featuresAndOutcomesDoNotLookPastTheOrigin() {
    int t = IncidentCounts.month(2006, 6);
    Panel truth = PiracyPanel.build(counts(5, t + 1), "test", Map.of());
    Panel otherFuture = PiracyPanel.build(counts(99, t + 1), "test", Map.of());
    FutureLeakCheck.assertNothingLeaks(truth, otherFuture, t);
  }

  @Test
  void theLeakCheckCatchesAFeatureThatPeeksAtNextMonth() {
    int t = IncidentCounts.month(2006, 6);
    Panel truth = leaky(PiracyPanel.build(counts(5, t + 1), "test", Map.of()));
    Panel otherFuture = leaky(PiracyPanel.build(counts(99, t + 1), "test", Map.of()));
    assertThatThrownBy(() -> FutureLeakCheck.assertNothingLeaks(truth, otherFuture, t))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("features");
  }

  /** A panel whose first feature is, wrongly, next month's count. */
  private static Panel leaky(Panel p) {
    List<Case> out = new ArrayList<>();
    for (Case c : p.cases()) {
      double[] x = c.x() == null ? null : c.x().clone();
      if (x != null) {
        x[0] = Double.isNaN(c.outcome()) ? 0 : c.outcome();
      }
      out.add(
          new Case(
              c.unit(),
              c.name(),
              c.period(),
              x,
              c.trainLabel(),
              c.outcome(),
              c.lastState(),
              c.published()));
    }
    return p.withCases(out);
  }

  @Test
  void countsTheRealFileIntoAreasAndExplainsWhatItCouldNotPlace() throws Exception {
    java.nio.file.Path dir = org.amity.testing.TestData.file("piracy");
    IncidentCounts imb = IncidentCounts.read(dir, IncidentCounts.Source.IMB);
    assertThat(imb.total(SeaArea.MALACCA_SINGAPORE)).isGreaterThan(500);
    assertThat(imb.total(SeaArea.SULU_CELEBES)).isGreaterThan(50);
    assertThat(imb.total(SeaArea.SOUTH_CHINA_SEA)).isGreaterThan(300);
    IncidentCounts asam = IncidentCounts.read(dir, IncidentCounts.Source.ASAM);
    int placed =
        asam.total(SeaArea.MALACCA_SINGAPORE)
            + asam.total(SeaArea.SULU_CELEBES)
            + asam.total(SeaArea.SOUTH_CHINA_SEA);
    assertThat(placed + asam.outside() + asam.unplaced().size()).isEqualTo(7921);
  }
}
