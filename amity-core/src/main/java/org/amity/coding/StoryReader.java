package org.amity.coding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads one story from a JSON line: {@code {"id","date","source","url","text"}}. The id, date (ISO
 * {@code 2024-05-01} or {@code 20240501}) and text are required; a line that lacks one, or is not
 * JSON, is refused with the reason in words.
 */
public final class StoryReader {
  /** A story, or the reason the line gives none. */
  public record Result(Story story, String reject) {
    public boolean ok() {
      return story != null;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private StoryReader() {}

  public static Result read(String line) {
    JsonNode n;
    try {
      n = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return new Result(null, "not JSON: " + e.getOriginalMessage());
    }
    if (n == null || !n.isObject()) {
      return new Result(null, "not a JSON object");
    }
    String id = text(n, "id");
    if (id == null || id.isBlank()) {
      return new Result(null, "missing \"id\"");
    }
    String date = text(n, "date");
    if (date == null || date.isBlank()) {
      return new Result(null, "story " + id + ": missing \"date\"");
    }
    LocalDate d;
    try {
      d = date(date.trim());
    } catch (DateTimeParseException e) {
      return new Result(null, "story " + id + ": unreadable date \"" + date + "\"");
    }
    String text = text(n, "text");
    if (text == null || text.isBlank()) {
      return new Result(null, "story " + id + ": missing \"text\"");
    }
    return new Result(new Story(id, d, text(n, "source"), text(n, "url"), text), null);
  }

  private static LocalDate date(String s) {
    String day = s.length() > 10 ? s.substring(0, 10) : s;
    if (day.length() == 8 && day.chars().allMatch(Character::isDigit)) {
      return LocalDate.parse(day, java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
    }
    return LocalDate.parse(day);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
