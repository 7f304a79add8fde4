package org.amity.response.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.amity.signal.Scope;

/**
 * Reads one entry from a JSON object, as the import file and the API write it. Unknown fields are
 * refused (a misspelt field would otherwise vanish). The shapes are checked here; what the values
 * mean is checked by {@link EntryRules}.
 */
public final class EntryJson {
  /** The fields an entry may have. */
  public static final List<String> FIELDS =
      List.of(
          "situation",
          "scope",
          "subject",
          "kind",
          "date",
          "until",
          "text",
          "reference",
          "instrument",
          "measure",
          "body",
          "track",
          "decision",
          "outcome",
          "actor",
          "visibility",
          "supersedes",
          "about",
          "source");

  private static final Set<String> KNOWN = Set.copyOf(FIELDS);

  private EntryJson() {}

  /**
   * The draft in {@code n}; throws IllegalArgumentException naming the field when a value has the
   * wrong shape. {@code source} is accepted as a synonym of {@code reference} (record files cite a
   * source).
   */
  public static EntryDraft read(JsonNode n) {
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!KNOWN.contains(f)) {
        throw new IllegalArgumentException("unknown field '" + f + "'");
      }
    }
    if (n.hasNonNull("reference") && n.hasNonNull("source")) {
      throw new IllegalArgumentException("give reference or source, not both");
    }
    String kind = text(n, "kind");
    if (kind == null) {
      throw new IllegalArgumentException("kind is missing");
    }
    String scope = text(n, "scope");
    String visibility = text(n, "visibility");
    String track = text(n, "track");
    return new EntryDraft(
        id(n, "situation"),
        scope == null ? null : Scope.parse(scope),
        text(n, "subject"),
        EntryKind.parse(kind),
        date(n, "date"),
        date(n, "until"),
        text(n, "text"),
        n.hasNonNull("reference") ? text(n, "reference") : text(n, "source"),
        text(n, "instrument"),
        text(n, "measure"),
        text(n, "body"),
        track == null ? null : track(track),
        text(n, "decision"),
        text(n, "outcome"),
        text(n, "actor"),
        visibility == null ? null : Visibility.parse(visibility),
        id(n, "supersedes"),
        id(n, "about"));
  }

  private static Integer track(String s) {
    String t = s.strip().toUpperCase(java.util.Locale.ROOT);
    return switch (t) {
      case "1", "I" -> 1;
      case "2", "II" -> 2;
      default -> throw new IllegalArgumentException("track must be 1 or 2, not '" + s + "'");
    };
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isValueNode()) {
      throw new IllegalArgumentException(field + " must be a single value");
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  private static Long id(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.canConvertToLong() && v.isIntegralNumber()) {
      return v.asLong();
    }
    if (v.isTextual() && v.asText().strip().matches("\\d{1,18}")) {
      return Long.parseLong(v.asText().strip());
    }
    throw new IllegalArgumentException(field + " must be a whole number, not " + v);
  }

  private static LocalDate date(JsonNode n, String field) {
    String s = text(n, field);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + " must be a date YYYY-MM-DD, not '" + s + "'");
    }
  }
}
