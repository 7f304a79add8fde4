package org.amity.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.amity.ingest.Format;
import org.amity.signal.Alert;
import org.amity.signal.AlertQuery;
import org.amity.signal.DetectionSpec;
import org.amity.signal.DetectorConfig;
import org.amity.signal.Level;
import org.amity.signal.SeriesScores;
import org.amity.signal.Situation;
import org.amity.store.duckdb.DuckDbEventStore;
import org.amity.store.duckdb.DuckDbStorage;
import org.amity.testing.GdeltLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Thai insurgency flare-up in synthetic GDELT rows: the watch raises an intra-state alert before
 * the peak with evidence, groups it into a situation, and gives the same result whether the data
 * came in one batch or in several.
 */
class WatchJobTest {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final int DAYS = 150;
  private static final int PEAK = 112;
  private static final int COUP = 120;

  private static final String[][] CONFLICT_PAIRS = {
    {"MIL", "REB"}, {"REB", "MIL"}, {"COP", "INS"}, {"REB", "CVL"}, {"MIL", "SEP"}, {"COP", "OPP"}
  };
  private static final String[][] PEACE_PAIRS = {
    {"GOV", "BUS"},
    {"GOV", "CVL"},
    {"GOV", "EDU"},
    {"BUS", "GOV"},
    {"GOV", "LEG"},
    {"MED", "GOV"},
    {"GOV", "JUD"},
    {"LEG", "GOV"}
  };
  private static final String[][] CONFLICT_CODES = {
    {"190", "4", "-10.0"}, {"193", "4", "-10.0"}, {"180", "4", "-9.0"}, {"183", "4", "-10.0"},
    {"186", "4", "-10.0"}, {"173", "4", "-5.0"}, {"112", "3", "-2.0"}, {"138", "3", "-7.0"}
  };
  private static final String[] DECREE_BY = {"MIL", "COP", "GOV"};
  private static final String[] DECREE_ON = {"CVL", "OPP", "MED", "JUD"};
  private static final String[][] DECREE_CODES = {
    {"1724", "4", "-9.0"}, {"154", "4", "-7.2"}, {"1723", "4", "-9.0"}, {"1721", "4", "-9.0"}
  };
  private static final String[][] PEACE_CODES = {
    {"010", "1", "0.0"}, {"040", "1", "1.0"}, {"042", "1", "1.9"}, {"043", "1", "2.8"},
    {"051", "1", "3.4"}, {"057", "1", "8.0"}, {"061", "2", "6.4"}, {"036", "1", "4.0"},
    {"020", "1", "3.0"}, {"046", "1", "7.0"}
  };

  @TempDir Path dir;

