package org.amity.forecast.ucdp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.amity.forecast.data.CsvTable;

/**
 * Which countries had state-based armed conflict (25+ battle deaths in a year), and war (1,000+),
 * in which years, by the location of the conflict. Years covered by the UCDP/PRIO Armed Conflict
 * Dataset come from it; later years come from the UCDP battle-related deaths file (dyad-years
 * summed to conflict-years, with the same 25 and 1,000 thresholds).
 */
public final class ConflictHistory {
  /** One conflict in one year, at one or more locations (Gleditsch-Ward codes). */
  public record ConflictYear(String conflictId, int year, int[] locations, boolean war) {}

  /** A country-year's state: conflicts located there, and whether any reached war intensity. */
  public record State(int conflicts, boolean war) {
    public boolean active() {
      return conflicts > 0;
    }
  }

  private final Map<Long, State> states = new HashMap<>();
  private final int firstYear;
  private final int lastYear;

  /** Builds the history from conflict-years; lastYear is the last year the sources cover. */
  public ConflictHistory(List<ConflictYear> rows, int firstYear, int lastYear) {
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    for (ConflictYear r : rows) {
      for (int g : r.locations()) {
        states.merge(
            key(g, r.year()),
            new State(1, r.war()),
            (a, b) -> new State(a.conflicts() + b.conflicts(), a.war() || b.war()));
      }
    }
  }

  private static long key(int gwno, int year) {
    return (long) gwno * 10_000 + year;
  }

  public int firstYear() {
    return firstYear;
  }

  public int lastYear() {
    return lastYear;
  }

  /** The state of a country in a year (no conflict when none is recorded). */
  public State state(int gwno, int year) {
    return states.getOrDefault(key(gwno, year), new State(0, false));
  }

  /** Every location code with a recorded conflict. */
  public java.util.Set<Integer> locations() {
    java.util.Set<Integer> s = new TreeSet<>();
    states.keySet().forEach(k -> s.add((int) (k / 10_000)));
    return s;
  }

  /**
   * Reads every {@code UcdpPrioConflict*.csv} in {@code ucdpDir} (so later releases or held-out
   * years can sit beside the first file) and the battle-deaths file for the years after them.
   */
  public static ConflictHistory read(Path ucdpDir, Path battleDeaths) throws IOException {
    List<ConflictYear> rows = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    int first = Integer.MAX_VALUE;
    int acdLast = Integer.MIN_VALUE;
    List<Path> files;
    try (Stream<Path> s = Files.list(ucdpDir)) {
      files =
          s.filter(p -> p.getFileName().toString().matches("UcdpPrioConflict.*\\.csv"))
              .sorted()
              .toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no UcdpPrioConflict*.csv in " + ucdpDir);
    }
    for (Path f : files) {
      CsvTable t = CsvTable.read(f);
      int id = t.column("conflict_id");
      int year = t.column("year");
      int loc = t.column("gwno_loc");
      int intensity = t.column("intensity_level");
      for (int r = 0; r < t.size(); r++) {
        int y = (int) t.number(r, year);
        if (!seen.add(t.get(r, id) + "|" + y)) {
          continue; // the same conflict-year in two files
        }
        first = Math.min(first, y);
        acdLast = Math.max(acdLast, y);
        rows.add(
            new ConflictYear(t.get(r, id), y, codes(t.get(r, loc)), t.number(r, intensity) >= 2));
      }
    }
    int last = acdLast;
    if (battleDeaths != null && Files.exists(battleDeaths)) {
      CsvTable bd = CsvTable.read(battleDeaths);
      rows.addAll(fromBattleDeaths(bd, acdLast));
      last = Math.max(last, lastYearOf(bd)); // covers every year fromBattleDeaths took
    }
    return new ConflictHistory(rows, first, last);
  }

  private static int lastYearOf(CsvTable t) {
    int year = t.column("year");
    int last = Integer.MIN_VALUE;
    for (int r = 0; r < t.size(); r++) {
      last = Math.max(last, (int) t.number(r, year));
    }
    return last;
  }

  /** Conflict-years after {@code after}: dyad battle deaths summed per conflict and year. */
  static List<ConflictYear> fromBattleDeaths(CsvTable t, int after) {
    int id = t.column("conflict_id");
    int year = t.column("year");
    int loc = t.column("gwno_loc");
    int best = t.column("bd_best");
    Map<String, double[]> deaths = new HashMap<>();
    Map<String, java.util.Set<Integer>> where = new HashMap<>();
    for (int r = 0; r < t.size(); r++) {
      int y = (int) t.number(r, year);
      if (y <= after) {
        continue;
      }
      String k = t.get(r, id) + "|" + y;
      double bd = t.number(r, best);
      deaths.computeIfAbsent(k, x -> new double[1])[0] += Double.isNaN(bd) ? 0 : bd;
      for (int g : codes(t.get(r, loc))) {
        where.computeIfAbsent(k, x -> new TreeSet<>()).add(g);
      }
    }
    List<ConflictYear> out = new ArrayList<>();
    deaths.keySet().stream()
        .sorted()
        .forEach(
            k -> {
              double bd = deaths.get(k)[0];
              if (bd >= 25) {
                int bar = k.indexOf('|');
                int[] locs =
                    where.getOrDefault(k, java.util.Set.of()).stream().mapToInt(i -> i).toArray();
                out.add(
                    new ConflictYear(
                        k.substring(0, bar),
                        Integer.parseInt(k.substring(bar + 1)),
                        locs,
                        bd >= 1000));
              }
            });
    return out;
  }

  /** "750" or "651, 666" to codes. */
  static int[] codes(String field) {
    return Stream.of(field.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .mapToInt(s -> (int) Double.parseDouble(s))
        .toArray();
  }
}
