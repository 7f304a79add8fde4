package org.amity.store.duckdb;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import org.amity.event.Actor;
import org.amity.event.CameoCode;
import org.amity.event.Event;
import org.amity.event.Fatalities;
import org.amity.event.GeoPrecision;
import org.amity.event.Location;
import org.amity.event.QuadClass;
import org.duckdb.DuckDBColumnType;
import org.duckdb.DuckDBWritableVector;

/**
 * The columns of the {@code events} table and how an {@link Event} maps onto them, both ways. The
 * table function writes a chunk column by column: strings are gathered and handed over in one batch
 * per column, other values are written straight into the vector.
 */
final class EventColumns {
  /** One column of the scan output. */
  abstract static sealed class Column permits Text, Number {
    final String name;
    final DuckDBColumnType type;

    Column(String name, DuckDBColumnType type) {
      this.name = name;
      this.type = type;
    }
  }

  static final class Text extends Column {
    final Function<Event, String> value;

    /**
     * True when values repeat from row to row as the same {@code String} instances (codes from
     * tables, countries, names the parser caches): the scan then keeps their UTF-8 bytes.
     */
    final boolean repeats;

    Text(String name, Function<Event, String> value) {
      this(name, value, true);
    }

    Text(String name, Function<Event, String> value, boolean repeats) {
      super(name, DuckDBColumnType.VARCHAR);
      this.value = value;
      this.repeats = repeats;
    }
  }

  /** A non-string column, written directly into its vector. */
  static final class Number extends Column {
    final Writer writer;

    Number(String name, DuckDBColumnType type, Writer writer) {
      super(name, type);
      this.writer = writer;
    }
  }

  @FunctionalInterface
  interface Writer {
    void write(DuckDBWritableVector v, int row, Event e, long line);
  }

  /** The stored name of each precision, by ordinal (lower case), made once and not per row. */
  private static final String[] PRECISION_NAMES =
      java.util.Arrays.stream(GeoPrecision.values())
          .map(g -> g.name().toLowerCase(Locale.ROOT))
          .toArray(String[]::new);

  static final List<Column> COLUMNS = columns();

  /** Column names joined for SQL, in table order (without ingest_id, which the insert adds). */
  static final String NAMES = String.join(", ", COLUMNS.stream().map(c -> c.name).toList());

  /** The columns {@link #read} reads (the stored ones less line and the derived codes). */
  static final String READ =
      String.join(
          ", ",
          COLUMNS.stream()
              .map(c -> c.name)
              .filter(n -> !List.of("base_code", "root_code", "line").contains(n))
              .toList());

  private EventColumns() {}

  private static List<Column> columns() {
    List<Column> c = new ArrayList<>();
    c.add(new Text("dataset", Event::dataset));
    c.add(new Text("native_id", Event::nativeId, false));
    c.add(
        new Number(
            "event_date", DuckDBColumnType.DATE, (v, r, e, l) -> v.setDate(r, e.eventDate())));
    c.add(
        new Number(
            "date_added",
            DuckDBColumnType.TIMESTAMP,
            (v, r, e, l) -> {
              if (e.dateAdded() == null) {
                v.setNull(r);
              } else {
                v.setTimestamp(r, e.dateAdded());
              }
            }));
    actor(c, "src", Event::source);
    actor(c, "tgt", Event::target);
    c.add(new Text("event_code", e -> e.code().code()));
    c.add(new Text("base_code", e -> e.code().base()));
    c.add(new Text("root_code", e -> e.code().root()));
    c.add(
        new Number(
            "is_root", DuckDBColumnType.BOOLEAN, (v, r, e, l) -> v.setBoolean(r, e.rootEvent())));
    c.add(
        new Number(
            "quad_class",
            DuckDBColumnType.TINYINT,
            (v, r, e, l) -> v.setByte(r, (byte) e.quadClass().number())));
    c.add(dbl("goldstein", Event::goldstein));
    c.add(integer("num_mentions", Event::mentions));
    c.add(integer("num_sources", Event::sources));
    c.add(integer("num_articles", Event::articles));
    c.add(dbl("avg_tone", Event::avgTone));
    c.add(new Text("action_country", e -> e.action().country()));
    c.add(new Text("action_adm1", e -> e.action().adm1()));
    c.add(dbl("action_lat", e -> e.action().latitude()));
    c.add(dbl("action_lon", e -> e.action().longitude()));
    c.add(new Text("action_precision", e -> PRECISION_NAMES[e.action().precision().ordinal()]));
    c.add(bool("action_centroid", e -> e.action().centroidOnly()));
    c.add(new Text("action_name", e -> e.action().name()));
    c.add(new Text("source_url", Event::sourceUrl, false));
    c.add(new Number("line", DuckDBColumnType.BIGINT, (v, r, e, l) -> v.setLong(r, l)));
    c.add(new Text("subtype", Event::subtype));
    c.add(new Text("narrative", Event::narrative, false));
    c.add(new Text("sea_area", e -> e.action().seaArea()));
    c.add(fatalities("fatalities", Fatalities::best));
    c.add(fatalities("fatalities_low", Fatalities::low));
    c.add(fatalities("fatalities_high", Fatalities::high));
    c.add(
        new Number(
            "date_end",
            DuckDBColumnType.DATE,
            (v, r, e, l) -> {
              if (e.fatalities() == null || e.fatalities().lastDay() == null) {
                v.setNull(r);
              } else {
                v.setDate(r, e.fatalities().lastDay());
              }
            }));
    return List.copyOf(c);
  }

