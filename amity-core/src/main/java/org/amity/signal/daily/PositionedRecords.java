package org.amity.signal.daily;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;
import org.amity.event.Dataset;
import org.amity.event.Event;

/**
 * Records that carry the incident's own position ({@link Dataset#positionsIncidents}: the IMB and
 * NGA ASAM files), and when two of one incident key and day are two incidents though two files hold
 * them (docs/decisions.md, "Two ships far apart are two incidents", thirty-second round, audit3
 * G3).
 *
 * <p>The rule of "Records that are incidents count as incidents" takes an IMB and an ASAM record of
 * one key and day for the same attack (their twin merge left them apart, and the files place one
 * attack up to some 60 nm apart: IMB often at the nearest port). That is wrong when they lie far
 * apart. A positioned record is <b>alone</b> when no record of another positioned file in its group
 * lies within {@value #FAR_NM} nautical miles (twice the largest distance at which the files were
 * seen to place one attack); then the group counts, besides the old count, for each positioned file
 * the file's records plus the other files' records that are alone, and the greatest of these is a
 * floor: an IMB and an ASAM record 185 nm apart are two attacks, 59 nm apart one. Two records of
 * one file were already two incidents. The distance is the twin merge's ({@link #nauticalMiles},
 * the haversine on a sphere of 3440.065 nm). The rule is a function of the group's records, not a
 * key: a cell of the key would cut one attack in two wherever a cell's edge runs between the files'
 * positions (the Singapore Strait lies on 104°E and near 1°N).
 */
public final class PositionedRecords {
  /** Nautical miles beyond which records of two files are two incidents. */
  public static final double FAR_NM = 120.0;

  /** Earth's radius in nautical miles, as the twin merge measures. */
  private static final double EARTH_NM = 3440.065;

  /**
   * The fixes of a record without one, shared: every news report is one, and a read-only empty
   * array needs no copy of its own per report ({@link Incident#plus} never writes into fixes).
   */
  private static final double[] NONE = new double[0];

  /** The places in {@link Dataset#recorders} of the files whose records carry positions. */
  private static final List<Integer> LANES = lanes();

  private PositionedRecords() {}

  private static List<Integer> lanes() {
    List<Integer> out = new ArrayList<>();
    List<Dataset.Recorder> r = Dataset.recorders();
    for (int i = 0; i < r.size(); i++) {
      if (Dataset.of(r.get(i).dataset()).map(Dataset::positionsIncidents).orElse(false)) {
        out.add(i);
      }
    }
    return List.copyOf(out);
  }

  /**
   * A record's position and file, as {lat, lon, place in {@link Dataset#recorders}}, when it is a
   * record of a positioned file with a real position (latitude within 90 degrees, longitude within
   * 180); an empty array otherwise, every news report.
   */
  static double[] fix(Event e) {
    int lane = Dataset.incidentLane(e.dataset(), e.nativeId());
    double lat = e.action().latitude();
    double lon = e.action().longitude();
    if (!LANES.contains(lane) || !(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180)) {
      return NONE;
    }
    return new double[] {lat, lon, lane};
  }

