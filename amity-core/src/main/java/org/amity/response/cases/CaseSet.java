package org.amity.response.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.amity.response.SituationReader;
import org.amity.response.kb.KnowledgeBase;

/**
 * Loads the documented cases (cases.yaml) and checks each against the knowledge base: the situation
 * is valid, every instrument used exists and existed in the case's year, the source is known. A bad
 * case is an error, not a silent skip.
 */
public final class CaseSet {
  static final String RESOURCE = "/org/amity/response/cases.yaml";

  /** The batch of a case that names none: the first seventeen. */
  public static final String ORIGINAL = "original";

  private CaseSet() {}

  /** The cases shipped with Amity. */
  public static List<DocumentedCase> standard(KnowledgeBase kb) {
    try (InputStream in = CaseSet.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(new YAMLMapper().readTree(in), kb);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  static List<DocumentedCase> read(JsonNode root, KnowledgeBase kb) {
    SituationReader situations = new SituationReader(kb);
    List<DocumentedCase> out = new ArrayList<>();
    for (JsonNode n : root.path("cases")) {
      String id = n.path("id").asText();
      try {
        out.add(parse(n, id, situations, kb));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("case " + id + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static DocumentedCase parse(
      JsonNode n, String id, SituationReader situations, KnowledgeBase kb) {
    int year = n.path("year").asInt();
    List<String> used = new ArrayList<>();
    n.path("used").forEach(u -> used.add(u.asText()));
    if (used.isEmpty()) {
      throw new IllegalArgumentException("lists no instrument used");
    }
    for (String u : used) {
      if (kb.getInstrument(u).since() > year) {
        throw new IllegalArgumentException(u + " did not exist in " + year);
      }
    }
    String source = n.path("source").asText();
    if (kb.findSource(source).isEmpty()) {
      throw new IllegalArgumentException("unknown source '" + source + "'");
    }
    return new DocumentedCase(
        id,
        n.path("title").asText(),
        year,
        situations.read(n.path("situation")),
        used,
        source,
        n.path("notes").asText(""),
        n.path("batch").asText(ORIGINAL));
  }
}
