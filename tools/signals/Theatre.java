// Scratch driver of issue 14 (ninth round), not part of the build. Run from the repository root:
//   java -cp amity-app/target/amity.jar tools/signals/Theatre.java 21-40
// The arithmetic behind the conflict areas (docs/decisions.md, "issue 14, ninth round, conflict
// areas"): simulates each seed (defaults, 365 days from 2025-01-01) and, for every insurgency
// episode, compares on the seven days ending at its peak the country's series with the series of
// each conflict area of that country (events whose action ADM1 is one of the area's divisions, not
// placed at country precision: org.amity.event.ConflictArea, the documented divisions, never the
// simulator's tags):
//   x   conflict (and material-conflict) incidents in the seven days, V all incidents, p the conflict share over the 28 days
//       before (start - 7), m the mean seven-day conflict count there;
//   zs  (x - V p) / sqrt(V p (1 - p))  (the share lens without over-dispersion)
//   zc  (x - m) / sqrt(m)              (a count lens, Poisson)
// Plus, per subject, the mean daily incidents and conflict incidents over the year.
import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;
import org.amity.event.ConflictArea;
import org.amity.event.Event;
import org.amity.ingest.FileScan;
import org.amity.ingest.Format;
import org.amity.simulate.*;

/** Scratch: country series against conflict-area series for insurgency episodes. */
public class Theatre {
  /** The area of an event's action place (ConflictArea.of: division known, not country-level). */
  static String areaOf(Event e) {
    return ConflictArea.of(e.action()).map(Enum::name).orElse(null);
  }

  /** Whether a country holds a conflict area. */
  static boolean hasArea(String iso3) {
    return Arrays.stream(ConflictArea.values()).anyMatch(a -> a.country().equals(iso3));
  }

  public static void main(String[] a) throws Exception {
    String[] r = a[0].split("-");
    long from = Long.parseLong(r[0]), to = Long.parseLong(r.length > 1 ? r[1] : r[0]);
    Map<String, double[]> yearly = new TreeMap<>();
    for (long seed = from; seed <= to; seed++) {
      Path dir = Files.createTempDirectory("theatre-" + seed + "-");
      SimulationResult res = new ScenarioSimulator(GdeltProfile.standard(),
          SimulationSettings.of(365, seed, LocalDate.parse("2025-01-01"), SimulationSettings.DEFAULT_ROWS_PER_DAY, null, null)).writeTo(dir.resolve("files"), true);
      // subject -> day -> {incidents, conflict incidents}, incidents as distinct keys per subject
      Map<String, Map<LocalDate, Set<String>>> all = new HashMap<>(), conflict = new HashMap<>(), material = new HashMap<>();
      List<Path> files;
      try (var s = Files.list(dir.resolve("files"))) { files = s.filter(p -> p.toString().endsWith(".export.CSV")).sorted().toList(); }
      for (Path f : files) {
        try (FileScan scan = FileScan.open(f, f.getFileName().toString(), Format.GDELT2, null)) {
          FileScan.Worker w = scan.newWorker();
          for (Event e = w.next(); e != null; e = w.next()) {
            String key = org.amity.signal.daily.IncidentKey.of(e).toString();
            boolean c = e.quadClass().number() >= 3, mc = e.quadClass().number() == 4;
            List<String> subs = new ArrayList<>();
            String src = e.source().country(), act = e.action().country();
            if (src != null) subs.add("C:" + src);
            if (act != null && !act.equals(src) && e.action().seaArea() == null) subs.add("C:" + act);
            String ar = areaOf(e);
            if (ar != null) subs.add("A:" + ar);
            for (String s : subs) {
              all.computeIfAbsent(s, k -> new HashMap<>()).computeIfAbsent(e.eventDate(), k -> new HashSet<>()).add(key);
              if (c) conflict.computeIfAbsent(s, k -> new HashMap<>()).computeIfAbsent(e.eventDate(), k -> new HashSet<>()).add(key);
              if (mc) material.computeIfAbsent(s, k -> new HashMap<>()).computeIfAbsent(e.eventDate(), k -> new HashSet<>()).add(key);
            }
          }
        }
      }
      try (var w = Files.walk(dir)) { w.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
      for (String s : all.keySet()) {
        if (!s.startsWith("A:") && !hasArea(s.substring(2))) continue;
        double[] y = yearly.computeIfAbsent(s, k -> new double[2]);
        y[0] += all.get(s).values().stream().mapToInt(Set::size).sum() / 365.0;
        y[1] += conflict.getOrDefault(s, Map.of()).values().stream().mapToInt(Set::size).sum() / 365.0;
      }
      Truth truth = res.truth();
      for (Episode ep : truth.episodes()) {
        if (ep.type() != EpisodeType.INSURGENCY) continue;
        String iso = ep.parties().get(0);
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "seed %d %s %s %s %.2f setting %s:", seed, ep.id(), ep.strength(), iso, ep.relativeIntensity(), ep.setting()));
        List<String> subjects = new ArrayList<>(List.of("C:" + iso));
        for (var e : ConflictArea.values()) if (e.country().equals(iso)) subjects.add("A:" + e.name());
        for (String s : subjects) {
          b.append(" | ").append(s);
          for (var lens : List.of(conflict, material)) {
            LocalDate peak = ep.peak();
            double x = sum(lens, s, peak.minusDays(6), peak), v = sum(all, s, peak.minusDays(6), peak);
            LocalDate b1 = ep.start().minusDays(7);
            double bc = sum(lens, s, b1.minusDays(28), b1.minusDays(1)), bv = sum(all, s, b1.minusDays(28), b1.minusDays(1));
            double p = bc / bv, m = bc / 4;
            double zs = (x - v * p) / Math.sqrt(v * p * (1 - p)), zc = (x - m) / Math.sqrt(m);
            b.append(String.format(Locale.ROOT, " %s x %.0f V %.0f p %.3f m %.1f zs %.2f zc %.2f", lens == conflict ? "conflict" : "mc", x, v, p, m, zs, zc));
          }
        }
        System.out.println(b);
      }
    }
    System.out.println("mean incidents a day (all, conflict) over the seeds:");
    int n = (int) (to - from + 1);
    yearly.forEach((s, y) -> System.out.printf(Locale.ROOT, "  %-14s %.1f %.1f%n", s, y[0] / n, y[1] / n));
  }

  static double sum(Map<String, Map<LocalDate, Set<String>>> m, String s, LocalDate from, LocalDate to) {
    double t = 0;
    for (var e : m.getOrDefault(s, Map.of()).entrySet())
      if (!e.getKey().isBefore(from) && !e.getKey().isAfter(to)) t += e.getValue().size();
    return t;
  }
}
