package org.amity.ingest.polecat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Predicate;
import org.amity.event.Actor;
import org.amity.event.ActorRoles;
import org.amity.event.Country;
import org.amity.event.CountryTable;
import org.amity.event.Event;
import org.amity.event.GeoPrecision;
import org.amity.event.Location;
import org.amity.ingest.EventTypeMap;
import org.amity.ingest.RowException;
import org.amity.ingest.csv.CsvFiles;
import org.amity.ingest.csv.CsvRecordSource;
import org.amity.ingest.csv.CsvRow;

/**
 * Reads POLECAT event files: tab-separated with a header line, no quoting, {@code None} for a
 * missing value, {@code ;} between the values of a multi-valued field. Columns are found by name
 * (the monthly archives write {@code Intensity}, the weekly files {@code Event Intensity}; some add
 * {@code Headline}, {@code Event Text}, {@code Feed}, {@code Story ID}).
 *
 * <p>Built from the POLECAT and PLOVER documentation: no real POLECAT rows could be had (see {@code
 * shared/data/polecat/PROVENANCE.md}), so the layout is the documented one and the tests use files
 * written to it.
 *
 * <p>The PLOVER event type and mode become a CAMEO code and QuadClass through {@code
 * plover-event-types.tsv}; a type the table does not know is a reject. POLECAT's intensity (-10 to
 * +10, Goldstein's scale) is the Goldstein value when given, else the codebook's weight for the
 * code. The subtype keeps the PLOVER type, mode and contexts ({@code ASSAULT/firearms
 * [military;terrorism]}), so nothing POLECAT says about the event is lost; the narrative is the
 * event text or headline when the file has one. Malformed rows (a text field holding a tab or a
 * line break, which splits or widens the row) have the wrong number of fields and are rejected.
 */
public final class PolecatSource extends CsvRecordSource {
  public static final String DATASET = org.amity.event.Dataset.POLECAT.id();
  public static final String FORMAT = "POLECAT_TSV";
  private static final String RESOURCE = "/org/amity/ingest/plover-event-types.tsv";
  private static final String KIND =
      "a POLECAT file (tab-separated with Event ID, Event Type, ...)";
  static final List<String> REQUIRED =
      List.of(
          "event id",
          "event date",
          "event type",
          "event mode",
          "contexts",
          "actor name",
          "actor country",
          "recipient name",
          "recipient country",
          "country",
          "latitude",
          "longitude");

  private final EventTypeMap types = EventTypeMap.load(RESOURCE);
  private final CountryTable countries = CountryTable.standard();
  private final ActorRoles roles = ActorRoles.standard();

  private PolecatSource(Path path, String displayName, Predicate<Event> filter) throws IOException {
    super(path, displayName, DATASET, FORMAT, filter, CsvFiles.TABS, byName(REQUIRED, KIND));
  }

  /** Opens a file after checking its header is a POLECAT one. */
  public static PolecatSource open(Path path, String displayName, Predicate<Event> filter)
      throws IOException {
    byName(REQUIRED, KIND).columns(displayName, CsvFiles.header(path, CsvFiles.TABS));
    return new PolecatSource(path, displayName, filter);
  }

  @Override
  protected Event parse(CsvRow row, long line) throws RowException {
    String id = value(row, "event id");
    if (id == null) {
      throw new RowException("Event ID is missing");
    }
    LocalDate date = date(value(row, "event date"), "Event Date");
    String type = value(row, "event type");
    String mode = value(row, "event mode");
    if (type == null) {
      throw new RowException("Event Type is missing");
    }
    EventTypeMap.Mapped mapped =
        types
            .find(type, mode)
            .orElseThrow(
                () -> new RowException("PLOVER event type " + CsvRow.quote(type) + " is unknown"));
    double goldstein = intensity(row, mapped.goldstein());
    String contexts = value(row, "contexts");
    String subtype =
        type + (mode == null ? "" : "/" + mode) + (contexts == null ? "" : " [" + contexts + "]");
    Actor source = actor(row, "actor name", "actor country", "primary actor sector");
    Actor target = actor(row, "recipient name", "recipient country", "primary recipient sector");
    String place = first(valueIfAny(row, "placename"), valueIfAny(row, "city"));
    String narrative = first(valueIfAny(row, "event text"), valueIfAny(row, "headline"));
    return new Event(
        DATASET,
        id,
        date,
        published(valueIfAny(row, "publication date")),
        source,
        target,
        mapped.code(),
        false,
        mapped.quadClass(),
        goldstein,
        1,
        1,
        1,
        Double.NaN,
        location(row, place),
        null,
        subtype,
        narrative);
  }

  private Location location(CsvRow row, String place) throws RowException {
    String iso3 = country(value(row, "country"));
    String lat = value(row, "latitude");
    String lon = value(row, "longitude");
    if (lat == null || lon == null) {
      return iso3 == null
          ? Location.UNKNOWN
          : new Location(iso3, null, Double.NaN, Double.NaN, GeoPrecision.COUNTRY, null);
    }
    String feature = valueIfAny(row, "feature type");
    String province = valueIfAny(row, "province");
    GeoPrecision precision =
        place != null
            ? GeoPrecision.PLACE
            : province != null ? GeoPrecision.ADM1 : GeoPrecision.COUNTRY;
    if (feature != null && feature.toUpperCase(java.util.Locale.ROOT).startsWith("ADM1")) {
      precision = GeoPrecision.ADM1;
    }
    return new Location(
        iso3,
        province,
        row.decimal("latitude", -90, 90),
        row.decimal("longitude", -180, 180),
        precision,
        place);
  }

  private Actor actor(CsvRow row, String nameColumn, String countryColumn, String sectorColumn) {
    String name = value(row, nameColumn);
    String iso3 = country(value(row, countryColumn));
    String sector = valueIfAny(row, sectorColumn);
    if (name == null && iso3 == null) {
      return Actor.NONE;
    }
    List<String> r = sector == null ? List.of() : roles.rolesOf(sector);
    if (r.isEmpty() && name != null) {
      r = roles.rolesOf(name);
    }
    return Actor.fromCountryAndRoles(name, iso3, r);
  }

  /** An ISO3 code or a country name, as POLECAT writes either; null when neither is known. */
  private String country(String v) {
    if (v == null) {
      return null;
    }
    String first = v.split(";")[0].strip();
    return countries
        .findByIso3(first)
        .or(() -> countries.findByName(first))
        .map(Country::iso3)
        .orElse(null);
  }

  private static double intensity(CsvRow row, double fallback) throws RowException {
    String v = first(valueIfAny(row, "event intensity"), valueIfAny(row, "intensity"));
    if (v == null) {
      return fallback;
    }
    try {
      double d = Double.parseDouble(v);
      if (d >= -10 && d <= 10) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new RowException("intensity is not a number from -10 to 10: " + CsvRow.quote(v));
  }

  private static LocalDate date(String v, String column) throws RowException {
    if (v == null) {
      throw new RowException(column + " is missing");
    }
    try {
      return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
    } catch (DateTimeParseException e) {
      throw new RowException(column + " is not a date (yyyy-mm-dd): " + CsvRow.quote(v));
    }
  }

  private static LocalDateTime published(String v) {
    if (v == null || v.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(v.substring(0, 10)).atStartOfDay();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A value with POLECAT's {@code None} read as missing. */
  private static String value(CsvRow row, String column) {
    String v = row.optional(column);
    return v == null || v.equals("None") ? null : v;
  }

  private static String valueIfAny(CsvRow row, String column) {
    return row.has(column) ? value(row, column) : null;
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }
}
