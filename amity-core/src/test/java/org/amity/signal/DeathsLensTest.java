package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.amity.signal.daily.DayCounts;
import org.amity.signal.daily.DetectorInput;
import org.amity.signal.daily.DetectorSeries;
import org.amity.signal.daily.IndicatorDay;
import org.amity.signal.daily.SeriesDetection;
import org.junit.jupiter.api.Test;

/**
 * The monthly deaths lens reads a country's deaths only where a source that counts the dead covered
 * it (audit3 G4): news without a death count before that is no baseline of zero dead. A country in
 * the news from 2012, whose deaths a source counts from 2015 only, has no deaths series before
 * 2015; its first covered month, however deadly, is no rise over years of "nothing"; a month of
 * many more deaths after a year of counted ones still raises the lens.
 */
class DeathsLensTest {
  private static final String LENS = "fatalities_month";
  private static final LocalDate NEWS = LocalDate.of(2012, 1, 1);
  private static final LocalDate COUNTED = LocalDate.of(2015, 1, 1);
  private static final LocalDate END = LocalDate.of(2016, 12, 31);
  private static final LocalDate SURGE = LocalDate.of(2016, 9, 1);

  @Test
  void theSeriesStartsInTheFirstMonthADeathsCountingSourceCovers() {
    DetectionSpec spec = DetectorConfig.standard().spec(LENS).orElseThrow();
    DetectorInput in = DetectorSeries.of(spec, country(), null);
    assertThat(in.periods().get(0)).isEqualTo(COUNTED);
    assertThat(in.periods().get(in.periods().size() - 1)).isEqualTo(LocalDate.of(2016, 12, 1));
    DetectionSpec news = DetectorConfig.standard().spec("conflict").orElseThrow();
    assertThat(DetectorSeries.of(news, country(), null).periods().get(0)).isEqualTo(NEWS);
  }

  @Test
  void theFirstCoveredMonthIsNoRiseButALaterSurgeIs() {
    List<IndicatorDay> days = new ArrayList<>(country());
    days.addAll(LensDays.world(NEWS, (int) (END.toEpochDay() - NEWS.toEpochDay()) + 1));
    List<DetectedAlert> deaths =
        SeriesDetection.all(DetectorConfig.standard(), days, (scope, subject) -> true).stream()
            .filter(a -> a.indicator().equals(LENS))
            .toList();
    assertThat(deaths).noneMatch(a -> a.opened().isBefore(COUNTED.plusMonths(12)));
    assertThat(deaths)
        .anySatisfy(
            a -> {
              assertThat(a.subject()).isEqualTo("MMR");
              assertThat(a.opened()).isBetween(SURGE, SURGE.plusMonths(1));
            });
  }

  /**
   * Myanmar's days: 400 to 500 reports a day from 2012, none of a source counting deaths before
   * 2015; from 2015 three such reports a day counting about one death a day, and 260 more in the
   * first ten days of January 2015 (the first counted month) and of September 2016.
   */
  private static List<IndicatorDay> country() {
    Random r = new Random(7);
    List<IndicatorDay> out = new ArrayList<>();
    for (LocalDate d = NEWS; !d.isAfter(END); d = d.plusDays(1)) {
      long reports = 400 + r.nextInt(100);
      boolean counted = !d.isBefore(COUNTED);
      long dead = counted ? r.nextInt(3) : 0;
      if (counted && d.getDayOfMonth() <= 10 && (month(d, COUNTED) || month(d, SURGE))) {
        dead += 26;
      }
      out.add(
          new IndicatorDay(
              Scope.COUNTRY,
              "MMR",
              d,
              new DayCounts(
                  reports,
                  0,
                  0,
                  reports / 10,
                  reports / 20,
                  reports,
                  reports / 10,
                  reports / 20,
                  0,
                  0,
                  0,
                  0,
                  0,
                  dead,
                  0,
                  0,
                  0,
                  counted ? 3 : 0)));
    }
    return out;
  }

  private static boolean month(LocalDate d, LocalDate first) {
    return d.getYear() == first.getYear() && d.getMonth() == first.getMonth();
  }
}
