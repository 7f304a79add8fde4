package org.amity.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Countries by ISO3, FIPS 10-4, CAMEO code and spelled-out name. GDELT geo fields use FIPS codes
 * (RP is the Philippines, BM Myanmar); actor fields use CAMEO codes, which are ISO3 but for a few
 * (TMP for Timor-Leste); ICEWS spells names out. All of them map to ISO3 here.
 */
public final class CountryTable {
  private static final String RESOURCE = "/org/amity/event/countries.tsv";
  private static volatile CountryTable standard;

  private final Map<String, Country> byIso3;
  private final Map<String, Country> byFips = new HashMap<>();
  private final Map<String, Country> byCameo = new HashMap<>();
  private final Map<String, Country> byName = new HashMap<>();
  private final Map<Integer, Country> byCow = new HashMap<>();

  /** ISO3 by FIPS code packed into an int: fast path for the ingest parser. */
  private final String[] iso3ByFips = new String[65536];

  private CountryTable(Map<String, Country> byIso3) {
    this.byIso3 = Collections.unmodifiableMap(byIso3);
    for (Country c : byIso3.values()) {
      byCameo.put(c.iso3(), c);
      for (String f : c.fipsCodes()) {
        byFips.put(f, c);
        iso3ByFips[(f.charAt(0) << 8) | f.charAt(1)] = c.iso3();
      }
      for (String code : c.cameoCodes()) {
        byCameo.put(code, c);
      }
      if (c.cow() > 0) {
        byCow.putIfAbsent(c.cow(), c);
      }
      byName.put(normalise(c.name()), c);
      for (String a : c.aliases()) {
        byName.putIfAbsent(normalise(a), c);
      }
    }
  }

  /** The table shipped with Amity. */
  public static CountryTable standard() {
    CountryTable t = standard;
    if (t == null) {
      synchronized (CountryTable.class) {
        if (standard == null) {
          standard = load();
        }
        t = standard;
      }
    }
    return t;
  }

  private static CountryTable load() {
    Map<String, Country> map = new LinkedHashMap<>();
    for (String[] f : ReferenceTables.read(RESOURCE, 9)) {
      map.put(
          f[0],
          new Country(
              f[0],
              f[1],
              split(f[2]),
              split(f[3]),
              f[6],
              split(f[7]),
              "1".equals(f[4]),
              "1".equals(f[5]),
              f[8].isEmpty() ? 0 : Integer.parseInt(f[8])));
    }
    return new CountryTable(map);
  }

  private static List<String> split(String s) {
    return s.isEmpty() ? List.of() : Arrays.asList(s.split("\\|"));
  }

  private static String normalise(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }

  public Optional<Country> findByIso3(String iso3) {
    return Optional.ofNullable(iso3 == null ? null : byIso3.get(iso3));
  }

  /** Returns the country or throws if the code is unknown. */
  public Country getByIso3(String iso3) {
    return findByIso3(iso3)
        .orElseThrow(() -> new IllegalArgumentException("unknown ISO3 country code: " + iso3));
  }

  public Optional<Country> findByFips(String fips) {
    return Optional.ofNullable(fips == null ? null : byFips.get(fips));
  }

  /** ISO3 for a two-letter FIPS code in {@code bytes[from, from+2)}, or null if unknown. */
  public String iso3OfFips(byte[] bytes, int from, int to) {
    if (to - from != 2) {
      return null;
    }
    return iso3ByFips[((bytes[from] & 0xff) << 8) | (bytes[from + 1] & 0xff)];
  }

  /** Maps a CAMEO actor country code (ISO3 or CAMEO's own variant) to the country. */
  public Optional<Country> findByCameo(String code) {
    return Optional.ofNullable(code == null ? null : byCameo.get(code));
  }

  /** Maps a Correlates of War country number (710 China, 840 Philippines) to the country. */
  public Optional<Country> findByCow(int cow) {
    return Optional.ofNullable(byCow.get(cow));
  }

  /** Maps a spelled-out name ("Philippines", "Russian Federation") to the country. */
  public Optional<Country> findByName(String name) {
    return Optional.ofNullable(name == null ? null : byName.get(normalise(name)));
  }

  public Collection<Country> countries() {
    return byIso3.values();
  }

  /** ISO3 codes of the ASEAN members (Timor-Leste included), sorted. */
  public Set<String> aseanMembers() {
    Set<String> s = new TreeSet<>();
    for (Country c : byIso3.values()) {
      if (c.asean()) {
        s.add(c.iso3());
      }
    }
    return Collections.unmodifiableSet(s);
  }

  /** ISO3 codes flagged as outside great powers, sorted. */
  public List<String> greatPowers() {
    List<String> l = new ArrayList<>();
    for (Country c : byIso3.values()) {
      if (c.greatPower()) {
        l.add(c.iso3());
      }
    }
    return Collections.unmodifiableList(l);
  }
}