  /** Great-circle nautical miles between two positions (degrees), as {@link #nauticalMilesSql}. */
  public static double nauticalMiles(double lat1, double lon1, double lat2, double lon2) {
    return EARTH_NM
        * 2
        * Math.asin(
            Math.sqrt(
                Math.pow(Math.sin(Math.toRadians(lat2 - lat1) / 2), 2)
                    + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2)));
  }

  /** {@link #nauticalMiles} as a SQL expression over four numeric expressions. */
  public static String nauticalMilesSql(String lat1, String lon1, String lat2, String lon2) {
    return EARTH_NM
        + " * 2 * asin(sqrt(pow(sin(radians("
        + lat2
        + " - "
        + lat1
        + ") / 2), 2) + cos(radians("
        + lat1
        + ")) * cos(radians("
        + lat2
        + ")) * pow(sin(radians("
        + lon2
        + " - "
        + lon1
        + ") / 2), 2)))";
  }

  /**
   * The incidents the positions of one group's records (fixes of {@link #fix}, concatenated) tell
   * at least: for each positioned file, its records ({@code laneCount} of its place in {@link
   * Dataset#recorders}) plus the other positioned files' records that are alone, counted only when
   * every record of the files they are alone from has a position; the greatest. 0 when no record
   * has a position.
   */
  static long count(double[] fixes, IntToLongFunction laneCount) {
    if (fixes.length == 0) {
      return 0;
    }
    long[] alone = new long[Dataset.recorders().size()];
    long[] placed = new long[alone.length];
    for (int x = 0; x < fixes.length; x += 3) {
      placed[(int) fixes[x + 2]]++;
    }
    for (int x = 0; x < fixes.length; x += 3) {
      boolean near = false;
      for (int y = 0; y < fixes.length && !near; y += 3) {
        near =
            fixes[y + 2] != fixes[x + 2]
                && nauticalMiles(fixes[x], fixes[x + 1], fixes[y], fixes[y + 1]) <= FAR_NM;
      }
      if (!near) {
        alone[(int) fixes[x + 2]]++;
      }
    }
    long most = 0;
    for (int i : LANES) {
      long n = laneCount.applyAsLong(i);
      for (int j : LANES) {
        n += j != i && othersPlaced(j, placed, laneCount) ? alone[j] : 0;
      }
      most = Math.max(most, n);
    }
    return most;
  }

  /**
   * Whether every record of the positioned files other than the one at {@code lane} has a position:
   * only then can a record of that file be known to be far from all of theirs.
   */
  private static boolean othersPlaced(int lane, long[] placed, IntToLongFunction laneCount) {
    for (int k : LANES) {
      if (k != lane && placed[k] != laneCount.applyAsLong(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link #count} as a SQL aggregate over the rows of one group (columns {@code dataset}, {@code
   * native_id}, {@code action_lat}, {@code action_lon}), given each recorder's count of records in
   * the group as a SQL aggregate ({@code laneCount} of its place in {@link Dataset#recorders}).
   */
  public static String countSql(IntFunction<String> laneCount) {
    if (LANES.isEmpty()) {
      return "0";
    }
    StringBuilder lane = new StringBuilder("(CASE");
    for (int i : LANES) {
      Dataset.Recorder r = Dataset.recorders().get(i);
      lane.append(" WHEN dataset = '").append(r.dataset().replace("'", "''")).append("'");
      if (r.prefix() != null) {
        lane.append(" AND starts_with(native_id, '").append(r.prefix().replace("'", "''"));
        lane.append("')");
      }
      lane.append(" THEN ").append(i);
    }
    lane.append(" END)");
    String fixes =
        "coalesce(list({'a': action_lat, 'o': action_lon, 'f': "
            + lane
            + "}) FILTER (WHERE "
            + lane
            + " IS NOT NULL AND abs(action_lat) <= 90 AND abs(action_lon) <= 180), [])";
    List<String> terms = new ArrayList<>();
    for (int i : LANES) {
      StringBuilder term = new StringBuilder("(" + laneCount.apply(i));
      for (int j : LANES) {
        if (j != i) {
          List<String> placed = new ArrayList<>();
          for (int k : LANES) {
            if (k != j) {
              placed.add(
                  laneCount.apply(k)
                      + " = len(list_filter("
                      + fixes
                      + ", lambda y: y.f = "
                      + k
                      + "))");
            }
          }
          term.append(" + CASE WHEN ")
              .append(placed.isEmpty() ? "true" : String.join(" AND ", placed))
              .append(" THEN len(list_filter(")
              .append(fixes)
              .append(", lambda x: x.f = ")
              .append(j)
              .append(" AND len(list_filter(")
              .append(fixes)
              .append(", lambda y: y.f <> x.f AND ")
              .append(nauticalMilesSql("x.a", "x.o", "y.a", "y.o"))
              .append(" <= ")
              .append(FAR_NM)
              .append(")) = 0)) ELSE 0 END");
        }
      }
      terms.add(term.append(")").toString());
    }
    return "(CASE WHEN len("
        + fixes
        + ") = 0 THEN 0 ELSE greatest("
        + String.join(", ", terms)
        + ") END)";
  }
}
