package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.amity.signal.daily.DetectorInput;
import org.amity.signal.daily.DetectorSeries;
import org.amity.signal.daily.IndicatorDay;
import org.amity.signal.daily.SeriesDetection;
import org.amity.simulate.GdeltProfile;
import org.amity.simulate.ScenarioSimulator;
import org.amity.simulate.SimulatedWatch;
import org.amity.simulate.SimulationSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scores of sums judged from their days ({@link EscalationDetector#scoreSums}) equal, bit for
 * bit, those the detector gave before each day's estimate was bounded to the days it reads (issue
 * 14, sixth round). {@code sum-scores-recorded.txt} was written by this test, with {@code
 * -Damity.recordSums=FILE}, on the implementation that rebuilt its working arrays over the whole
 * series for every day; each line is one series: its name, the days it raised, the days it held
 * protracted, its highest score, and a SHA-256 of every array of its {@link SeriesScores}. The
 * simulated year's country lines (material conflict, four weeks) were written again on the bounded
 * implementation when the donor rule (issue 14, seventh round: aid given abroad does not count for
 * the donor's country) changed their input series, and four lines (China, Indonesia, Viet Nam and
 * China-Viet Nam) again when the South China Sea's named parts (issue 14, twenty-third round: the
 * Gulf of Tonkin and the North Natuna Sea) moved reports of theirs from land to sea; the other dyad
 * lines and the random series are still those of the unbounded implementation.
 */
class SumScoresRecordedTest {
  private static final LocalDate START = LocalDate.of(2021, 1, 1);

  /** The four-week share profile of the lens (tools/signals/share28-days4.2.properties). */
  private static DetectorSettings share28(int protractAfter) {
    return new DetectorSettings(
        56,
        28,
        56,
        80,
        6,
        4.2,
        6,
        0,
        1,
        1,
        1,
        1,
        4,
        protractAfter,
        false,
        false,
        true,
        false,
        false,
        false,
        false,
        false,
        DetectorSettings.DEFAULT_COUNT_CONFIRMS,
        false,
        false,
        false,
        false,
        false);
  }

  /**
   * A share series with its days correlated (as in {@code FourWeekShareCalibrationTest}) and with
   * rises of the share by 30% to 200% lasting two weeks to five months, some long enough to be
   * protracted and some that come down again.
   */
  private static double[][] randomSeries(long seed, int n) {
    Random r = new Random(seed);
    double meanVolume = new double[] {60, 400, 3000}[(int) (seed % 3)];
    double[] volume = new double[n];
    double[] x = new double[n];
    double[] lift = new double[n];
    for (int from = 150 + r.nextInt(100); from < n; from += 120 + r.nextInt(300)) {
      double by = 1.3 + 1.7 * r.nextDouble();
      int length = 14 + r.nextInt(140);
      for (int i = from; i < Math.min(n, from + length); i++) {
        lift[i] = by;
      }
    }
    double w = 0;
    for (int i = 0; i < n; i++) {
      w = 0.5 * w + Math.sqrt(0.75) * 0.15 * r.nextGaussian();
      double weekday = START.plusDays(i).getDayOfWeek().getValue() >= 6 ? 0.7 : 1.0;
      volume[i] = Math.round(meanVolume * weekday * Math.exp(0.2 * r.nextGaussian()));
      double p = Math.min(0.95, 0.1 * Math.exp(w) * (lift[i] == 0 ? 1 : lift[i]));
      int k = 0;
      for (int j = 0; j < volume[i]; j++) {
        k += r.nextDouble() < p ? 1 : 0;
      }
      x[i] = k;
    }
    return new double[][] {volume, x};
  }

