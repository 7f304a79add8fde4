package org.amity.simulate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.amity.event.Actor;
import org.amity.event.CountryTable;
import org.amity.event.Event;
import org.amity.event.GeoPrecision;
import org.amity.event.Location;
import org.amity.ingest.FileScan;
import org.amity.ingest.Format;
import org.amity.ingest.FormatDetector;

/**
 * Measures a {@link GdeltProfile} on real GDELT event files, read through the ingest's own parser.
 * Keeps counts only. Feed it every file with {@link #read}, then take {@link #profile}.
 */
public final class ProfileCalibrator {
  /** Outside partners counted by name; any other outside country counts as "OTHER". */
  static final Set<String> PARTNERS =
      Set.of("CHN", "USA", "JPN", "AUS", "IND", "RUS", "KOR", "GBR", "FRA", "DEU");

  /** A place name whose first part names a body of water: the action is at sea. */
  private static final Pattern SEA =
      Pattern.compile("^[^,]*\\b(Sea|Strait|Straits|Shoal|Reef|Gulf|Ocean)\\b.*");

  private final Set<String> asean = CountryTable.standard().aseanMembers();
  private final List<GdeltProfile.SourceFile> sources = new ArrayList<>();
  private long rows;
  private long regionRows;
  private final Map<String, Long> quadClass = new TreeMap<>();
  private final Map<String, Map<String, Long>> codes = new TreeMap<>();
  private final Map<String, Map<String, Long>> actorKinds = new TreeMap<>();
  private final Map<String, Long> roles = new TreeMap<>();
  private final Map<String, Long> counterparts = new TreeMap<>();
  private final Map<String, Map<String, Long>> reports = new TreeMap<>();
  private final Map<String, Long> coverage = new TreeMap<>();
  private final Map<String, double[]> tone = new TreeMap<>();
  private final Map<String, Long> rootEvent = new TreeMap<>();
  private final Map<String, Long> geoPrecision = new TreeMap<>();
  private final Map<String, Long> actionPlace = new TreeMap<>();
  private final Map<String, Long> countries = new TreeMap<>();
  private final Map<String, Long> lag = new TreeMap<>();

  /** Reads one GDELT event file (1.0 or 2.0 layout); rejected lines are counted, not used. */
  public void read(Path file) throws IOException {
    Format format = FormatDetector.detect(file);
    if (format != Format.GDELT1 && format != Format.GDELT2) {
      throw new IOException(file + ": not a GDELT event file (looks like " + format + ")");
    }
    Map<String, Integer> groups = new HashMap<>();
    long n = 0;
    try (FileScan scan = FileScan.open(file, file.toString(), format, null)) {
      FileScan.Worker w = scan.newWorker();
      for (Event e = w.next(); e != null; e = w.next()) {
        n++;
        count(e, format == Format.GDELT2);
        groups.merge(incidentKey(e), 1, Integer::sum);
      }
      if (scan.failure() != null) {
        throw scan.failure();
      }
      sources.add(
          new GdeltProfile.SourceFile(
              String.valueOf(file.getFileName()), format.name(), n, scan.rejects().count()));
    }
    groups.forEach(
        (key, size) ->
            add(reports.computeIfAbsent(key.substring(0, 1), k -> new TreeMap<>()), "" + size));
  }

  private static String incidentKey(Event e) {
    return e.quadClass().number()
        + "|"
        + e.eventDate()
        + "|"
        + e.source().code()
        + "|"
        + e.target().code()
        + "|"
        + e.code().code()
        + "|"
        + e.action().country();
  }

  private void count(Event e, boolean v2) {
    rows++;
    String quad = Integer.toString(e.quadClass().number());
    add(codes.computeIfAbsent(quad, k -> new TreeMap<>()), e.code().code());
    role(e.source());
    role(e.target());
    add(coverage, e.mentions() + "/" + e.sources() + "/" + e.articles());
    add(rootEvent, e.rootEvent() ? "1" : "0");
    if (v2 && !Double.isNaN(e.avgTone())) {
      double[] t = tone.computeIfAbsent(quad, k -> new double[3]);
      t[0]++;
      t[1] += e.avgTone();
      t[2] += e.avgTone() * e.avgTone();
    }
    String home = home(e);
    if (home == null) {
      return;
    }
    regionRows++;
    add(quadClass, quad);
    add(countries, home);
    add(actorKinds.computeIfAbsent("source", k -> new TreeMap<>()), kind(e.source()));
    add(actorKinds.computeIfAbsent("target", k -> new TreeMap<>()), kind(e.target()));
    counterpart(e, home);
    place(e.action(), home);
    if (e.dateAdded() != null) {
      add(lag, lagBucket(ChronoUnit.DAYS.between(e.eventDate(), e.dateAdded().toLocalDate())));
    }
  }

  /** The ASEAN country a region row is about, or null when the row is not a region row. */
  private String home(Event e) {
    for (String c :
        new String[] {e.action().country(), e.source().country(), e.target().country()}) {
      if (c != null && asean.contains(c)) {
        return c;
      }
    }
    return null;
  }

  private void role(Actor a) {
    if (!a.types().isEmpty()) {
      add(roles, a.types().get(0));
    }
  }

  static String kind(Actor a) {
    if (a.isEmpty()) {
      return "none";
    }
    if (a.country() != null) {
      return a.types().isEmpty() ? "country" : "countryRole";
    }
    return !a.types().isEmpty() && a.knownGroup() == null ? "role" : "other";
  }

  private void counterpart(Event e, String home) {
    String a = e.source().country();
    String b = e.target().country();
    if (a == null || b == null) {
      return;
    }
    String other = home.equals(a) ? b : a;
    String key;
    if (other.equals(home)) {
      key = "SAME";
    } else if (asean.contains(other)) {
      key = "ASEAN";
    } else {
      key = PARTNERS.contains(other) ? other : "OTHER";
    }
    add(counterparts, key);
  }

  private void place(Location l, String home) {
    if (l.precision() == GeoPrecision.NONE) {
      add(actionPlace, "none");
    } else if (l.name() != null && SEA.matcher(l.name()).matches()) {
      add(actionPlace, "sea");
    } else if (l.country() != null && asean.contains(l.country())) {
      add(actionPlace, "home");
      add(geoPrecision, l.precision().name().toLowerCase(java.util.Locale.ROOT));
    } else {
      add(actionPlace, "abroad");
    }
  }

  static String lagBucket(long days) {
    if (days <= 0) {
      return "0";
    }
    if (days == 1) {
      return "1";
    }
    if (days <= 7) {
      return "2-7";
    }
    if (days <= 31) {
      return "8-31";
    }
    return days <= 365 ? "32-365" : "366+";
  }

  private static void add(Map<String, Long> m, String key) {
    m.merge(key, 1L, Long::sum);
  }

  /** The profile of everything read so far. */
  public GdeltProfile profile() {
    Map<String, GdeltProfile.Tone> tones = new TreeMap<>();
    tone.forEach(
        (q, t) -> {
          double mean = t[1] / t[0];
          double sd = Math.sqrt(Math.max(0, t[2] / t[0] - mean * mean));
          tones.put(q, new GdeltProfile.Tone((long) t[0], round(mean), round(sd)));
        });
    return new GdeltProfile(
        "Counts from amity simulate calibrate over the files listed; region rows touch an ASEAN"
            + " member; see docs/simulation.md",
        List.copyOf(sources),
        rows,
        regionRows,
        quadClass,
        codes,
        actorKinds,
        roles,
        counterparts,
        reports,
        coverage,
        tones,
        rootEvent,
        geoPrecision,
        actionPlace,
        countries,
        lag);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
