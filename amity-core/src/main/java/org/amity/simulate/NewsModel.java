package org.amity.simulate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the news reports an incident, drawn from the profile: how many rows (one per report), and for
 * each row its coverage counts, tone, root-event flag, time of day and source URL.
 */
final class NewsModel {
  private static final List<String> WIRES =
      List.of("asia-wire.example", "global-newswire.example", "regional-monitor.example");
  private static final List<String> MASTHEADS =
      List.of("daily", "herald", "times", "post", "tribune", "courier");

  private final Map<Integer, Weighted<Integer>> rowsPerIncident = new TreeMap<>();
  private final Weighted<String> coverage;
  private final Map<Integer, GdeltProfile.Tone> tone = new TreeMap<>();
  private final double rootShare;

  NewsModel(GdeltProfile p) {
    p.reportsPerIncident()
        .forEach(
            (quad, sizes) -> {
              Map<Integer, Long> m = new TreeMap<>();
              sizes.forEach((size, n) -> m.put(Integer.parseInt(size), n));
              rowsPerIncident.put(Integer.parseInt(quad), Weighted.of(m));
            });
    coverage = Weighted.of(new TreeMap<>(p.coverage()));
    p.toneByQuadClass().forEach((q, t) -> tone.put(Integer.parseInt(q), t));
    long root = p.rootEvent().getOrDefault("1", 0L);
    rootShare = root / (double) (root + p.rootEvent().getOrDefault("0", 0L));
    for (int q = 1; q <= 4; q++) {
      if (!rowsPerIncident.containsKey(q) || !tone.containsKey(q)) {
        throw new IllegalArgumentException("profile lacks QuadClass " + q);
      }
    }
  }

  /** How many rows (reports) one incident of this QuadClass becomes. */
  int rows(int quadClass, Chance c) {
    return rowsPerIncident.get(quadClass).pick(c);
  }

  /** The mean rows per incident for a QuadClass. */
  double meanRows(int quadClass) {
    return rowsPerIncident.get(quadClass).mean(Integer::doubleValue);
  }

  /** NumMentions, NumSources, NumArticles of one row. */
  int[] coverage(Chance c) {
    String[] f = coverage.pick(c).split("/");
    return new int[] {Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2])};
  }

  /**
   * The AvgTone of one report: normal around the QuadClass mean, then written as GDELT computes it,
   * a whole number of tone words in a document of 150 to 1,500 words.
   */
  double tone(int quadClass, Chance c) {
    GdeltProfile.Tone t = tone.get(quadClass);
    double target = Math.max(-30, Math.min(30, t.mean() + t.sd() * c.gaussian()));
    int words = c.between(150, 1500);
    long net = StrictMath.round(target * words / 100);
    return 100.0 * net / words;
  }

  boolean root(Chance c) {
    return c.chance(rootShare);
  }

  /** A time of day on one of the 96 quarter hours GDELT publishes at. */
  LocalDateTime added(LocalDate day, Chance c) {
    return day.atStartOfDay().plusMinutes(15L * c.between(0, 95));
  }

  /** A source URL on a reserved example domain, unique through the row id. */
  String url(Incident in, LocalDate reported, long id, Chance c) {
    String outlet;
    Gazetteer places = Gazetteer.standard();
    if (in.place() == null || !places.hasCentroid(in.place().iso3()) || c.chance(0.3)) {
      outlet = c.pick(WIRES);
    } else {
      String city = places.capital(in.place().iso3()).fullName().split(",")[0];
      outlet = slug(city) + "-" + c.pick(MASTHEADS) + ".example";
    }
    LocalDate d = reported;
    return String.format(
        Locale.ROOT,
        "https://www.%s/%d/%02d/%02d/%s-%s",
        outlet,
        d.getYear(),
        d.getMonthValue(),
        d.getDayOfMonth(),
        slug(in.code().label()),
        Long.toString(id, 36));
  }

  static String slug(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
