package org.amity.coding.plover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.amity.coding.eval.ValidationReader;
import org.amity.coding.eval.ValidationRecord;

/** Reads PLOVER gold records and PETRARCH validation records as {@link PloverExample}s. */
public final class PloverExamples {
  private static final LocalDate UNDATED = LocalDate.of(2000, 1, 1);

  private PloverExamples() {}

  /**
   * The PLOVER gold records (JSON array) with a type and a text, types in 2021 names; the DOCUMENT
   * header record and records without an event are skipped.
   */
  public static List<PloverExample> gold(Path json) throws IOException {
    List<PloverExample> out = new ArrayList<>();
    for (JsonNode r : new ObjectMapper().readTree(json.toFile())) {
      String event = r.path("event").asText("");
      String text = r.path("text").asText("");
      if (event.isEmpty() || text.isEmpty()) {
        continue;
      }
      out.add(
          new PloverExample(
              r.path("id").asText(),
              text,
              date(r.path("date").asText("")),
              PloverTypes.current(event)));
    }
    return out;
  }

  /**
   * PETRARCH validation records (unit tests, PETRARCH-2 gold) as training sentences: the type of
   * the first expected event's CAMEO code through {@link PloverTypes#of}; records that expect no
   * event, or whose code has no PLOVER type (statements, test codes outside CAMEO), are skipped.
   */
  public static List<PloverExample> petrarch(Path xml, PloverTypes types) throws IOException {
    List<PloverExample> out = new ArrayList<>();
    for (ValidationRecord r : ValidationReader.read(xml)) {
      if (r.expectsNone() || r.expected().isEmpty() || r.text() == null || r.text().isBlank()) {
        continue;
      }
      String type = types.of(r.expected().get(0).code());
      if (type != null && r.expected().get(0).code().matches("\\d{2,4}")) {
        out.add(new PloverExample(r.id(), r.text(), r.date() == null ? UNDATED : r.date(), type));
      }
    }
    return out;
  }

  private static LocalDate date(String s) {
    try {
      return s.isEmpty() ? UNDATED : LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      return UNDATED;
    }
  }
}
