package org.amity.ingest.ucdp;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
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
 * Reads UCDP GED event files (CSV), one event per row, columns found by name so that both the
 * standard order and the HDX copies (an {@code iso3} column, sometimes moved, and a second line of
 * HXL hashtags, skipped like the header) read alike. Records end in CRLF and may hold bare LF in
 * quoted fields; the CSV parser takes both.
 *
 * <p>The type of violence becomes a CAMEO code through {@code ucdp-violence-types.tsv}; its name is
 * the subtype. Deaths are kept as best, low and high. {@code side_a} is the source actor and {@code
 * side_b} the target: for one-sided violence side B is the civilians. A side named "Government of
 * X" is the state X with role GOV; any other side is an organised group of the event's country (REB
 * in state-based conflict, UAF in non-state conflict, CVL for civilians) unless Amity's actor-role
 * table reads more from its name. The event date is {@code date_start}; a record whose {@code
 * date_end} is later keeps it as the last day of its dead ({@link Fatalities#lastDay}), which are
 * counted spread over the range (the record itself, its incident, stays on its first day); the
 * narrative is the source headline. GED's {@code id} is the native id.
 */
public final class GedSource extends CsvRecordSource {
  public static final String DATASET = org.amity.event.Dataset.UCDP_GED.id();
  public static final String FORMAT = "UCDP_GED_CSV";
  private static final String RESOURCE = "/org/amity/ingest/ucdp-violence-types.tsv";
  private static final String KIND = "a UCDP GED file (CSV with id, type_of_violence, best, ...)";
  private static final Map<String, String> TYPE_NAMES =
      Map.of("1", "state-based conflict", "2", "non-state conflict", "3", "one-sided violence");
  static final List<String> REQUIRED =
      List.of(
          "id",
          "type_of_violence",
          "side_a",
          "side_b",
          "where_prec",
          "adm_1",
          "latitude",
          "longitude",
          "country",
          "date_start",
          "best",
          "high",
          "low");

  private final EventTypeMap types = EventTypeMap.load(RESOURCE);
  private final CountryTable countries = CountryTable.standard();
  private final ActorRoles roles = ActorRoles.standard();

  private GedSource(Path path, String displayName, Predicate<Event> filter) throws IOException {
    super(path, displayName, DATASET, FORMAT, filter, CsvFiles.RFC4180, byName(REQUIRED, KIND));
  }

  /** Opens a file after checking its header is a GED one. */
  public static GedSource open(Path path, String displayName, Predicate<Event> filter)
      throws IOException {
    byName(REQUIRED, KIND).columns(displayName, CsvFiles.header(path));
    return new GedSource(path, displayName, filter);
  }

  /** The HDX copies' second header line: every value empty or a hashtag. */
  @Override
  protected boolean isHeaderLike(List<String> values) {
    boolean tag = false;
    for (String v : values) {
      if (v.startsWith("#")) {
        tag = true;
      } else if (!v.isBlank()) {
        return false;
      }
    }
    return tag;
  }

  @Override
  protected Event parse(CsvRow row, long line) throws RowException {
    String id = row.required("id");
    String violence = row.required("type_of_violence");
    EventTypeMap.Mapped mapped =
        types
            .find(violence, null)
            .orElseThrow(
                () ->
                    new RowException(
                        "type_of_violence is not 1, 2 or 3: " + CsvRow.quote(violence)));
    LocalDate date = date(row.required("date_start"));
    String countryName = row.required("country");
    String iso3 =
        countries
            .findByName(countryName)
            .or(() -> countries.findByIso3(row.firstOf("iso3")))
            .map(Country::iso3)
            .orElseThrow(() -> new RowException("unknown country " + CsvRow.quote(countryName)));
    Fatalities deaths = deaths(row, date);
    String sideB = row.required("side_b");
    Actor a = side(row.required("side_a"), iso3, violence.equals("2") ? "UAF" : "REB");
    Actor b =
        side(sideB, iso3, violence.equals("3") ? "CVL" : violence.equals("2") ? "UAF" : "REB");
    String headline = row.firstOf("source_headline", "source_article");
    int sources = (int) Math.max(1, Math.min(1000, number(row.firstOf("number_of_sources"))));
    return new Event(
        DATASET,
        id,
        date,
        null,
        a,
        b,
        mapped.code(),
        false,
        mapped.quadClass(),
        mapped.goldstein(),
        sources,
        sources,
        sources,
        Double.NaN,
        new Location(
            iso3,
            row.optional("adm_1"),
            row.decimal("latitude", -90, 90),
            row.decimal("longitude", -180, 180),
            precision(row.required("where_prec")),
            row.firstOf("where_coordinates")),
        null,
        TYPE_NAMES.get(violence),
        headline,
        deaths);
  }

  private Actor side(String name, String eventCountry, String groupRole) {
    if (name.startsWith("Government of ")) {
      String state = name.substring("Government of ".length()).strip();
      String iso3 = countries.findByName(state).map(Country::iso3).orElse(null);
      return Actor.fromCountryAndRoles(name, iso3, List.of("GOV"));
    }
    if (name.equalsIgnoreCase("Civilians")) {
      return Actor.fromCountryAndRoles(name, eventCountry, List.of("CVL"));
    }
    List<String> r = roles.rolesOf(name);
    return Actor.fromCountryAndRoles(name, eventCountry, r.isEmpty() ? List.of(groupRole) : r);
  }

  /**
   * The dead of a record that starts on {@code first}: best, low and high, killed over the days to
   * {@code date_end} when the file gives a later one (a file without the column, or a row without a
   * value, dates them all on {@code first}); a {@code date_end} before {@code date_start} rejects
   * the row.
   */
  private static Fatalities deaths(CsvRow row, LocalDate first) throws RowException {
    long best = row.count("best");
    long low = row.count("low");
    long high = row.count("high");
    if (Math.max(best, Math.max(low, high)) > Integer.MAX_VALUE) {
      throw new RowException("deaths above " + Integer.MAX_VALUE + ": " + best);
    }
    String end = row.firstOf("date_end");
    LocalDate last = end == null || end.isBlank() ? null : date(end, "date_end");
    if (last != null && last.isBefore(first)) {
      throw new RowException("date_end " + last + " is before date_start " + first);
    }
    return new Fatalities(
        (int) best, (int) low, (int) high, last != null && last.isAfter(first) ? last : null);
  }

  private static LocalDate date(String v) throws RowException {
    return date(v, "date_start");
  }

  private static LocalDate date(String v, String column) throws RowException {
    try {
      return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v);
    } catch (DateTimeParseException e) {
      throw new RowException(column + " is not a date (yyyy-mm-dd ...): " + CsvRow.quote(v));
    }
  }

  private static long number(String v) {
    if (v == null) {
      return 1;
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /**
   * GED's where_prec: 1 the exact place, 2 within 25 km, 3 a second-order division, 4 a first-order
   * division, 5 a line or area between places, 6 the country, 7 international waters or airspace.
   */
  private static GeoPrecision precision(String v) throws RowException {
    return switch (v) {
      case "1", "2" -> GeoPrecision.PLACE;
      case "3", "4", "5" -> GeoPrecision.ADM1;
      case "6", "7" -> GeoPrecision.COUNTRY;
      default -> throw new RowException("where_prec is not 1 to 7: " + CsvRow.quote(v));
    };
  }
}