  /** Writes days [from, to) as one GDELT 2.0 file: Thai news, with a flare-up before day PEAK. */
  private Path month(int from, int to) throws IOException {
    Path f = dir.resolve("day" + from + ".export.CSV");
    Random r = new Random(from);
    DateTimeFormatter ymd = DateTimeFormatter.BASIC_ISO_DATE;
    long id = 1_000_000L * (from + 1);
    try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      for (int d = from; d < to; d++) {
        String day = START.plusDays(d).format(ymd);
        int volume = 180 + r.nextInt(60);
        double share =
            d >= PEAK - 12 && d <= PEAK + 3 ? 0.10 + 0.03 * Math.min(12, d - (PEAK - 12)) : 0.10;
        for (int k = 0; k < volume; k++) {
          GdeltLines l = GdeltLines.v2().id(id++).set(1, day).set(59, day + "120000");
          l.set(l.actionGeo() + 2, "TH").set(l.actionGeo() + 3, "TH09");
          boolean conflict = r.nextDouble() < share;
          String[] pair =
              conflict
                  ? CONFLICT_PAIRS[r.nextInt(CONFLICT_PAIRS.length)]
                  : PEACE_PAIRS[r.nextInt(PEACE_PAIRS.length)];
          String[] code =
              conflict
                  ? CONFLICT_CODES[r.nextInt(CONFLICT_CODES.length)]
                  : PEACE_CODES[r.nextInt(PEACE_CODES.length)];
          l.set(5, "THA" + pair[0]).set(7, "THA").set(12, pair[0]);
          l.set(15, "THA" + pair[1]).set(17, "THA").set(22, pair[1]);
          l.set(26, code[0]).set(27, code[0].substring(0, 3)).set(28, code[0].substring(0, 2));
          l.set(29, code[1]).set(30, code[2]);
          l.set(l.actionGeo() + 3, "TH" + (10 + r.nextInt(60)));
          l.set(60, "https://news.example.org/th/" + d + "/" + k);
          w.write(l.toString());
          w.write('\n');
        }
      }
    }
    return f;
  }

  /**
   * Days [0, DAYS) of Thai news whose conflict share never moves, but in which martial law,
   * curfews, restrictions and troop mobilisation fill the four days before COUP: a crisis of
   * emergency rule that no count of fighting shows. A stray decree now and then keeps the baseline
   * honest.
   */
  private Path emergencyRule() throws IOException {
    Path f = dir.resolve("emergency.export.CSV");
    Random r = new Random(7);
    DateTimeFormatter ymd = DateTimeFormatter.BASIC_ISO_DATE;
    long id = 5_000_000L;
    try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      for (int d = 0; d < DAYS; d++) {
        String day = START.plusDays(d).format(ymd);
        int volume = 180 + r.nextInt(60);
        boolean emergency = d >= COUP - 4 && d < COUP;
        int decrees = 0;
        for (int k = 0; k < volume; k++) {
          GdeltLines l = GdeltLines.v2().id(id++).set(1, day).set(59, day + "120000");
          l.set(l.actionGeo() + 2, "TH").set(l.actionGeo() + 3, "TH" + (10 + r.nextInt(60)));
          String[] pair;
          String[] code;
          if (r.nextDouble() < 0.10) {
            // on emergency days a dozen of the conflict reports are decrees and troops, not
            // fighting; on other days one in a hundred is
            boolean decree = emergency ? decrees++ < 12 : r.nextDouble() < 0.01;
            if (decree) {
              pair = new String[] {DECREE_BY[r.nextInt(3)], DECREE_ON[r.nextInt(4)]};
              code = DECREE_CODES[r.nextInt(DECREE_CODES.length)];
            } else {
              pair = CONFLICT_PAIRS[r.nextInt(CONFLICT_PAIRS.length)];
              code = CONFLICT_CODES[r.nextInt(CONFLICT_CODES.length)];
            }
          } else {
            pair = PEACE_PAIRS[r.nextInt(PEACE_PAIRS.length)];
            code = PEACE_CODES[r.nextInt(PEACE_CODES.length)];
          }
          l.set(5, "THA" + pair[0]).set(7, "THA").set(12, pair[0]);
          l.set(15, "THA" + pair[1]).set(17, "THA").set(22, pair[1]);
          l.set(26, code[0]).set(27, code[0].substring(0, 3)).set(28, code[0].substring(0, 2));
          l.set(29, code[1]).set(30, code[2]);
          l.set(60, "https://news.example.org/th/" + d + "/" + k);
          w.write(l.toString());
          w.write('\n');
        }
      }
    }
    return f;
  }

  private static WatchJob.Report watch(DuckDbEventStore store, boolean full) {
    return new WatchJob(
            DuckDbStorage.over(store).watch(),
            DetectorConfig.standard(),
            WatchJob.Options.standard())
        .run(full);
  }

  private static void ingest(DuckDbEventStore store, Path... files) {
    new IngestPipeline(store, null, null)
        .run(List.of(files), IngestPipeline.formats(Set.of(Format.GDELT2)));
  }

  @Test
  void raisesAnIntraStateAlertWithEvidenceBeforeThePeakAndGroupsIt() throws IOException {
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("a.duckdb"))) {
      ingest(store, month(0, 60), month(60, 100), month(100, DAYS));
      WatchJob.Report report = watch(store, false);
      assertThat(report.alertsFound()).isPositive();
      var signals = DuckDbStorage.over(store).signals();
      List<Alert> thai =
          signals.alerts(AlertQuery.status("all")).stream()
              .filter(a -> a.subject().equals("THA"))
              .toList();
      assertThat(thai).isNotEmpty();
      Alert first = thai.stream().min((a, b) -> a.opened().compareTo(b.opened())).get();
      assertThat(first.opened()).isBefore(START.plusDays(PEAK - 3));
      assertThat(first.opened()).isAfter(START.plusDays(PEAK - 20));
      assertThat(thai.stream().map(Alert::peakLevel)).contains(Level.ALERT);
      assertThat(first.threatTypes()).containsExactly("intra-state");
      assertThat(first.evidence()).isNotEmpty();
      assertThat(first.evidence())
          .allSatisfy(
              e ->
                  assertThat(e.code())
                      .isIn("190", "193", "180", "183", "186", "173", "112", "138"));
      assertThat(first.evidence().get(0).url()).startsWith("https://news.example.org/th/");
      assertThat(first.greatPowerParty()).isFalse();
      List<Situation> situations = signals.situations("all", 0, 0);
      assertThat(situations).anySatisfy(s -> assertThat(s.alertIds()).contains(first.id()));
      Situation s =
          situations.stream().filter(x -> x.alertIds().contains(first.id())).findFirst().get();
      assertThat(s.parties()).containsExactly("THA");
      assertThat(s.themes()).contains("insurgency");
      assertThat(s.domain()).isEqualTo("land");
    }
  }

  @Test
  void emergencyRuleBeforeACoupRaisesAWarningThoughTheConflictShareStaysFlat() throws Exception {
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("coup.duckdb"))) {
      ingest(store, emergencyRule());
      watch(store, true);
      List<Alert> coercion =
          DuckDbStorage.over(store).signals().alerts(AlertQuery.status("all")).stream()
              .filter(a -> a.subject().equals("THA") && a.indicator().equals("coercion_7d"))
              .toList();
      assertThat(coercion).hasSize(1);
      Alert a = coercion.get(0);
      assertThat(a.opened()).isBetween(START.plusDays(COUP - 4), START.plusDays(COUP - 1));
      assertThat(a.peakLevel().atLeast(Level.WARNING)).isTrue();
      assertThat(a.evidence()).isNotEmpty();
      assertThat(a.evidence())
          .allSatisfy(e -> assertThat(e.code()).isIn("1724", "154", "1723", "1721"));
      assertThat(a.threatTypes()).containsExactly("intra-state");

      // the series a chart shows beside the alert is the one the watch scored
      DetectionSpec spec =
          DetectorConfig.standard().specs().stream()
              .filter(x -> x.name().equals("coercion_7d"))
              .findFirst()
              .orElseThrow();
      SeriesScores scores =
          DuckDbStorage.over(store).series().scored(spec, "events", "THA").orElseThrow();
      int opened = scores.periods().indexOf(a.opened());
      assertThat(scores.levels()[opened]).isNotEqualTo(Level.NONE);
      assertThat(scores.levels()[opened - 1]).isEqualTo(Level.NONE);
      boolean headline = false;
      for (int i = opened; i < scores.size() && scores.levels()[i] != Level.NONE; i++) {
        headline |=
            scores.values()[i] == a.value() && Math.abs(scores.expected()[i] - a.baseline()) < 1e-3;
      }
      assertThat(headline).as("the alert's value and baseline are a point of the series").isTrue();
    }
  }

  @Test
  void incrementalWatchesGiveTheSameAlertsAsOneFullWatch() throws IOException {
    Path a = month(0, 60);
    Path b = month(60, 100);
    Path c = month(100, DAYS);
    List<String> incremental;
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("inc.duckdb"))) {
      ingest(store, a);
      watch(store, false);
      ingest(store, b);
      watch(store, false);
      ingest(store, c);
      WatchJob.Report last = watch(store, false);
      assertThat(last.full()).isFalse();
      incremental = summary(store);
      WatchJob.Report again = watch(store, false);
      assertThat(again.newIngests()).isZero();
      assertThat(summary(store)).isEqualTo(incremental);
    }
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("full.duckdb"))) {
      ingest(store, a, b, c);
      watch(store, true);
      assertThat(summary(store)).isEqualTo(incremental);
    }
  }

  private static List<String> summary(DuckDbEventStore store) {
    return DuckDbStorage.over(store).signals().alerts(AlertQuery.status("all")).stream()
        .map(
            x ->
                x.indicator()
                    + " "
                    + x.subject()
                    + " "
                    + x.opened()
                    + " "
                    + x.closed()
                    + " "
                    + x.peakLevel()
                    + " "
                    + x.evidence().size())
        .sorted()
        .toList();
  }
}
