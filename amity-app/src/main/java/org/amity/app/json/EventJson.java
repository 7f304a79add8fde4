package org.amity.app.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;
import org.amity.event.Event;
import org.amity.event.EventWords;
import org.amity.signal.EvidenceRecord;

/**
 * Writes events as CSV (RFC 4180, with a header row) or as a JSON array, one event at a time, so
 * that an export of millions of events needs no more memory than one. Each event carries its
 * source's fields, then what happened and who did it in words ({@code sourceInWords}, {@code
 * targetInWords}, {@code what}, {@code inWords}), as the evidence of an alert says them. The
 * source's actor names ({@code sourceName}, {@code targetName}) are as stored, except UCDP GED's
 * acronyms, spelled out as its words spell them ("Islamic State (IS)", {@link EventWords#named}).
 */
public final class EventJson {
  /** One event with its words, worked out once for the row's four word fields. */
  private record Row(Event e, EvidenceRecord words) {
    static Row of(Event e) {
      return new Row(e, EvidenceRecord.of(e, false));
    }
  }

  private record Field(String name, Function<Row, Object> value) {}

  private static Field field(String name, Function<Event, Object> value) {
    return new Field(name, r -> value.apply(r.e()));
  }

  private static final List<Field> FIELDS =
      List.of(
          field("dataset", Event::dataset),
          field("nativeId", Event::nativeId),
          field("eventDate", Event::eventDate),
          field("dateAdded", Event::dateAdded),
          field("sourceCode", e -> e.source().code()),
          field("sourceName", e -> EventWords.named(e.source().name(), e.dataset())),
          field("sourceCountry", e -> e.source().country()),
          field("sourceTypes", e -> String.join(" ", e.source().types())),
          field("targetCode", e -> e.target().code()),
          field("targetName", e -> EventWords.named(e.target().name(), e.dataset())),
          field("targetCountry", e -> e.target().country()),
          field("targetTypes", e -> String.join(" ", e.target().types())),
          field("eventCode", e -> e.code().code()),
          field("baseCode", e -> e.code().base()),
          field("rootCode", e -> e.code().root()),
          field("quadClass", e -> e.quadClass().number()),
          field("goldstein", Event::goldstein),
          field("mentions", Event::mentions),
          field("sources", Event::sources),
          field("articles", Event::articles),
          field("avgTone", e -> Double.isNaN(e.avgTone()) ? null : e.avgTone()),
          field("actionCountry", e -> e.action().country()),
          field("actionAdm1", e -> e.action().adm1()),
          field("actionLat", e -> e.action().hasCoordinates() ? e.action().latitude() : null),
          field("actionLon", e -> e.action().hasCoordinates() ? e.action().longitude() : null),
          field("actionCentroidOnly", e -> e.action().centroidOnly()),
          field("actionName", e -> e.action().name()),
          field("sourceUrl", Event::sourceUrl),
          field("subtype", Event::subtype),
          field("fatalities", e -> e.fatalities() == null ? null : e.fatalities().best()),
          field("fatalitiesLow", e -> e.fatalities() == null ? null : e.fatalities().low()),
          field("fatalitiesHigh", e -> e.fatalities() == null ? null : e.fatalities().high()),
          // what happened and who did it, in words (after the source's own fields, so that
          // readers of the columns before are not moved): the words the evidence uses
          new Field("sourceInWords", r -> r.words().sourceName()),
          new Field("targetInWords", r -> r.words().targetName()),
          new Field("what", r -> r.words().description()),
          new Field("inWords", r -> r.words().inWords()),
          // the last day of a record dated by a range of days (UCDP GED), null for one day
          field(
              "dateEnd",
              e ->
                  e.fatalities() == null || !e.fatalities().ranged(e.eventDate())
                      ? null
                      : e.fatalities().lastDay()));

  private EventJson() {}

  /** One event as a JSON-ready map, in the field names and order of the export. */
  public static java.util.Map<String, Object> map(Event e) {
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    Row r = Row.of(e);
    for (Field f : FIELDS) {
      m.put(f.name(), f.value().apply(r));
    }
    return m;
  }

  public static void csvHeader(Writer w) {
    try {
      for (int i = 0; i < FIELDS.size(); i++) {
        w.write(i == 0 ? "" : ",");
        w.write(FIELDS.get(i).name());
      }
      w.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void csvRow(Writer w, Event e) {
    try {
      Row r = Row.of(e);
      for (int i = 0; i < FIELDS.size(); i++) {
        w.write(i == 0 ? "" : ",");
        Object v = FIELDS.get(i).value().apply(r);
        if (v != null) {
          w.write(csvQuote(v.toString()));
        }
      }
      w.write("\r\n");
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  public static String csvQuote(String s) {
    boolean quote = false;
    for (int i = 0; i < s.length() && !quote; i++) {
      char c = s.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  public static void json(JsonGenerator g, Event e) {
    try {
      g.writeStartObject();
      Row r = Row.of(e);
      for (Field f : FIELDS) {
        Object v = f.value().apply(r);
        g.writeFieldName(f.name());
        if (v == null) {
          g.writeNull();
        } else if (v instanceof Number n) {
          if (n instanceof Integer || n instanceof Long) {
            g.writeNumber(n.longValue());
          } else {
            g.writeNumber(n.doubleValue());
          }
        } else if (v instanceof Boolean b) {
          g.writeBoolean(b);
        } else {
          g.writeString(v.toString());
        }
      }
      g.writeEndObject();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
