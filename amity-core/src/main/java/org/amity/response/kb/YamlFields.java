package org.amity.response.kb;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads typed fields from a YAML object and records every problem (missing field, wrong type,
 * unknown value, unknown key) instead of stopping at the first, so one validation run lists all.
 */
final class YamlFields {
  private final String file;
  private final List<KbProblem> problems;

  YamlFields(String file, List<KbProblem> problems) {
    this.file = file;
    this.problems = problems;
  }

  void problem(String where, String message) {
    problems.add(new KbProblem(file, where, message));
  }

  void allowOnly(JsonNode obj, String where, Collection<String> fields) {
    for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!fields.contains(f)) {
        problem(where, "unknown field '" + f + "' (allowed: " + String.join(", ", fields) + ")");
      }
    }
  }

  String text(JsonNode obj, String field, String where, boolean required) {
    JsonNode n = obj.get(field);
    if (n == null || n.isNull() || (n.isTextual() && n.asText().isBlank())) {
      if (required) {
        problem(where, "missing '" + field + "'");
      }
      return "";
    }
    if (!n.isValueNode()) {
      problem(where, "'" + field + "' must be a single value");
      return "";
    }
    return n.asText().trim();
  }

  List<String> texts(JsonNode obj, String field, String where, boolean required) {
    JsonNode n = obj.get(field);
    List<String> out = new ArrayList<>();
    if (n == null || n.isNull() || (n.isArray() && n.isEmpty())) {
      if (required) {
        problem(where, "missing or empty list '" + field + "'");
      }
      return out;
    }
    if (!n.isArray()) {
      problem(where, "'" + field + "' must be a list");
      return out;
    }
    for (JsonNode e : n) {
      out.add(e.asText().trim());
    }
    return out;
  }

  <E extends Enum<E> & Term> E term(
      JsonNode obj, String field, Class<E> type, String where, boolean required) {
    String t = text(obj, field, where, required);
    if (t.isEmpty()) {
      return null;
    }
    try {
      return Term.parse(type, t, field);
    } catch (IllegalArgumentException e) {
      problem(where, e.getMessage());
      return null;
    }
  }

  <E extends Enum<E> & Term> Set<E> terms(
      JsonNode obj, String field, Class<E> type, String where, boolean required) {
    Set<E> out = EnumSet.noneOf(type);
    for (String t : texts(obj, field, where, required)) {
      try {
        out.add(Term.parse(type, t, field));
      } catch (IllegalArgumentException e) {
        problem(where, e.getMessage());
      }
    }
    return out;
  }

  double number(JsonNode obj, String field, String where, double min, double max, double dflt) {
    JsonNode n = obj.get(field);
    if (n == null || n.isNull()) {
      return dflt;
    }
    if (!n.isNumber() || n.asDouble() < min || n.asDouble() > max) {
      problem(where, "'" + field + "' must be a number from " + min + " to " + max);
      return dflt;
    }
    return n.asDouble();
  }

  boolean flag(JsonNode obj, String field, String where) {
    JsonNode n = obj.get(field);
    if (n == null || n.isNull()) {
      return false;
    }
    if (!n.isBoolean()) {
      problem(where, "'" + field + "' must be true or false");
      return false;
    }
    return n.asBoolean();
  }

  Integer year(JsonNode obj, String field, String where, boolean required) {
    JsonNode n = obj.get(field);
    if (n == null || n.isNull()) {
      if (required) {
        problem(where, "missing '" + field + "'");
      }
      return null;
    }
    if (!n.canConvertToInt() || n.asInt() < 1900 || n.asInt() > 2100) {
      problem(where, "'" + field + "' must be a year");
      return null;
    }
    return n.asInt();
  }

  LocalDate date(JsonNode obj, String field, String where) {
    String t = text(obj, field, where, true);
    if (t.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      problem(where, "'" + field + "' must be a date YYYY-MM-DD, got '" + t + "'");
      return null;
    }
  }

  /** The list under {@code field} of the document root, or an empty list with a problem. */
  List<JsonNode> items(JsonNode root, String field) {
    List<JsonNode> out = new ArrayList<>();
    JsonNode n = root == null ? null : root.get(field);
    if (n == null || !n.isArray()) {
      problem(field, "missing list '" + field + "'");
      return out;
    }
    for (JsonNode e : n) {
      if (!e.isObject()) {
        problem(field, "every entry must be a mapping");
      } else {
        out.add(e);
      }
    }
    return out;
  }
}
