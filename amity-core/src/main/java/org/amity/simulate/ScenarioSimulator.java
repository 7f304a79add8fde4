package org.amity.simulate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a simulated GDELT 2.0 stream: for each day, the region's everyday news (drawn from the
 * profile, with weekday cycle, drift, quiet stretches and decoy bursts) plus the incidents of every
 * active episode, each incident reported as one or more rows; then {@code truth.json}. The same
 * settings and seed give byte-identical files.
 */
public final class ScenarioSimulator {
  /** Export files are named like GDELT's: the day at midnight. */
  static final DateTimeFormatter FILE_DAY =
      DateTimeFormatter.ofPattern("yyyyMMdd'000000.export.CSV'");

  /** Origin of chronic incidents, followed by their setting. */
  static final String CHRONIC = "chronic:";

  private final SimulationSettings settings;
  private final BackgroundModel background;
  private final NewsModel news;
  private final ScenarioPlanner.Plan plan;
  private final VolumeModel volume;
  private final double rowsPerIncident;

  public ScenarioSimulator(GdeltProfile profile, SimulationSettings settings) {
    this.settings = settings;
    this.background = new BackgroundModel(profile);
    this.news = new NewsModel(profile);
    this.rowsPerIncident = backgroundRowsPerIncident(profile);
    this.plan = new ScenarioPlanner(settings, background, rowsPerIncident).plan();
    this.volume = new VolumeModel(settings, background.members(), plan.quiet(), plan.decoys());
  }

  private double backgroundRowsPerIncident(GdeltProfile p) {
    double total = 0;
    double sum = 0;
    for (Map.Entry<String, Long> q : p.quadClass().entrySet()) {
      total += q.getValue();
      sum += q.getValue() * news.meanRows(Integer.parseInt(q.getKey()));
    }
    return sum / total;
  }

  /** The truth of the planned run (row counts are known only after writing). */
  public Truth plannedTruth() {
    return truth(plan.episodes().stream().map(p -> p.episode()).toList());
  }

  private Truth truth(List<Episode> episodes) {
    return new Truth(
        "amity simulate",
        settings.seed(),
        settings.start(),
        settings.end(),
        settings.days(),
        settings.rowsPerDay(),
        episodes,
        plan.decoys(),
        plan.quiet(),
        plan.chronic().stream().map(ScenarioPlanner.Simmer::chronic).toList());
  }

  /**
   * Writes the export files and truth.json into a folder.
   *
   * @param overwrite replace export files and truth.json already there; otherwise refuse
   */
  public SimulationResult writeTo(Path dir, boolean overwrite) throws IOException {
    prepare(dir, overwrite);
    Map<String, Long> episodeRows = new LinkedHashMap<>();
    plan.episodes().forEach(p -> episodeRows.put(p.episode().id(), 0L));
    long rows = 0;
    long id = firstId();
    for (int i = 0; i < settings.days(); i++) {
      LocalDate day = settings.start().plusDays(i);
      List<ExportRowWriter.Report> reports = day(day, i, id);
      try (BufferedWriter w =
          Files.newBufferedWriter(dir.resolve(day.format(FILE_DAY)), StandardCharsets.UTF_8)) {
        for (ExportRowWriter.Report r : reports) {
          w.write(ExportRowWriter.row(r));
          w.write('\n');
          episodeRows.computeIfPresent(r.incident().origin(), (k, v) -> v + 1);
        }
      }
      rows += reports.size();
      id += reports.size();
    }
    List<Episode> episodes = new ArrayList<>();
    long fromEpisodes = 0;
    for (ScenarioPlanner.Planned p : plan.episodes()) {
      long n = episodeRows.get(p.episode().id());
      episodes.add(p.episode().withRows(n));
      fromEpisodes += n;
    }
    Truth truth = truth(episodes);
    truth.write(dir.resolve(Truth.FILE_NAME));
    return new SimulationResult(settings.days(), rows, fromEpisodes, truth);
  }

