package org.amity.response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.amity.event.CountryTable;
import org.amity.response.kb.Domain;
import org.amity.response.kb.KnowledgeBase;
import org.amity.response.kb.Level;
import org.amity.response.kb.Stage;
import org.amity.response.kb.Term;
import org.amity.response.kb.Theme;
import org.amity.response.kb.ThreatType;

/**
 * Reads a situation from JSON (the format of {@code amity recommend --input}), strictly: an unknown
 * field, country, threat type, level, stage or theme is an {@link IllegalArgumentException} with
 * the reason, never a guess. {@code greatPowerParty} may be left out: it is then derived from the
 * parties.
 */
public final class SituationReader {
  static final List<String> FIELDS =
      List.of(
          "id",
          "title",
          "parties",
          "threatTypes",
          "domain",
          "level",
          "stage",
          "greatPowerParty",
          "outsidePowerShare",
          "humanitarian",
          "themes",
          "forces");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Set<String> themes = new LinkedHashSet<>();

  public SituationReader(KnowledgeBase kb) {
    kb.listThemes().stream().map(Theme::id).forEach(themes::add);
  }

  public SituationProfile read(Path file) throws IOException {
    String text = Files.readString(file);
    try {
      return read(JSON.readTree(text));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  public SituationProfile read(JsonNode n) {
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("a situation must be a JSON object");
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!FIELDS.contains(f)) {
        throw new IllegalArgumentException(
            "unknown situation field '" + f + "' (allowed: " + String.join(", ", FIELDS) + ")");
      }
    }
    List<String> parties = texts(n, "parties", true);
    Set<ThreatType> types = EnumSet.noneOf(ThreatType.class);
    for (String t : texts(n, "threatTypes", true)) {
      types.add(Term.parse(ThreatType.class, t, "threat type"));
    }
    List<String> themeIds = texts(n, "themes", false);
    for (String t : themeIds) {
      if (!themes.contains(t)) {
        throw new IllegalArgumentException(
            "unknown theme '" + t + "' (allowed: " + String.join(", ", themes) + ")");
      }
    }
    Set<String> forces = new LinkedHashSet<>(texts(n, "forces", false));
    for (String f : forces) {
      if (!KnowledgeBase.FORCES.contains(f)) {
        throw new IllegalArgumentException(
            "unknown force '" + f + "' (allowed: " + String.join(", ", KnowledgeBase.FORCES) + ")");
      }
    }
    List<String> powers = SituationProfile.greatPowersAmong(parties);
    boolean gp = n.has("greatPowerParty") ? bool(n, "greatPowerParty") : !powers.isEmpty();
    if (gp && powers.isEmpty()) {
      throw new IllegalArgumentException(
          "greatPowerParty is true but no party is a great power "
              + CountryTable.standard().greatPowers());
    }
    if (!gp && !powers.isEmpty()) {
      throw new IllegalArgumentException(
          "greatPowerParty is false but " + powers + " is a great power among the parties");
    }
    if (types.contains(ThreatType.INTER_STATE) && new LinkedHashSet<>(parties).size() < 2) {
      throw new IllegalArgumentException("an inter-state situation needs at least two parties");
    }
    return new SituationProfile(
        n.path("id").asText(""),
        parties,
        types,
        Term.parse(Domain.class, required(n, "domain"), "domain"),
        Term.parse(Level.class, required(n, "level"), "level"),
        Term.parse(Stage.class, required(n, "stage"), "stage"),
        gp,
        share(n),
        n.has("humanitarian") && bool(n, "humanitarian"),
        themeIds,
        forces);
  }

  private static String required(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException("situation field '" + field + "' is required (a string)");
    }
    return v.asText();
  }

  private static List<String> texts(JsonNode n, String field, boolean required) {
    JsonNode v = n.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      if (required) {
        throw new IllegalArgumentException("situation field '" + field + "' is required (a list)");
      }
      return out;
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException("situation field '" + field + "' must be a list");
    }
    for (JsonNode e : v) {
      if (!e.isTextual()) {
        throw new IllegalArgumentException("'" + field + "' must hold strings, got " + e);
      }
      out.add(e.asText().trim());
    }
    return out;
  }

  private static boolean bool(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (!v.isBoolean()) {
      throw new IllegalArgumentException("situation field '" + field + "' must be true or false");
    }
    return v.asBoolean();
  }

  private static double share(JsonNode n) {
    JsonNode v = n.get("outsidePowerShare");
    if (v == null || v.isNull()) {
      return 0;
    }
    if (!v.isNumber()) {
      throw new IllegalArgumentException("outsidePowerShare must be a number from 0 to 1");
    }
    return v.asDouble();
  }
}
