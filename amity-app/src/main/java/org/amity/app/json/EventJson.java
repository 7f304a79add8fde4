package org.amity.app.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;
import org.amity.event.Event;

/**
 * Writes events as CSV (RFC 4180, with a header row) or as a JSON array, one event at a time, so
 * that an export of millions of events needs no more memory than one. Each event carries its
 * source's fields, then what happened and who did it in words ({@code sourceInWords}, {@code
 * targetInWords}, {@code what}, {@code inWords}), as the evidence of an alert says them.
 */
public final class EventJson {
  private record Field(String name, Function<Event, Object> value) {}

  private static final List<Field> FIELDS =
      List.of(
          new Field("dataset", Event::dataset),
          new Field("nativeId", Event::nativeId),
          new Field("eventDate", Event::eventDate),
          new Field("dateAdded", Event::dateAdded),
          new Field("sourceCode", e -> e.source().code()),
          new Field("sourceName", e -> e.source().name()),
          new Field("sourceCountry", e -> e.source().country()),
          new Field("sourceTypes", e -> String.join(" ", e.source().types())),
          new Field("targetCode", e -> e.target().code()),
          new Field("targetName", e -> e.target().name()),
          new Field("targetCountry", e -> e.target().country()),
          new Field("targetTypes", e -> String.join(" ", e.target().types())),
          new Field("eventCode", e -> e.code().code()),
          new Field("baseCode", e -> e.code().base()),
          new Field("rootCode", e -> e.code().root()),
          new Field("quadClass", e -> e.quadClass().number()),
          new Field("goldstein", Event::goldstein),
          new Field("mentions", Event::mentions),
          new Field("sources", Event::sources),
          new Field("articles", Event::articles),
          new Field("avgTone", e -> Double.isNaN(e.avgTone()) ? null : e.avgTone()),
          new Field("actionCountry", e -> e.action().country()),
          new Field("actionAdm1", e -> e.action().adm1()),
          new Field("actionLat", e -> e.action().hasCoordinates() ? e.action().latitude() : null),
          new Field("actionLon", e -> e.action().hasCoordinates() ? e.action().longitude() : null),
          new Field("actionCentroidOnly", e -> e.action().centroidOnly()),
          new Field("actionName", e -> e.action().name()),
          new Field("sourceUrl", Event::sourceUrl),
          new Field("subtype", Event::subtype),
          new Field("fatalities", e -> e.fatalities() == null ? null : e.fatalities().best()),
          new Field("fatalitiesLow", e -> e.fatalities() == null ? null : e.fatalities().low()),
          new Field("fatalitiesHigh", e -> e.fatalities() == null ? null : e.fatalities().high()),
          // what happened and who did it, in words (after the source's own fields, so that
          // readers of the columns before are not moved): the words the evidence uses
          new Field("sourceInWords", e -> words(e).sourceName()),
          new Field("targetInWords", e -> words(e).targetName()),
          new Field("what", e -> words(e).description()),
          new Field("inWords", e -> words(e).inWords()));

  /**
   * The event as the evidence words it; the last event's words are kept, so the four fields of one
   * row cost one lookup.
   */
  private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2]);

  private static org.amity.signal.EvidenceRecord words(Event e) {
    Object[] last = LAST.get();
    if (last[0] != e) {
      last[0] = e;
      last[1] = org.amity.signal.EvidenceRecord.of(e, false);
    }
    return (org.amity.signal.EvidenceRecord) last[1];
  }

  private EventJson() {}

  /** One event as a JSON-ready map, in the field names and order of the export. */
  public static java.util.Map<String, Object> map(Event e) {
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    for (Field f : FIELDS) {
      m.put(f.name(), f.value().apply(e));
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
      for (int i = 0; i < FIELDS.size(); i++) {
        w.write(i == 0 ? "" : ",");
        Object v = FIELDS.get(i).value().apply(e);
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
      for (Field f : FIELDS) {
        Object v = f.value().apply(e);
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