  /**
   * Writes one more day, numbered from the first simulated day (so {@code settings.days()} is the
   * day after the simulated period), as a complete file: written under {@code NAME.part} and
   * renamed, as a landing folder expects. Its ids lie apart from the period's and from every other
   * day's. Used by the live demo to keep the dashboard moving.
   *
   * @return the file written
   */
  public Path writeDay(Path dir, int index) throws IOException {
    LocalDate day = settings.start().plusDays(index);
    long stride = Math.max(100_000L, 50L * settings.rowsPerDay());
    long id = firstId() + 10_000_000L + (long) index * stride;
    Path file = dir.resolve(day.format(FILE_DAY));
    Path part = dir.resolve(file.getFileName() + ".part");
    try (BufferedWriter w = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
      for (ExportRowWriter.Report r : day(day, index, id)) {
        w.write(ExportRowWriter.row(r));
        w.write('\n');
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(part);
      throw e;
    }
    return Files.move(part, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** GLOBALEVENTIDs start high, as today's GDELT ids do, and apart for different seeds. */
  private long firstId() {
    return 1_200_000_000L + Math.floorMod(settings.seed(), 100) * 20_000_000L;
  }

  /** The day's reports in publication order, with ids and URLs. */
  List<ExportRowWriter.Report> day(LocalDate day, int index, long firstId) {
    Chance c = Chance.of(settings.seed(), "day", index);
    List<Incident> incidents = new ArrayList<>();
    for (String m : background.members()) {
      double rows = settings.rowsPerDay() * background.share(m) * volume.factor(m, day);
      int n = c.poisson(rows / rowsPerIncident);
      for (int k = 0; k < n; k++) {
        incidents.add(background.incident(m, day, c));
      }
    }
    for (ScenarioPlanner.Simmer s : plan.chronic()) {
      incidents.addAll(chronicIncidents(s, day, c));
    }
    for (ScenarioPlanner.Planned p : plan.episodes()) {
      if (p.curve().active(day)) {
        incidents.addAll(episodeIncidents(p, day, c));
      }
    }
    return reports(incidents, day, firstId, c);
  }

  private List<Incident> episodeIncidents(ScenarioPlanner.Planned p, LocalDate day, Chance c) {
    IntensityCurve.Phase phase = p.curve().phase(day);
    Map<Move, Double> weights = new LinkedHashMap<>();
    for (Move m : p.moves()) {
      weights.put(m, m.weight(phase));
    }
    Weighted<Move> moves = Weighted.of(weights);
    int n = c.poisson(p.curve().expected(day) * VolumeModel.weekday(day));
    List<Incident> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      out.add(moves.pick(c).incident(day, p.episode().id(), c));
    }
    return out;
  }

  /** A chronic setting's incidents: its acts weighted as over a whole episode. */
  private static List<Incident> chronicIncidents(
      ScenarioPlanner.Simmer s, LocalDate day, Chance c) {
    Map<Move, Double> weights = new LinkedHashMap<>();
    for (Move m : s.moves()) {
      weights.put(m, m.rise() + m.peak() + m.fall());
    }
    Weighted<Move> moves = Weighted.of(weights);
    int n = c.poisson(s.chronic().incidentsPerDay() * VolumeModel.weekday(day));
    List<Incident> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      out.add(moves.pick(c).incident(day, CHRONIC + s.chronic().setting(), c));
    }
    return out;
  }

  private record Draft(
      Incident incident,
      java.time.LocalDateTime added,
      int[] coverage,
      double tone,
      boolean root,
      int order) {}

  private List<ExportRowWriter.Report> reports(
      List<Incident> incidents, LocalDate day, long firstId, Chance c) {
    List<Draft> drafts = new ArrayList<>();
    for (Incident in : incidents) {
      int quad = in.code().quadClass().number();
      int copies = news.rows(quad, c);
      for (int k = 0; k < copies; k++) {
        drafts.add(
            new Draft(
                in,
                news.added(day, c),
                news.coverage(c),
                news.tone(quad, c),
                news.root(c),
                drafts.size()));
      }
    }
    drafts.sort(Comparator.comparing(Draft::added).thenComparingInt(Draft::order));
    List<ExportRowWriter.Report> out = new ArrayList<>(drafts.size());
    long id = firstId;
    for (Draft d : drafts) {
      int[] cov = d.coverage();
      out.add(
          new ExportRowWriter.Report(
              id,
              d.incident(),
              d.added(),
              cov[0],
              cov[1],
              cov[2],
              d.tone(),
              d.root(),
              news.url(d.incident(), day, id, c)));
      id++;
    }
    return out;
  }

  private static void prepare(Path dir, boolean overwrite) throws IOException {
    Files.createDirectories(dir);
    List<Path> existing = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        String name = p.getFileName().toString();
        if (name.endsWith(".export.CSV") || name.equals(Truth.FILE_NAME)) {
          existing.add(p);
        }
      }
    }
    if (existing.isEmpty()) {
      return;
    }
    if (!overwrite) {
      throw new IllegalArgumentException(
          dir
              + " already holds "
              + existing.size()
              + " export files or truth.json: use another folder or --overwrite");
    }
    for (Path p : existing) {
      Files.delete(p);
    }
  }
}
