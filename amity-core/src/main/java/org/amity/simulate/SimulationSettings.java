package org.amity.simulate;

import java.time.LocalDate;

/**
 * What to simulate, checked before anything is written.
 *
 * @param days simulated days, one export file each
 * @param seed the random seed: the same settings and seed give the same bytes
 * @param start the first simulated day
 * @param rowsPerDay mean background rows on a weekday (real GDELT carries several thousand region
 *     rows a day; the default is a lighter demo scale)
 * @param episodesPerType episodes of each of the four types
 * @param decoys media bursts that are not escalation
 * @param quietStretches region-wide lulls in news volume
 * @param warmupDays days at the start with no episode or decoy, so detectors have a baseline
 */
public record SimulationSettings(
    int days,
    long seed,
    LocalDate start,
    int rowsPerDay,
    int episodesPerType,
    int decoys,
    int quietStretches,
    int warmupDays) {
  public static final int DEFAULT_ROWS_PER_DAY = 1000;
  public static final int MIN_DAYS = 60;

  public SimulationSettings {
    if (days < MIN_DAYS || days > 3660) {
      throw new IllegalArgumentException(
          "--days must be " + MIN_DAYS + " to 3660 (episodes need room), got " + days);
    }
    if (start == null) {
      throw new IllegalArgumentException("--start must be given");
    }
    if (rowsPerDay < 50 || rowsPerDay > 200_000) {
      throw new IllegalArgumentException("--rows-per-day must be 50 to 200000, got " + rowsPerDay);
    }
    if (episodesPerType < 0 || episodesPerType > 50) {
      throw new IllegalArgumentException(
          "--episodes-per-type must be 0 to 50, got " + episodesPerType);
    }
    if (decoys < 0 || decoys > 100) {
      throw new IllegalArgumentException("--decoys must be 0 to 100, got " + decoys);
    }
    if (warmupDays < 0 || warmupDays >= days) {
      throw new IllegalArgumentException("warm-up must be shorter than the run");
    }
  }

  /**
   * Settings with the defaults scaled to the run's length: three episodes of each type and six
   * decoys per 365 days (at least one of each), two quiet stretches per year, and a warm-up of 45
   * days (a quarter of shorter runs).
   */
  public static SimulationSettings of(
      int days,
      long seed,
      LocalDate start,
      int rowsPerDay,
      Integer episodesPerType,
      Integer decoys) {
    int perType = episodesPerType != null ? episodesPerType : perYear(days, 3);
    int d = decoys != null ? decoys : perYear(days, 6);
    return new SimulationSettings(
        days, seed, start, rowsPerDay, perType, d, perYear(days, 2), Math.min(45, days / 4));
  }

  private static int perYear(int days, int perYear) {
    return Math.max(1, (int) Math.round(perYear * days / 365.0));
  }

  public LocalDate end() {
    return start.plusDays(days - 1L);
  }
}
