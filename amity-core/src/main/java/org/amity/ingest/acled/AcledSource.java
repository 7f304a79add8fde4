package org.amity.ingest.acled;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;
import org.amity.event.Actor;
import org.amity.event.ActorRoles;
import org.amity.event.Country;
import org.amity.event.CountryTable;
import org.amity.event.Event;
import org.amity.event.Fatalities;
import org.amity.event.GeoPrecision;
import org.amity.event.Location;
import org.amity.ingest.EventTypeMap;
import org.amity.ingest.RowException;
import org.amity.ingest.csv.CsvFiles;
import org.amity.ingest.csv.CsvRecordSource;
import org.amity.ingest.csv.CsvRow;

/**
 * Reads ACLED CSV exports, one event per row, in either layout found so far: the export of
 * 2019-2021 (lower-case names, {@code sub_event_type}, {@code assoc_actor_1}) and the ACLED-Asia
 * 2015 file (upper-case names, no sub-event types, {@code ALLY_ACTOR_1}). Columns are found by
 * name, so today's export (which adds {@code disorder_type} and drops {@code data_id}) reads too.
 *
 * <p>The event type and sub-event type become a CAMEO code and QuadClass through {@code
 * acled-event-types.tsv}; a type the table does not know is a reject, not a guess. The fatalities
 * are kept as ACLED's one count; {@code notes} is the event's narrative; the sub-event type (or the
 * 2015 event type) is its subtype. ACLED's event id ({@code IDN5154}, {@code 1CAM}) is the native
 * id. Coordinates are kept at the precision ACLED gives (1 and 2: the place or near it; 3: a
 * province). Civilians are stored as the side acted on: where a row names them first and another
 * actor second (the ACLED-Asia 2015 file does so in 79 rows), the other actor is the source.
 */
public final class AcledSource extends CsvRecordSource {
  public static final String DATASET = org.amity.event.Dataset.ACLED.id();
  public static final String FORMAT = "ACLED_CSV";
  private static final String RESOURCE = "/org/amity/ingest/acled-event-types.tsv";
  static final List<String> REQUIRED =
      List.of(
          "event_id_cnty",
          "event_date",
          "event_type",
          "actor1",
          "inter1",
          "actor2",
          "inter2",
          "country",
          "latitude",
          "longitude",
          "notes",
          "fatalities");

  private final EventTypeMap types = EventTypeMap.load(RESOURCE);
  private final CountryTable countries = CountryTable.standard();
  private final AcledActors actors = new AcledActors(countries, ActorRoles.standard());

  private AcledSource(Path path, String displayName, Predicate<Event> filter) throws IOException {
    super(path, displayName, DATASET, FORMAT, filter, CsvFiles.RFC4180, byName(REQUIRED, KIND));
  }

  private static final String KIND = "an ACLED export (CSV with event_id_cnty, event_type, ...)";

  /** Opens a file after checking its header is an ACLED one. */
  public static AcledSource open(Path path, String displayName, Predicate<Event> filter)
      throws IOException {
    byName(REQUIRED, KIND).columns(displayName, CsvFiles.header(path));
    return new AcledSource(path, displayName, filter);
  }

  @Override
  protected Event parse(CsvRow row, long line) throws RowException {
    String id = row.required("event_id_cnty");
    LocalDate date = AcledDates.parse(row.required("event_date"));
    String type = row.required("event_type");
    String subtype = row.firstOf("sub_event_type");
    EventTypeMap.Mapped mapped =
        types
            .find(type, subtype)
            .orElseThrow(
                () ->
                    new RowException(
                        "event type "
                            + CsvRow.quote(type + (subtype == null ? "" : " / " + subtype))
                            + " is not in the ACLED mapping"));
    String countryName = row.required("country");
    String iso3 =
        countries
            .findByName(countryName)
            .map(Country::iso3)
            .or(() -> countries.findByIso3(row.firstOf("iso3")).map(Country::iso3))
            .orElseThrow(() -> new RowException("unknown country " + CsvRow.quote(countryName)));
    int fatalities = (int) Math.min(row.count("fatalities"), Integer.MAX_VALUE);
    String name1 = row.optional("actor1");
    int type1 = type(row, "inter1");
    String name2 = row.optional("actor2");
    int type2 = type(row, "inter2");
    boolean swap = AcledActors.civiliansFirst(type1, name2, type2);
    Actor source = actors.actor(swap ? name2 : name1, swap ? type2 : type1, iso3);
    Actor target = actors.actor(swap ? name1 : name2, swap ? type1 : type2, iso3);
    String notes = row.optional("notes");
    String sources = row.optional("source");
    int count = sources == null ? 1 : sources.split(";").length;
    return new Event(
        DATASET,
        id,
        date,
        added(row),
        source,
        target,
        mapped.code(),
        false,
        mapped.quadClass(),
        mapped.goldstein(),
        count,
        count,
        count,
        Double.NaN,
        new Location(
            iso3,
            row.firstOf("admin1"),
            row.decimal("latitude", -90, 90),
            row.decimal("longitude", -180, 180),
            precision(row.firstOf("geo_precision")),
            row.firstOf("location")),
        null,
        subtype != null ? subtype : type,
        notes,
        Fatalities.exactly(fatalities));
  }

  private static int type(CsvRow row, String column) throws RowException {
    String v = row.optional(column);
    if (v == null) {
      return 0;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new RowException(column + " is not an ACLED actor type code: " + CsvRow.quote(v));
    }
  }

  private static LocalDateTime added(CsvRow row) throws RowException {
    String v = row.firstOf("timestamp");
    if (v == null) {
      return null;
    }
    try {
      return LocalDateTime.ofInstant(Instant.ofEpochSecond(Long.parseLong(v)), ZoneOffset.UTC);
    } catch (NumberFormatException | java.time.DateTimeException e) {
      throw new RowException("timestamp is not Unix seconds: " + CsvRow.quote(v));
    }
  }

  private static GeoPrecision precision(String v) {
    if (v == null) {
      return GeoPrecision.PLACE;
    }
    return switch (v) {
      case "3" -> GeoPrecision.ADM1;
      default -> GeoPrecision.PLACE;
    };
  }
}