  private static void actor(List<Column> c, String p, Function<Event, Actor> side) {
    c.add(new Text(p + "_code", e -> side.apply(e).code()));
    c.add(new Text(p + "_name", e -> side.apply(e).name()));
    c.add(new Text(p + "_country", e -> side.apply(e).country()));
    c.add(new Text(p + "_group", e -> side.apply(e).knownGroup()));
    c.add(new Text(p + "_ethnic", e -> side.apply(e).ethnic()));
    c.add(new Text(p + "_religion", e -> side.apply(e).religion()));
    for (int i = 0; i < 3; i++) {
      int k = i;
      c.add(
          new Text(
              p + "_type" + (i + 1),
              e -> {
                List<String> t = side.apply(e).types();
                return k < t.size() ? t.get(k) : null;
              }));
    }
  }

  private static Number dbl(String name, ToDoubleFunction<Event> value) {
    return new Number(
        name,
        DuckDBColumnType.DOUBLE,
        (v, r, e, l) -> {
          double d = value.applyAsDouble(e);
          if (Double.isNaN(d)) {
            v.setNull(r);
          } else {
            v.setDouble(r, d);
          }
        });
  }

  private static Number integer(String name, ToIntFunction<Event> value) {
    return new Number(
        name, DuckDBColumnType.INTEGER, (v, r, e, l) -> v.setInt(r, value.applyAsInt(e)));
  }

  private static Number fatalities(String name, ToIntFunction<Fatalities> value) {
    return new Number(
        name,
        DuckDBColumnType.INTEGER,
        (v, r, e, l) -> {
          if (e.fatalities() == null) {
            v.setNull(r);
          } else {
            v.setInt(r, value.applyAsInt(e.fatalities()));
          }
        });
  }

  private static Number bool(String name, Predicate<Event> value) {
    return new Number(
        name, DuckDBColumnType.BOOLEAN, (v, r, e, l) -> v.setBoolean(r, value.test(e)));
  }

  /** UTF-8 bytes of a value for a string batch, null stays null. */
  static byte[] utf8(String s) {
    return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
  }

  /** Reads an event back from a row selected with {@link #NAMES} (line is ignored). */
  static Event read(ResultSet rs) throws SQLException {
    Timestamp added = rs.getTimestamp("date_added");
    String precision = rs.getString("action_precision");
    return new Event(
        rs.getString("dataset"),
        rs.getString("native_id"),
        rs.getObject("event_date", LocalDate.class),
        added == null ? null : added.toLocalDateTime(),
        readActor(rs, "src"),
        readActor(rs, "tgt"),
        CameoCode.of(rs.getString("event_code")),
        rs.getBoolean("is_root"),
        QuadClass.ofNumber(rs.getInt("quad_class")),
        rs.getDouble("goldstein"),
        rs.getInt("num_mentions"),
        rs.getInt("num_sources"),
        rs.getInt("num_articles"),
        doubleOrNaN(rs, "avg_tone"),
        new Location(
            rs.getString("action_country"),
            rs.getString("action_adm1"),
            doubleOrNaN(rs, "action_lat"),
            doubleOrNaN(rs, "action_lon"),
            GeoPrecision.valueOf(precision.toUpperCase(Locale.ROOT)),
            rs.getString("action_name"),
            rs.getString("sea_area")),
        rs.getString("source_url"),
        rs.getString("subtype"),
        rs.getString("narrative"),
        readFatalities(rs));
  }

  private static Fatalities readFatalities(ResultSet rs) throws SQLException {
    int best = rs.getInt("fatalities");
    if (rs.wasNull()) {
      return null;
    }
    return new Fatalities(
        best,
        rs.getInt("fatalities_low"),
        rs.getInt("fatalities_high"),
        rs.getObject("date_end", LocalDate.class));
  }

  private static Actor readActor(ResultSet rs, String p) throws SQLException {
    List<String> types = new ArrayList<>(3);
    for (int i = 1; i <= 3; i++) {
      String t = rs.getString(p + "_type" + i);
      if (t != null) {
        types.add(t);
      }
    }
    Actor a =
        new Actor(
            rs.getString(p + "_code"),
            rs.getString(p + "_name"),
            rs.getString(p + "_country"),
            rs.getString(p + "_group"),
            rs.getString(p + "_ethnic"),
            rs.getString(p + "_religion"),
            types);
    return a.isEmpty() && types.isEmpty() ? Actor.NONE : a;
  }

  private static double doubleOrNaN(ResultSet rs, String column) throws SQLException {
    double d = rs.getDouble(column);
    return rs.wasNull() ? Double.NaN : d;
  }
}
