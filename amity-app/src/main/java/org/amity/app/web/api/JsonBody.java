package org.amity.app.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import org.amity.app.web.ApiProblem;
import org.amity.app.web.WebJson;

/** A request's JSON object body, with its fields checked one by one (400 with the reason). */
final class JsonBody {
  private final JsonNode node;

  private JsonBody(JsonNode node) {
    this.node = node;
  }

  static JsonBody of(Context ctx, String... known) {
    JsonNode n;
    try {
      n = WebJson.MAPPER.readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw ApiProblem.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
    }
    if (n == null || !n.isObject()) {
      throw ApiProblem.badRequest("the body must be a JSON object");
    }
    List<String> k = List.of(known);
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!k.contains(f)) {
        throw ApiProblem.badRequest(
            "unknown field '" + Params.clip(f) + "'; known: " + String.join(", ", k));
      }
    }
    return new JsonBody(n);
  }

  /** A string field of at most {@code max} characters; null when absent and not required. */
  String text(String field, boolean required, int max) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw ApiProblem.badRequest(field + " is required");
      }
      return null;
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      throw ApiProblem.badRequest(field + " must be a non-empty string");
    }
    String s = v.asText().strip();
    if (s.length() > max) {
      throw ApiProblem.badRequest(field + " must have at most " + max + " characters");
    }
    return s;
  }

  LocalDate date(String field) {
    String s = text(field, false, 10);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw ApiProblem.badRequest(field + " must be a date YYYY-MM-DD, got '" + s + "'");
    }
  }

  Long positive(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < 1) {
      throw ApiProblem.badRequest(field + " must be a positive whole number");
    }
    return v.asLong();
  }
}