  private static List<LocalDate> days(int n) {
    List<LocalDate> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(START.plusDays(i));
    }
    return out;
  }

  private static Map<String, SeriesScores> randomScores() {
    Map<String, SeriesScores> out = new TreeMap<>();
    int n = 1100;
    for (long seed = 1; seed <= 12; seed++) {
      double[][] s = randomSeries(seed, n);
      for (int protractAfter : new int[] {56, 0}) {
        EscalationDetector d = new EscalationDetector(share28(protractAfter));
        String name = "random " + seed + " protract " + protractAfter;
        out.put(name + " share", d.scoreSums(days(n), s[1], s[0], 28));
        out.put(name + " count", d.scoreSums(days(n), s[1], null, 28));
      }
    }
    return out;
  }

  private static Map<String, SeriesScores> simulatedScores(Path dir) throws IOException {
    SimulationSettings settings =
        SimulationSettings.of(300, 7L, LocalDate.of(2025, 1, 1), 1000, null, null);
    new ScenarioSimulator(GdeltProfile.standard(), settings).writeTo(dir, true);
    Collection<IndicatorDay> table =
        SimulatedWatch.days(dir, org.amity.pipeline.WatchJob.Options.standard().watchSet());
    LocalDate coverage = DetectorSeries.coverageStart(SeriesDetection.worldIncidents(table));
    Map<String, List<IndicatorDay>> bySubject = new TreeMap<>();
    for (IndicatorDay d : table) {
      bySubject.computeIfAbsent(d.scope() + " " + d.subject(), k -> new ArrayList<>()).add(d);
    }
    List<DetectionSpec> specs =
        List.of(
            new DetectionSpec(
                "material_conflict_28d",
                Scope.COUNTRY,
                Resolution.DAY,
                "mc_incidents",
                "incidents",
                300,
                28,
                false,
                share28(56)),
            new DetectionSpec(
                "dyad_conflict_28d",
                Scope.DYAD,
                Resolution.DAY,
                "conflict_incidents",
                "incidents",
                150,
                28,
                false,
                share28(56)));
    Map<String, SeriesScores> out = new TreeMap<>();
    for (DetectionSpec spec : specs) {
      bySubject.forEach(
          (subject, rows) -> {
            String name = subject.substring(subject.indexOf(' ') + 1);
            if (rows.get(0).scope() == spec.scope() && DetectorSeries.reads(spec, name)) {
              DetectorInput in = DetectorSeries.of(spec, rows, coverage);
              if (in != null && in.volume() >= spec.minSubjectVolume()) {
                out.put(
                    "simulated " + spec.name() + " " + name,
                    spec.score(in.periods(), in.numerator(), in.denominator()));
              }
            }
          });
    }
    return out;
  }

  /** One line per series: name, raised days, protracted days, highest score, digest. */
  private static List<String> lines(Map<String, SeriesScores> scores) {
    List<String> out = new ArrayList<>();
    scores.forEach(
        (name, s) -> {
          int raised = 0;
          int protracted = 0;
          double max = 0;
          for (int i = 0; i < s.size(); i++) {
            raised += s.levels()[i] != Level.NONE ? 1 : 0;
            protracted += s.protracted()[i] ? 1 : 0;
            max = Math.max(max, s.scores()[i]);
          }
          out.add(
              String.format(
                  java.util.Locale.ROOT,
                  "%s | raised %d | protracted %d | max %.6f | %s",
                  name,
                  raised,
                  protracted,
                  max,
                  digest(s)));
        });
    return out;
  }

  private static String digest(SeriesScores s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (double[] a : new double[][] {s.expected(), s.baselineShare(), s.scores(), s.cusum()}) {
        for (double v : a) {
          long bits = Double.doubleToLongBits(v);
          for (int k = 0; k < 8; k++) {
            md.update((byte) (bits >>> (8 * k)));
          }
        }
      }
      for (int i = 0; i < s.size(); i++) {
        md.update((byte) s.levels()[i].ordinal());
        md.update((byte) ((s.protracted()[i] ? 1 : 0) + (s.protractedAt()[i] ? 2 : 0)));
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> recorded(String prefix) throws IOException {
    try (InputStream in =
        SumScoresRecordedTest.class.getResourceAsStream("sum-scores-recorded.txt")) {
      assertThat(in).as("the recorded scores").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> l.startsWith(prefix))
          .toList();
    }
  }

  /** With {@code -Damity.recordSums=FILE}, appends the lines to FILE (how the record was made). */
  private static void record(List<String> lines) throws IOException {
    String file = System.getProperty("amity.recordSums");
    if (file != null) {
      Files.write(
          Path.of(file),
          lines,
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    }
  }

  @Test
  void sumScoresOfRandomSeriesEqualThoseRecordedBeforeTheirCostWasBounded() throws IOException {
    List<String> now = lines(randomScores());
    record(now);
    assertThat(now).containsExactlyElementsOf(recorded("random "));
    // the series take every path: raised sums, protracted runs, and both kinds of series
    assertThat(now).anyMatch(l -> l.contains(" share |") && !l.contains("| raised 0 |"));
    assertThat(now).anyMatch(l -> l.contains(" count |") && !l.contains("| raised 0 |"));
    assertThat(now).anyMatch(l -> !l.contains("| protracted 0 |"));
  }

  @Test
  void sumScoresOfASimulatedYearEqualThoseRecordedBeforeTheirCostWasBounded(@TempDir Path dir)
      throws IOException {
    List<String> now = lines(simulatedScores(dir));
    record(now);
    assertThat(now).hasSizeGreaterThan(10);
    assertThat(now).containsExactlyElementsOf(recorded("simulated "));
    assertThat(now).anyMatch(l -> !l.contains("| raised 0 |"));
  }
}
