package org.amity.forecast.escalation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.amity.forecast.data.CsvTable;

/**
 * Event counts per directed dyad, month and QuadClass (verbal cooperation, material cooperation,
 * verbal conflict, material conflict), as in the ICEWS South China Sea aggregate file. Absent cells
 * are zero. Read from the shared ICEWS CSV file ({@link #read}) or from the store's imported series
 * ({@link StoreDyadMonths}).
 */
public final class DyadMonths {
  /** QuadClass positions in a cell. */
  public static final int VERBAL_COOP = 0;

  public static final int MATERIAL_COOP = 1;
  public static final int VERBAL_CONFLICT = 2;
  public static final int MATERIAL_CONFLICT = 3;

  private final Map<String, Map<Integer, int[]>> cells = new TreeMap<>();
  private final Map<String, String> names = new HashMap<>();
  private final Map<Integer, Integer> monthTotal = new HashMap<>();
  private int firstMonth = Integer.MAX_VALUE;
  private int lastMonth = Integer.MIN_VALUE;
  private int skipped;

  /** Adds events to a dyad-month cell. */
  public void add(String dyad, String name, int month, int quad, int count) {
    cells.computeIfAbsent(dyad, k -> new HashMap<>())
            .computeIfAbsent(month, k -> new int[4])[quad] +=
        count;
    names.putIfAbsent(dyad, name);
    monthTotal.merge(month, count, Integer::sum);
    firstMonth = Math.min(firstMonth, month);
    lastMonth = Math.max(lastMonth, month);
  }

  /** Reads the ICEWS dyad-month file; rows with unreadable numbers are counted, not used. */
  public static DyadMonths read(Path file) throws IOException {
    CsvTable t = CsvTable.read(file);
    DyadMonths d = new DyadMonths();
    d.skipped = t.malformed().size();
    int src = t.column("sourcecode");
    int srcName = t.column("sourcename");
    int tgt = t.column("targetcode");
    int tgtName = t.column("targetname");
    int date = t.column("date");
    int verbal = t.column("verbal");
    int coop = t.column("cooperation");
    int count = t.column("count");
    for (int r = 0; r < t.size(); r++) {
      double s = t.number(r, src);
      double g = t.number(r, tgt);
      double ym = t.number(r, date);
      double v = t.number(r, verbal);
      double c = t.number(r, coop);
      double n = t.number(r, count);
      if (Double.isNaN(s + g + ym + v + c + n) || s == g) {
        d.skipped++;
        continue;
      }
      int y = (int) ym / 100;
      int m = (int) ym % 100;
      int quad =
          v == 1
              ? (c == 1 ? VERBAL_COOP : VERBAL_CONFLICT)
              : (c == 1 ? MATERIAL_COOP : MATERIAL_CONFLICT);
      String dyad = (int) s + ">" + (int) g;
      d.add(
          dyad,
          shortName(t.get(r, srcName)) + " > " + shortName(t.get(r, tgtName)),
          y * 12 + m - 1,
          quad,
          (int) n);
    }
    return d;
  }

  private static String shortName(String s) {
    return s.equals("HONG KONG") || s.equals("MACAO")
        ? "CHINA"
        : s.replace(", PROVINCE OF CHINA", "");
  }

  public java.util.Set<String> dyads() {
    return cells.keySet();
  }

  public String name(String dyad) {
    return names.get(dyad);
  }

  /** Counts by quad for a dyad-month (zeros when absent). */
  public int[] cell(String dyad, int month) {
    int[] c = cells.getOrDefault(dyad, Map.of()).get(month);
    return c == null ? new int[4] : c;
  }

  /** Events of all dyads in a month (media volume). */
  public int total(int month) {
    return monthTotal.getOrDefault(month, 0);
  }

  public int firstMonth() {
    return firstMonth;
  }

  public int lastMonth() {
    return lastMonth;
  }

  /** Rows not used (malformed or unreadable). */
  public int skipped() {
    return skipped;
  }
}
