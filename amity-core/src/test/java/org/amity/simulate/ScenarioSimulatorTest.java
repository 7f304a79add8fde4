package org.amity.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.amity.event.CountryTable;
import org.amity.event.Event;
import org.amity.event.QuadClass;
import org.amity.ingest.Format;
import org.amity.ingest.RegionFilter;
import org.amity.pipeline.IngestPipeline;
import org.amity.store.EventQuery;
import org.amity.store.IngestResult;
import org.amity.store.duckdb.DuckDbEventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioSimulatorTest {
  private static final SimulationSettings SETTINGS =
      SimulationSettings.of(90, 42L, LocalDate.of(2025, 1, 1), 200, null, null);

  @TempDir static Path dir;
  private static SimulationResult first;

  @BeforeAll
  static void simulate() throws IOException {
    first =
        new ScenarioSimulator(GdeltProfile.standard(), SETTINGS).writeTo(dir.resolve("a"), false);
  }

  private static List<Path> exports(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".export.CSV")).sorted().toList();
    }
  }

  @Test
  void writesOneGdeltNamedFilePerDayAndTheTruth() throws IOException {
    List<Path> files = exports(dir.resolve("a"));
    assertThat(files).hasSize(90);
    assertThat(files.get(0).getFileName()).hasToString("20250101000000.export.CSV");
    assertThat(files.get(89).getFileName()).hasToString("20250331000000.export.CSV");
    assertThat(Truth.read(dir.resolve("a").resolve(Truth.FILE_NAME))).isEqualTo(first.truth());
    String line = Files.readAllLines(files.get(10)).get(0);
    assertThat(line.split("\t", -1)).hasSize(61);
    assertThat(line.split("\t", -1)[59]).startsWith("20250111");
  }

  @Test
  void sameSeedWritesByteIdenticalFiles() throws IOException {
    Path b = dir.resolve("b");
    new ScenarioSimulator(GdeltProfile.standard(), SETTINGS).writeTo(b, false);
    List<Path> mine = exports(dir.resolve("a"));
    List<Path> theirs = exports(b);
    assertThat(theirs).hasSameSizeAs(mine);
    for (int i = 0; i < mine.size(); i++) {
      assertThat(Files.mismatch(mine.get(i), theirs.get(i)))
          .as(mine.get(i).toString())
          .isEqualTo(-1);
    }
    assertThat(Files.mismatch(dir.resolve("a/truth.json"), b.resolve("truth.json"))).isEqualTo(-1);
  }

  @Test
  void anotherSeedWritesAnotherStream() throws IOException {
    SimulationSettings other = SimulationSettings.of(90, 43L, SETTINGS.start(), 200, null, null);
    Path c = dir.resolve("c");
    new ScenarioSimulator(GdeltProfile.standard(), other).writeTo(c, false);
    assertThat(
            Files.mismatch(
                dir.resolve("a/20250201000000.export.CSV"), c.resolve("20250201000000.export.CSV")))
        .isNotEqualTo(-1);
  }

  @Test
  void refusesToMixWithAnEarlierRunUnlessAskedToOverwrite() {
    ScenarioSimulator sim = new ScenarioSimulator(GdeltProfile.standard(), SETTINGS);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> sim.writeTo(dir.resolve("a"), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--overwrite");
  }

  @Test
  void everyRowGoesThroughTheRealIngestWithoutRejectsAndTouchesAsean() throws IOException {
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("ingest.duckdb"))) {
      RegionFilter asean = RegionFilter.parse("asean", CountryTable.standard());
      IngestPipeline pipeline = new IngestPipeline(store, asean, null);
      List<IngestResult> results =
          pipeline.run(exports(dir.resolve("a")), IngestPipeline.formats(Set.of(Format.GDELT2)));
      assertThat(results).hasSize(90).allMatch(IngestResult::done);
      assertThat(results.stream().mapToLong(IngestResult::rejected).sum()).isZero();
      assertThat(results.stream().mapToLong(IngestResult::filtered).sum()).isZero();
      assertThat(results.stream().mapToLong(IngestResult::duplicates).sum()).isZero();
      assertThat(results.stream().mapToLong(IngestResult::accepted).sum()).isEqualTo(first.rows());
      for (Episode e : first.truth().episodes()) {
        List<Event> window = new ArrayList<>();
        store.forEachEvent(new EventQuery(null, e.start(), e.end(), "gdelt", 0, 0), window::add);
        assertThat(window.stream().filter(ev -> hallmark(e, ev)).count())
            .as("hallmark events of %s", e.describe())
            .isPositive();
      }
    }
  }

  /** An event only this type of episode would typically produce. */
  private static boolean hallmark(Episode e, Event ev) {
    String a = String.valueOf(ev.source().country());
    String b = String.valueOf(ev.target().country());
    return switch (e.type()) {
      case MARITIME_STANDOFF ->
          ev.quadClass().isConflict()
              && a != null
              && b != null
              && !a.equals(b)
              && e.parties().contains(a)
              && e.parties().contains(b);
      case INSURGENCY ->
          e.parties().contains(a)
              && Stream.of("REB", "INS", "SEP")
                  .anyMatch(t -> ev.source().hasType(t) || ev.target().hasType(t));
      case PIRACY ->
          Set.of("181", "171", "1711").contains(ev.code().code())
              && (ev.source().hasType("CRM")
                  || ev.source().hasType("UAF")
                  || ev.source().hasType("REB"));
      case DISASTER ->
          Set.of("0233", "073", "0863", "0333").contains(ev.code().code())
              && (e.parties().contains(a) || e.parties().contains(b));
    };
  }

  @Test
  void injectsEveryEpisodeTypeAndEveryEpisodeWritesRows() {
    Set<EpisodeType> types = EnumSet.noneOf(EpisodeType.class);
    for (Episode e : first.truth().episodes()) {
      types.add(e.type());
      assertThat(e.rows()).as(e.id()).isPositive();
      assertThat(e.start()).isAfterOrEqualTo(SETTINGS.start().plusDays(SETTINGS.warmupDays()));
      assertThat(e.end()).isBeforeOrEqualTo(SETTINGS.end());
    }
    assertThat(types).containsExactlyInAnyOrder(EpisodeType.values());
    assertThat(first.episodeRows())
        .isEqualTo(first.truth().episodes().stream().mapToLong(Episode::rows).sum());
    assertThat(first.truth().decoys()).isNotEmpty();
    assertThat(first.truth().quiet()).isNotEmpty();
    assertThat(first.truth().chronic())
        .extracting(Chronic::type)
        .contains(EpisodeType.INSURGENCY, EpisodeType.PIRACY, EpisodeType.MARITIME_STANDOFF);
    assertThat(first.truth().chronic()).allMatch(ch -> ch.incidentsPerDay() > 0);
  }

  @Test
  void weekendsCarryAboutAQuarterLessNews() throws IOException {
    double weekday = 0;
    double weekend = 0;
    int nWeekday = 0;
    int nWeekend = 0;
    for (Path f : exports(dir.resolve("a"))) {
      LocalDate day =
          LocalDate.parse(
              f.getFileName().toString().substring(0, 8),
              java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
      long rows = Files.lines(f).count();
      if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        weekend += rows;
        nWeekend++;
      } else {
        weekday += rows;
        nWeekday++;
      }
    }
    assertThat((weekend / nWeekend) / (weekday / nWeekday)).isBetween(0.6, 0.9);
  }

  @Test
  void decoysMultiplyVolumeButKeepTheUsualQuadClassMix() {
    SimulationSettings s = SimulationSettings.of(120, 5L, SETTINGS.start(), 3000, 1, 4);
    ScenarioSimulator sim = new ScenarioSimulator(GdeltProfile.standard(), s);
    GdeltProfile p = GdeltProfile.standard();
    double total = p.quadClass().values().stream().mapToLong(Long::longValue).sum();
    for (Decoy d : sim.plannedTruth().decoys()) {
      long[] byQuad = new long[5];
      long inBurst = subjectIncidents(sim, s, d, d.start(), d.end(), byQuad);
      long usual =
          subjectIncidents(sim, s, d, d.start().minusDays(14), d.end().minusDays(14), new long[5]);
      assertThat(inBurst).as(d.describe()).isGreaterThan((long) (1.5 * usual));
      for (QuadClass q : QuadClass.values()) {
        double expected = p.quadClass().get("" + q.number()) / total;
        double seen = byQuad[q.number()] / (double) inBurst;
        double se = Math.sqrt(expected * (1 - expected) / inBurst);
        assertThat(Math.abs(seen - expected)).as(d.describe() + " " + q).isLessThan(4 * se);
      }
    }
  }

  private static long subjectIncidents(
      ScenarioSimulator sim,
      SimulationSettings s,
      Decoy d,
      LocalDate from,
      LocalDate to,
      long[] byQuad) {
    long n = 0;
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      int index = (int) java.time.temporal.ChronoUnit.DAYS.between(s.start(), day);
      java.util.Set<Incident> seen =
          java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      for (ExportRowWriter.Report r : sim.day(day, index, 0)) {
        Incident in = r.incident();
        if (in.origin().equals(BackgroundModel.BACKGROUND + d.subject()) && seen.add(in)) {
          byQuad[in.code().quadClass().number()]++;
          n++;
        }
      }
    }
    return n;
  }
}
