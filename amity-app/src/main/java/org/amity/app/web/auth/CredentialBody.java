package org.amity.app.web.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import org.amity.app.web.ApiProblem;
import org.amity.app.web.WebJson;

/**
 * The JSON bodies of sign-in and account requests: an object whose name and password fields are
 * short non-empty strings (400 with the reason otherwise), and names clipped before they are echoed
 * in a message or the audit trail.
 */
final class CredentialBody {
  private CredentialBody() {}

  /**
   * The request's body as a JSON object.
   *
   * @param shape what the object should look like, appended to the refusal ("" for nothing)
   */
  static JsonNode object(Context ctx, String shape) {
    try {
      JsonNode n = WebJson.MAPPER.readTree(ctx.body());
      if (n == null || !n.isObject()) {
        throw ApiProblem.badRequest("the body must be a JSON object" + shape);
      }
      return n;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw ApiProblem.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  /** A required string field of 1 to 200 characters, as given. */
  static String text(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || !v.isTextual() || v.asText().isEmpty() || v.asText().length() > 200) {
      throw ApiProblem.badRequest(field + " must be a non-empty string of at most 200 characters");
    }
    return v.asText();
  }

  /** At most 64 characters of a name, for messages and the audit trail. */
  static String clip(String name) {
    return name.length() <= 64 ? name : name.substring(0, 64);
  }
}
