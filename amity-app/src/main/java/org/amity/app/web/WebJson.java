package org.amity.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The API's JSON: ISO-8601 dates as strings, keys in the order the maps and records give, the
 * knowledge base's vocabulary as ids (as the CLI writes it).
 */
public final class WebJson {
  public static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .registerModule(org.amity.app.json.ResponseJson.TERMS);

  private WebJson() {}

  public static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  /** A JSON text stored in a column (threat-type shares, parties), parsed to embed it. */
  public static JsonNode parse(String stored) {
    if (stored == null || stored.isBlank()) {
      return null;
    }
    try {
      return MAPPER.readTree(stored);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "the store holds malformed JSON: "
              + (stored.length() > 40 ? stored.substring(0, 40) + "..." : stored),
          e);
    }
  }
}
