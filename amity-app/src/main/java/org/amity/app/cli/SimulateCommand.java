package org.amity.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.amity.pipeline.IngestPipeline;
import org.amity.simulate.GdeltProfile;
import org.amity.simulate.ProfileCalibrator;
import org.amity.simulate.ScenarioSimulator;
import org.amity.simulate.SimulationResult;
import org.amity.simulate.SimulationSettings;
import org.amity.simulate.Truth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code amity simulate}: writes a synthetic GDELT 2.0 stream with injected episodes and decoys,
 * and {@code amity simulate calibrate}: measures the base rates it draws from.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description =
        "Write a synthetic GDELT 2.0 event stream for Southeast Asia (one export file per day) with"
            + " injected episodes and decoys, plus truth.json.",
    subcommands = {SimulateCommand.Calibrate.class})
final class SimulateCommand implements Callable<Integer> {
  @Option(names = "--days", defaultValue = "365", description = "Days to simulate (default 365).")
  int days;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default 1).")
  long seed;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (required).")
  Path out;

  @Option(
      names = "--start",
      defaultValue = "2025-01-01",
      description = "First simulated day (default 2025-01-01).")
  LocalDate start;

  @Option(
      names = "--rows-per-day",
      defaultValue = "" + SimulationSettings.DEFAULT_ROWS_PER_DAY,
      description = "Mean background rows on a weekday (default ${DEFAULT-VALUE}).")
  int rowsPerDay;

  @Option(
      names = "--episodes-per-type",
      paramLabel = "K",
      description = "Episodes of each type (default: 3 per 365 days, at least 1).")
  Integer episodesPerType;

  @Option(
      names = "--decoys",
      paramLabel = "K",
      description = "Decoy media bursts (default: 6 per 365 days, at least 1).")
  Integer decoys;

  @Option(
      names = "--overwrite",
      description = "Replace export files and truth.json already in the output folder.")
  boolean overwrite;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if (out == null) {
      throw new IllegalArgumentException("--out DIR is required");
    }
    SimulationSettings settings =
        SimulationSettings.of(days, seed, start, rowsPerDay, episodesPerType, decoys);
    ScenarioSimulator simulator = new ScenarioSimulator(GdeltProfile.standard(), settings);
    SimulationResult result = simulator.writeTo(out, overwrite);
    Truth truth = result.truth();
    if (json) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("out", out.toString());
      o.put("files", result.files());
      o.put("rows", result.rows());
      o.put("episodeRows", result.episodeRows());
      o.put("episodes", truth.episodes().size());
      o.put("decoys", truth.decoys().size());
      o.put("truth", out.resolve(Truth.FILE_NAME).toString());
      System.out.println(Json.write(o));
      return 0;
    }
    System.out.printf(
        Locale.ROOT,
        "%,d rows in %d files (%,d from episodes) written to %s%n",
        result.rows(),
        result.files(),
        result.episodeRows(),
        out);
    truth.episodes().forEach(e -> System.out.println("  " + e.describe()));
    truth.decoys().forEach(d -> System.out.println("  " + d.describe()));
    System.out.println("truth: " + out.resolve(Truth.FILE_NAME));
    return 0;
  }

  /** {@code amity simulate calibrate FILE...}: the base-rate profile of real GDELT files. */
  @Command(
      name = "calibrate",
      mixinStandardHelpOptions = true,
      description =
          "Measure the simulator's base rates on real GDELT event files (1.0 or 2.0) and print or"
              + " write the profile JSON (counts only, no rows).")
  static final class Calibrate implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "GDELT event files.")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the profile here.")
    Path out;

    @Override
    public Integer call() throws IOException {
      ProfileCalibrator calibrator = new ProfileCalibrator();
      for (Path f : IngestPipeline.expand(inputs)) {
        calibrator.read(f);
      }
      String text = calibrator.profile().toJson();
      if (out == null) {
        System.out.print(text);
      } else {
        Files.writeString(out, text, StandardCharsets.UTF_8);
        System.err.println("profile written to " + out);
      }
      return 0;
    }
  }
}
