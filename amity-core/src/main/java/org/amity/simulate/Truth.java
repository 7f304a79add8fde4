package org.amity.simulate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The ground truth of a simulated run, written as {@code truth.json} next to the export files:
 * every injected episode, every decoy and every quiet stretch.
 *
 * @param generator what wrote it
 * @param seed the seed of the run
 * @param start first simulated day
 * @param end last simulated day
 * @param days simulated days
 * @param rowsPerDay mean background rows on a weekday
 * @param episodes injected episodes, in start order
 * @param decoys decoy media bursts, in start order
 * @param quiet region-wide lulls, in start order
 * @param chronic trouble that simmers all year (part of the baseline, not episodes)
 */
public record Truth(
    String generator,
    long seed,
    LocalDate start,
    LocalDate end,
    int days,
    int rowsPerDay,
    List<Episode> episodes,
    List<Decoy> decoys,
    List<QuietStretch> quiet,
    List<Chronic> chronic) {
  public static final String FILE_NAME = "truth.json";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT);

  public Truth {
    episodes = List.copyOf(episodes);
    decoys = List.copyOf(decoys);
    quiet = quiet == null ? List.of() : List.copyOf(quiet);
    chronic = chronic == null ? List.of() : List.copyOf(chronic);
    if (days <= 0 || start == null) {
      throw new IllegalArgumentException("truth needs a start day and a positive day count");
    }
  }

  /**
   * The truth of the days from {@code day} on, the days before it being history a watch reads
   * before it is judged: the episodes, decoys and lulls that start on or after {@code day}; the
   * chronic trouble as it is.
   *
   * @throws IllegalArgumentException if {@code day} is not after the first day or is past the last
   */
  public Truth from(LocalDate day) {
    if (!day.isAfter(start) || day.isAfter(end)) {
      throw new IllegalArgumentException(
          "the scored part must start after the first simulated day ("
              + start
              + ") and no later than the last ("
              + end
              + "), not on "
              + day);
    }
    return new Truth(
        generator,
        seed,
        day,
        end,
        days - (int) java.time.temporal.ChronoUnit.DAYS.between(start, day),
        rowsPerDay,
        episodes.stream().filter(e -> !e.start().isBefore(day)).toList(),
        decoys.stream().filter(d -> !d.start().isBefore(day)).toList(),
        quiet.stream().filter(q -> !q.start().isBefore(day)).toList(),
        chronic);
  }

  /** Simulated years, for rates per year. */
  public double years() {
    return days / 365.0;
  }

  public void write(Path file) throws IOException {
    Files.writeString(file, JSON.writeValueAsString(this) + "\n", StandardCharsets.UTF_8);
  }

  /** Reads a truth file; a missing or malformed file is bad usage, reported with its name. */
  public static Truth read(Path file) {
    try {
      return JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), Truth.class);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("no such truth file: " + file);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          file + " is not a truth file of amity simulate: " + e.getMessage());
    }
  }
}
