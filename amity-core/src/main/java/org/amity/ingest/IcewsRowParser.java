package org.amity.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amity.event.Actor;
import org.amity.event.CameoCodebook;
import org.amity.event.CameoEntry;
import org.amity.event.Country;
import org.amity.event.CountryTable;
import org.amity.event.Event;
import org.amity.event.GeoPrecision;
import org.amity.event.Location;
import org.amity.event.SeaArea;

/**
 * Parses ICEWS coded event files: tab-separated, 20 columns in a fixed order under a header line,
 * {@code NA} for missing values, countries spelled out. Actor sectors ("Military", "Police",
 * "Insurgents") are mapped to CAMEO role codes so that ICEWS actors read like GDELT's. With a list
 * of {@link OfficeHolders}, a named person whose sectors give no state role gets the state role he
 * held in his country on the event's date (ICEWS gives India's prime minister party sectors only).
 */
final class IcewsRowParser implements RowParser {
  static final String HEADER_START = "Event ID";
  private static final int COLUMNS = 20;

  /** Order in which role codes are kept when a sector list yields more than three. */
  private static final List<String> ROLE_PRIORITY =
      List.of(
          "MIL", "COP", "SPY", "GOV", "JUD", "LEG", "REB", "INS", "SEP", "OPP", "PTY", "CRM", "REF",
          "IMG", "CVL", "MED", "BUS", "MNC", "NGO", "IGO", "LAB", "EDU", "REL", "HRI", "ETN");

  private static final Map<String, List<String>> SECTORS = loadSectors();

  private final CameoCodebook codebook;
  private final CountryTable countries;
  private final OfficeHolders officeHolders;
  private final Fields f = new Fields(COLUMNS);

  /**
   * @param officeHolders dated roles of named persons, or null to take the rows as they are
   */
  IcewsRowParser(CameoCodebook codebook, CountryTable countries, OfficeHolders officeHolders) {
    this.codebook = codebook;
    this.countries = countries;
    this.officeHolders = officeHolders;
  }

  @Override
  public Event parse(byte[] b, int from, int to, long lineNumber) throws RowException {
    int n = f.split(b, from, to);
    if (lineNumber == 1 && n > 0 && f.equalsAscii(0, HEADER_START)) {
      return null;
    }
    if (n != COLUMNS) {
      throw new RowException(
          "expected 20 tab-separated columns, found " + (n > COLUMNS ? "more than 20" : n));
    }
    if (f.isMissing(0)) {
      throw new RowException("Event ID is missing");
    }
    f.longValue(0, "Event ID");
    var date = f.date(1, "Event Date");
    CameoEntry entry = codebook.find(f.bytes(), f.start(6), f.end(6));
    if (entry == null) {
      // an ICEWS-only code (1213) is read as its CAMEO parent (121), the rule of the daily files
      entry = codebook.parentOf(f.bytes(), f.start(6), f.end(6));
    }
    if (entry == null) {
      throw new RowException("unknown CAMEO event code " + f.quote(6));
    }
    double intensity = f.isMissing(7) ? entry.goldstein() : f.doubleValue(7, "Intensity", false);
    if (intensity < -10 || intensity > 10) {
      throw new RowException("Intensity outside -10..10: " + f.quote(7));
    }
    return new Event(
        org.amity.event.Dataset.ICEWS.id(),
        f.string(0),
        date,
        null,
        actor(2, 3, 4, date),
        actor(8, 9, 10, date),
        entry.code(),
        false,
        entry.quadClass(),
        intensity,
        1,
        1,
        1,
        Double.NaN,
        location(),
        null);
  }

  private Actor actor(int name, int sectors, int country, LocalDate date) {
    String actorName = f.stringOrNull(name);
    String countryName = f.stringOrNull(country);
    if (actorName == null && countryName == null) {
      return Actor.NONE;
    }
    String iso3 =
        countryName == null
            ? null
            : countries.findByName(countryName).map(Country::iso3).orElse(null);
    List<String> roles = roles(f.stringOrNull(sectors));
    Actor actor = Actor.fromCountryAndRoles(actorName, iso3, roles);
    return officeHolders == null ? actor : officeHolders.resolve(actor, date);
  }

  /** CAMEO role codes for a comma-separated ICEWS sector list: at most three, by priority. */
  static List<String> roles(String sectorList) {
    if (sectorList == null) {
      return List.of();
    }
    Set<String> codes = new LinkedHashSet<>();
    for (String s : sectorList.split(",")) {
      List<String> c = SECTORS.get(s.trim());
      if (c != null) {
        codes.addAll(c);
      }
    }
    List<String> ordered = new ArrayList<>(3);
    for (String r : ROLE_PRIORITY) {
      if (codes.contains(r) && ordered.size() < 3) {
        ordered.add(r);
      }
    }
    for (String c : codes) {
      if (!ordered.contains(c) && ordered.size() < 3) {
        ordered.add(c);
      }
    }
    return ordered;
  }

  private Location location() throws RowException {
    String city = f.stringOrNull(14);
    String district = f.stringOrNull(15);
    String province = f.stringOrNull(16);
    String country = f.stringOrNull(17);
    if (city == null && district == null && province == null && country == null) {
      return Location.UNKNOWN;
    }
    String iso3 =
        country == null ? null : countries.findByName(country).map(Country::iso3).orElse(null);
    double lat = f.isMissing(18) ? Double.NaN : f.doubleValue(18, "Latitude", true);
    double lon = f.isMissing(19) ? Double.NaN : f.doubleValue(19, "Longitude", true);
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      throw new RowException("Latitude/Longitude out of range");
    }
    GeoPrecision precision =
        city != null
            ? GeoPrecision.PLACE
            : (province != null || district != null) ? GeoPrecision.ADM1 : GeoPrecision.COUNTRY;
    StringBuilder name = new StringBuilder();
    for (String part : new String[] {city, district, province, country}) {
      if (part != null) {
        name.append(name.length() == 0 ? "" : ", ").append(part);
      }
    }
    String place = name.toString();
    return new Location(
        iso3,
        province,
        lat,
        lon,
        precision,
        place,
        SeaArea.ofPlaceName(place).map(SeaArea::name).orElse(null));
  }

  private static Map<String, List<String>> loadSectors() {
    InputStream in = IcewsRowParser.class.getResourceAsStream("/org/amity/event/icews-sectors.tsv");
    if (in == null) {
      throw new IllegalStateException("missing resource icews-sectors.tsv");
    }
    Map<String, List<String>> map = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      boolean header = true;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] p = line.split("\t", -1);
        map.put(p[0], p.length < 2 || p[1].isBlank() ? List.of() : List.of(p[1].split(" ")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return map;
  }
}
