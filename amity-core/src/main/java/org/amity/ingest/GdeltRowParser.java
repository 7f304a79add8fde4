package org.amity.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.amity.event.Actor;
import org.amity.event.CameoCode;
import org.amity.event.CameoCodebook;
import org.amity.event.CameoEntry;
import org.amity.event.CountryTable;
import org.amity.event.Event;
import org.amity.event.GeoPrecision;
import org.amity.event.Location;
import org.amity.event.QuadClass;
import org.amity.event.SeaArea;

/**
 * Parses GDELT event rows. Version 1.0 rows have 57 columns (back files) or 58 (daily files with
 * SOURCEURL) and both may appear in one file; version 2.0 rows have 61, with an ADM2 code in each
 * geo block and a timestamp in DATEADDED. Geo country codes are FIPS 10-4 and are mapped to ISO3.
 */
final class GdeltRowParser implements RowParser {
  private static final int ACTOR1 = 5;
  private static final int ACTOR2 = 15;
  private static final int IS_ROOT = 25;
  private static final int EVENT_CODE = 26;
  private static final int QUAD = 29;
  private static final int GOLDSTEIN = 30;
  private static final int MENTIONS = 31;
  private static final int SOURCES = 32;
  private static final int ARTICLES = 33;
  private static final int TONE = 34;

  private final boolean v2;
  private final CameoCodebook codebook;
  private final CountryTable countries;
  private final Fields f = new Fields(61);

  GdeltRowParser(boolean v2, CameoCodebook codebook, CountryTable countries) {
    this.v2 = v2;
    this.codebook = codebook;
    this.countries = countries;
  }

  @Override
  public Event parse(byte[] b, int from, int to, long lineNumber) throws RowException {
    int n = f.split(b, from, to);
    if (v2 ? n != 61 : n != 57 && n != 58) {
      throw new RowException(
          "expected " + (v2 ? "61" : "57 or 58") + " tab-separated columns, found " + columns(n));
    }
    if (f.isEmpty(0)) {
      throw new RowException("GLOBALEVENTID is empty");
    }
    f.longValue(0, "GLOBALEVENTID");
    String id = f.string(0);
    LocalDate date = f.date(1, "SQLDATE");
    CameoEntry entry = codebook.find(f.bytes(), f.start(EVENT_CODE), f.end(EVENT_CODE));
    if (entry == null) {
      throw new RowException("unknown CAMEO event code " + f.quote(EVENT_CODE));
    }
    int quad = f.intValue(QUAD, "QuadClass");
    if (quad < 1 || quad > 4) {
      throw new RowException("QuadClass must be 1 to 4, found " + f.quote(QUAD));
    }
    double goldstein = f.doubleValue(GOLDSTEIN, "GoldsteinScale", false);
    if (goldstein < -10 || goldstein > 10) {
      throw new RowException("GoldsteinScale outside -10..10: " + f.quote(GOLDSTEIN));
    }
    int isRoot = f.intValue(IS_ROOT, "IsRootEvent");
    int mentions = f.intValue(MENTIONS, "NumMentions");
    int sources = f.intValue(SOURCES, "NumSources");
    int articles = f.intValue(ARTICLES, "NumArticles");
    double tone = f.doubleValue(TONE, "AvgTone", true);
    int geo = v2 ? 51 : 49;
    int added = v2 ? 59 : 56;
    LocalDateTime dateAdded = f.dateTime(added, "DATEADDED");
    String url = (v2 || n == 58) ? f.string(v2 ? 60 : 57) : null;
    CameoCode code = entry.code();
    return new Event(
        org.amity.event.Dataset.GDELT.id(),
        id,
        date,
        dateAdded,
        actor(ACTOR1),
        actor(ACTOR2),
        code,
        isRoot == 1,
        QuadClass.ofNumber(quad),
        goldstein,
        mentions,
        sources,
        articles,
        tone,
        location(geo),
        url);
  }

  /** Slots of the place-name cache of {@link #seaOf} (a power of two). */
  private static final int SEA_SLOTS = 1024;

  private final String[] seaNames = new String[SEA_SLOTS];
  private final SeaArea[] seaAreas = new SeaArea[SEA_SLOTS];

  /**
   * The sea area a place name lies in, or null: {@link SeaArea#ofPlaceName}, remembered for the
   * name's {@code String} (place names repeat, and {@link Fields#coded} gives a repeated one as the
   * same instance).
   */
  private SeaArea seaOf(String name) {
    if (name == null) {
      return null;
    }
    int slot = System.identityHashCode(name) & (SEA_SLOTS - 1);
    if (seaNames[slot] == name) {
      return seaAreas[slot];
    }
    SeaArea sea = SeaArea.ofPlaceName(name).orElse(null);
    seaNames[slot] = name;
    seaAreas[slot] = sea;
    return sea;
  }

  private static String columns(int n) {
    return n > 61 ? "more than 61" : Integer.toString(n);
  }

  private Actor actor(int i) {
    String code = f.coded(i);
    String name = f.coded(i + 1);
    String countryCode = f.coded(i + 2);
    if (code == null && name == null && countryCode == null) {
      return Actor.NONE;
    }
    String country =
        countryCode == null
            ? null
            : countries.findByCameo(countryCode).map(c -> c.iso3()).orElse(null);
    List<String> types = new ArrayList<>(3);
    for (int t = i + 7; t <= i + 9; t++) {
      String type = f.coded(t);
      if (type != null) {
        types.add(type);
      }
    }
    return new Actor(code, name, country, f.coded(i + 3), f.coded(i + 4), f.coded(i + 5), types);
  }

  /** Reads a geo block starting at its type column. */
  private Location location(int geo) throws RowException {
    if (f.isEmpty(geo)) {
      return Location.UNKNOWN;
    }
    int type = f.intValue(geo, "ActionGeo_Type");
    int country = geo + 2;
    int adm1 = geo + 3;
    int lat = v2 ? geo + 5 : geo + 4;
    String iso3 = countries.iso3OfFips(f.bytes(), f.start(country), f.end(country));
    double latitude = f.doubleValue(lat, "ActionGeo_Lat", true);
    double longitude = f.doubleValue(lat + 1, "ActionGeo_Long", true);
    if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
      throw new RowException("ActionGeo coordinates out of range");
    }
    String name = f.coded(geo + 1);
    SeaArea sea = seaOf(name);
    if (sea == null && ("XSP".equals(iso3) || "XPI".equals(iso3))) {
      sea = SeaArea.SOUTH_CHINA_SEA;
    }
    return new Location(
        iso3,
        f.coded(adm1),
        latitude,
        longitude,
        GeoPrecision.ofGdeltType(type),
        name,
        sea == null ? null : sea.name());
  }
}
