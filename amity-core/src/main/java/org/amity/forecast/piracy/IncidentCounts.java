package org.amity.forecast.piracy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amity.event.SeaArea;
import org.amity.forecast.data.CsvTable;

/**
 * Monthly piracy and sea-robbery incident counts per {@link SeaArea} (the project's sea-area
 * polygons). Two ways in: from the store's {@code piracy} events, which carry their sea area
 * ({@link StoreIncidentCounts}), or, without a store, straight from the shared files (IMB-based
 * "Crime at Sea" records with coordinates; NGA ASAM records with a degrees-minutes-seconds
 * position). Records without a usable date or position are counted in {@link #unplaced()} with
 * their reasons, never dropped silently. An IMB record that repeats an earlier record field for
 * field is one incident, as the piracy reader stores it: listed in {@link #repeated()}, not counted
 * again.
 */
public final class IncidentCounts {
  /** A month index: year * 12 + (month - 1). */
  public static int month(int year, int monthOfYear) {
    return year * 12 + monthOfYear - 1;
  }

  /** The incident source. */
  public enum Source {
    IMB("imb_pirate_attacks_1993-2017.csv"),
    ASAM("nga_asam_1978-2019.csv");

    final String file;

    Source(String file) {
      this.file = file;
    }

    public String file() {
      return file;
    }
  }

  private final Map<SeaArea, TreeMap<Integer, Integer>> counts = new EnumMap<>(SeaArea.class);
  private final List<String> unplaced = new ArrayList<>();
  private final List<String> repeated = new ArrayList<>();
  private int firstMonth = Integer.MAX_VALUE;
  private int lastMonth = Integer.MIN_VALUE;
  private int outside;

  /** Empty counts, filled with {@link #add}. */
  IncidentCounts() {
    for (SeaArea a : SeaArea.values()) {
      counts.put(a, new TreeMap<>());
    }
  }

  public static IncidentCounts read(Path piracyDir, Source source) throws IOException {
    CsvTable t = CsvTable.read(piracyDir.resolve(source.file()));
    IncidentCounts c = new IncidentCounts();
    t.malformed().forEach(m -> c.unplaced.add(m));
    int date = t.column("date");
    Map<List<String>, Integer> first = new java.util.HashMap<>();
    for (int r = 0; r < t.size(); r++) {
      if (source == Source.IMB) {
        List<String> record = new ArrayList<>(t.header().size());
        for (int col = 0; col < t.header().size(); col++) {
          record.add(t.get(r, col));
        }
        Integer earlier = first.putIfAbsent(record, r + 1);
        if (earlier != null) {
          c.repeated.add("record " + (r + 1) + " repeats record " + earlier + " field for field");
          continue;
        }
      }
      LocalDate d;
      try {
        d = LocalDate.parse(t.get(r, date).strip());
      } catch (DateTimeParseException e) {
        c.unplaced.add("record " + (r + 1) + ": bad date '" + t.get(r, date) + "'");
        continue;
      }
      double[] lonLat =
          source == Source.IMB
              ? new double[] {t.number(r, t.column("longitude")), t.number(r, t.column("latitude"))}
              : position(t.get(r, t.column("position")));
      c.add(d, lonLat, r + 1);
    }
    return c;
  }

  /** Adds one incident (for tests and other sources). */
  void add(LocalDate d, double[] lonLat, int record) {
    int m = month(d.getYear(), d.getMonthValue());
    extend(m);
    if (lonLat == null || Double.isNaN(lonLat[0]) || Double.isNaN(lonLat[1])) {
      unplaced.add("record " + record + ": no usable position");
      return;
    }
    SeaArea a = SeaArea.locate(lonLat[1], lonLat[0]).orElse(null);
    if (a == null) {
      outside++;
      return;
    }
    counts.get(a).merge(m, 1, Integer::sum);
  }

  /** Adds {@code n} incidents placed in area {@code a} in month {@code m} (for store reads). */
  void add(SeaArea a, int m, int n) {
    extend(m);
    counts.get(a).merge(m, n, Integer::sum);
  }

  /** Widens the months covered (a month with reports, even if none is in an area). */
  void extend(int m) {
    firstMonth = Math.min(firstMonth, m);
    lastMonth = Math.max(lastMonth, m);
  }

  void addOutside(int n) {
    outside += n;
  }

  private static final Pattern DMS =
      Pattern.compile(
          "(\\d+(?:\\.\\d+)?)\\s*°\\s*(?:(\\d+(?:\\.\\d+)?)\\s*')?\\s*(?:(\\d+(?:\\.\\d+)?)\\s*\")?\\s*([NSEW])");

  /** "13°43'00\"N \n121°02'00\"E" to {lon, lat}; null when it cannot be read. */
  static double[] position(String s) {
    Matcher m = DMS.matcher(s);
    double lat = Double.NaN;
    double lon = Double.NaN;
    while (m.find()) {
      double v = Double.parseDouble(m.group(1));
      if (m.group(2) != null) {
        v += Double.parseDouble(m.group(2)) / 60;
      }
      if (m.group(3) != null) {
        v += Double.parseDouble(m.group(3)) / 3600;
      }
      switch (m.group(4)) {
        case "N" -> lat = v;
        case "S" -> lat = -v;
        case "E" -> lon = v;
        default -> lon = -v;
      }
    }
    return Double.isNaN(lat) || Double.isNaN(lon) ? null : new double[] {lon, lat};
  }

  /** Incidents in an area in a month (0 when none was reported). */
  public int count(SeaArea a, int month) {
    return counts.get(a).getOrDefault(month, 0);
  }

  public int firstMonth() {
    return firstMonth;
  }

  public int lastMonth() {
    return lastMonth;
  }

  /** Incidents placed in none of the three areas. */
  public int outside() {
    return outside;
  }

  /** Records with no usable date or position, with reasons. */
  public List<String> unplaced() {
    return unplaced;
  }

  /** IMB records not counted because they repeat an earlier record field for field. */
  public List<String> repeated() {
    return repeated;
  }

  /** Incidents placed in an area, over all months. */
  public int total(SeaArea a) {
    return counts.get(a).values().stream().mapToInt(Integer::intValue).sum();
  }
}
