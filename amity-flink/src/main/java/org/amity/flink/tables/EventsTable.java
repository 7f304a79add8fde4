package org.amity.flink.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.amity.event.Actor;
import org.amity.event.Event;
import org.amity.event.Fatalities;
import org.amity.event.Location;
import org.amity.flink.ParquetTable;
import org.amity.flink.source.ParsedLine;

/**
 * The {@code events} table: one row per stored event, with the file's id and the line for
 * provenance. Values follow the embedded store's mapping (NaN stored as null, precision in lower
 * case, up to three actor types); the job's tests compare the two row by row.
 */
public final class EventsTable implements ParquetTable<ParsedLine> {
  private static final long serialVersionUID = 1L;

  private static final List<String> COLUMNS = columnNames();

  @Override
  public String name() {
    return "events";
  }

  @Override
  public List<String> columns() {
    return COLUMNS;
  }

  private static List<String> columnNames() {
    List<String> c = new ArrayList<>(List.of("dataset", "native_id", "event_date", "date_added"));
    for (String side : List.of("src", "tgt")) {
      for (String f :
          List.of("code", "name", "country", "group", "ethnic", "religion", "type1", "type2")) {
        c.add(side + "_" + f);
      }
      c.add(side + "_type3");
    }
    c.addAll(
        List.of(
            "event_code",
            "base_code",
            "root_code",
            "is_root",
            "quad_class",
            "goldstein",
            "num_mentions",
            "num_sources",
            "num_articles",
            "avg_tone",
            "action_country",
            "action_adm1",
            "action_lat",
            "action_lon",
            "action_precision",
            "action_centroid",
            "action_name",
            "source_url",
            "ingest_id",
            "line",
            "subtype",
            "narrative",
            "sea_area",
            "fatalities",
            "fatalities_low",
            "fatalities_high",
            "date_end"));
    return List.copyOf(c);
  }

  @Override
  public Object[] row(ParsedLine p) {
    Event e = p.event();
    Object[] v = new Object[COLUMNS.size()];
    int i = 0;
    v[i++] = e.dataset();
    v[i++] = e.nativeId();
    v[i++] = e.eventDate();
    v[i++] = e.dateAdded();
    i = actor(v, i, e.source());
    i = actor(v, i, e.target());
    v[i++] = e.code().code();
    v[i++] = e.code().base();
    v[i++] = e.code().root();
    v[i++] = e.rootEvent();
    v[i++] = (byte) e.quadClass().number();
    v[i++] = e.goldstein();
    v[i++] = e.mentions();
    v[i++] = e.sources();
    v[i++] = e.articles();
    v[i++] = orNull(e.avgTone());
    Location l = e.action();
    v[i++] = l.country();
    v[i++] = l.adm1();
    v[i++] = orNull(l.latitude());
    v[i++] = orNull(l.longitude());
    v[i++] = l.precision().name().toLowerCase(Locale.ROOT);
    v[i++] = l.centroidOnly();
    v[i++] = l.name();
    v[i++] = e.sourceUrl();
    v[i++] = p.ingestId();
    v[i++] = p.line();
    v[i++] = e.subtype();
    v[i++] = e.narrative();
    v[i++] = l.seaArea();
    Fatalities f = e.fatalities();
    v[i++] = f == null ? null : f.best();
    v[i++] = f == null ? null : f.low();
    v[i++] = f == null ? null : f.high();
    v[i] = f == null ? null : f.lastDay();
    return v;
  }

  private static int actor(Object[] v, int i, Actor a) {
    v[i++] = a.code();
    v[i++] = a.name();
    v[i++] = a.country();
    v[i++] = a.knownGroup();
    v[i++] = a.ethnic();
    v[i++] = a.religion();
    List<String> t = a.types();
    for (int k = 0; k < 3; k++) {
      v[i++] = k < t.size() ? t.get(k) : null;
    }
    return i;
  }

  private static Double orNull(double d) {
    return Double.isNaN(d) ? null : d;
  }
}
