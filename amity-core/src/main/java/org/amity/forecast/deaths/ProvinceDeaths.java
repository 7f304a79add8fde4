package org.amity.forecast.deaths;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.amity.event.Event;
import org.amity.forecast.piracy.IncidentCounts;
import org.amity.ingest.EventSource;
import org.amity.ingest.ucdp.GedSource;

/**
 * Deaths per province and month, with what is known of coverage: a province's record starts with
 * its first GED event, and a country's months run to its last recorded event (the extracts do not
 * say their release, so months after the last event are unknown, not zero). Months inside that span
 * with no event are real zeros: GED records every event with at least one death. An event without a
 * province ({@code adm_1} blank) counts in its country's deaths but is no province: it is not among
 * {@link #provinces()}, so it is never forecast or scored as one.
 */
public final class ProvinceDeaths {
  /** One province: its country, name and deaths per month index. */
  public record Province(String key, String country, String name, Map<Integer, Long> deaths) {
    public long deaths(int month) {
      return deaths.getOrDefault(month, 0L);
    }

    public int firstMonth() {
      return deaths.keySet().stream().mapToInt(Integer::intValue).min().orElseThrow();
    }
  }

  private final Map<String, Province> provinces = new TreeMap<>();
  private final Map<String, Integer> countryLast = new TreeMap<>();
  private final Map<String, Integer> countryFirst = new TreeMap<>();
  private final Map<String, Map<Integer, Long>> withoutProvince = new TreeMap<>();
  private int rows;

  private ProvinceDeaths() {}

  /** Reads every GED file under {@code gedDir} with Amity's GED reader (rejects are left out). */
  public static ProvinceDeaths read(Path gedDir) throws IOException {
    ProvinceDeaths d = new ProvinceDeaths();
    List<Path> files;
    try (Stream<Path> s = Files.list(gedDir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no UCDP GED .csv file in " + gedDir);
    }
    for (Path f : files) {
      try (GedSource src = GedSource.open(f, f.toString(), null)) {
        EventSource.Worker w = src.newWorker();
        for (Event e = w.next(); e != null; e = w.next()) {
          d.rows++;
          if (e.fatalities() == null) {
            d.add(e.action().country(), e.action().adm1(), month(e.eventDate()), 0);
            continue;
          }
          // a record dated by a range: its dead spread over the range's days, summed per month
          // (Fatalities#spread, as the store's panel and the watch count them)
          Map<Integer, Long> months = new java.util.TreeMap<>();
          List<Long> shares = e.fatalities().spread(e.eventDate());
          for (int i = 0; i < shares.size(); i++) {
            months.merge(month(e.eventDate().plusDays(i)), shares.get(i), Long::sum);
          }
          for (Map.Entry<Integer, Long> m : months.entrySet()) {
            d.add(e.action().country(), e.action().adm1(), m.getKey(), m.getValue());
          }
        }
      }
    }
    return d;
  }

  private static int month(java.time.LocalDate day) {
    return IncidentCounts.month(day.getYear(), day.getMonthValue());
  }

  /** From the store's sums; fails when the store holds no UCDP GED event. */
  public static ProvinceDeaths of(GedMonthDeaths store) {
    ProvinceDeaths d = new ProvinceDeaths();
    for (GedMonthDeaths.ProvinceMonth r : store.gedMonths()) {
      d.add(r.country(), r.province(), IncidentCounts.month(r.year(), r.month()), r.deaths());
      d.rows++;
    }
    if (d.countryLast.isEmpty()) {
      throw new IllegalStateException(
          "the store holds no UCDP GED events: load them with 'amity ingest ucdp-ged'");
    }
    return d;
  }

  private void add(String country, String province, int month, long deaths) {
    String c = country == null ? "?" : country;
    if (province == null || province.isBlank()) {
      withoutProvince.computeIfAbsent(c, k -> new HashMap<>()).merge(month, deaths, Long::sum);
    } else {
      String name = province.strip();
      String key = c + ":" + name;
      provinces
          .computeIfAbsent(key, k -> new Province(k, c, c + " " + name, new HashMap<>()))
          .deaths()
          .merge(month, deaths, Long::sum);
    }
    countryLast.merge(c, month, Math::max);
    countryFirst.merge(c, month, Math::min);
  }

  /** The provinces (never the events without one). */
  public List<Province> provinces() {
    return new ArrayList<>(provinces.values());
  }

  /** The countries read, in alphabetical order. */
  public List<String> countries() {
    return new ArrayList<>(countryLast.keySet());
  }

  /** The last month with an event in the country: the end of its known record. */
  public int lastMonth(String country) {
    return countryLast.get(country);
  }

  public int firstMonth() {
    return countryFirst.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
  }

  /** Deaths in the whole country in month {@code m}, with those of events without a province. */
  public long countryDeaths(String country, int m) {
    long sum = withoutProvince.getOrDefault(country, Map.of()).getOrDefault(m, 0L);
    for (Province p : provinces.values()) {
      if (p.country().equals(country)) {
        sum += p.deaths(m);
      }
    }
    return sum;
  }

  /** Deaths of the country's events without a province, over its whole record. */
  public long deathsWithoutProvince(String country) {
    return withoutProvince.getOrDefault(country, Map.of()).values().stream()
        .mapToLong(Long::longValue)
        .sum();
  }

  /** Events (or store rows) read. */
  public int rows() {
    return rows;
  }
}
