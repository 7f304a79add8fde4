package org.amity.response.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the knowledge base from its YAML files and validates it (schema, references, a source for
 * every fact) before anything may use it. Reads either the copy shipped in the jar or a folder with
 * the same files, so an edited knowledge base can be checked with {@code amity kb validate --kb}.
 */
public final class KnowledgeBaseLoader {
  /** The files of a knowledge base, in reading order. */
  public static final List<String> FILES =
      List.of("sources.yaml", "norms.yaml", "measures.yaml", "instruments.yaml");

  static final String RESOURCE_DIR = "/org/amity/response/";
  private static final YAMLMapper YAML = new YAMLMapper();
  private static volatile KnowledgeBase standard;

  private KnowledgeBaseLoader() {}

  /** What a load found: the knowledge base when valid, and every problem. */
  public record Result(KnowledgeBase knowledgeBase, List<KbProblem> problems, String location) {
    public boolean valid() {
      return problems.isEmpty();
    }

    /** The knowledge base, or an exception listing the problems. */
    public KnowledgeBase orThrow() {
      if (!valid()) {
        throw new KnowledgeBaseException(problems);
      }
      return knowledgeBase;
    }
  }

  static KnowledgeBase standard() {
    KnowledgeBase kb = standard;
    if (kb == null) {
      synchronized (KnowledgeBaseLoader.class) {
        if (standard == null) {
          standard = readStandard().orThrow();
        }
        kb = standard;
      }
    }
    return kb;
  }

  /** Reads and validates the knowledge base shipped with Amity. */
  public static Result readStandard() {
    return read(name -> KnowledgeBaseLoader.class.getResourceAsStream(RESOURCE_DIR + name), "jar");
  }

  /** Reads and validates a knowledge base from a folder holding {@link #FILES}. */
  public static Result read(Path dir) {
    return read(
        name -> {
          Path p = dir.resolve(name);
          return Files.isRegularFile(p) ? Files.newInputStream(p) : null;
        },
        dir.toString());
  }

  /** Opens one file of a knowledge base by name; null when it does not exist. */
  @FunctionalInterface
  interface Opener {
    InputStream open(String name) throws IOException;
  }

  static Result read(Opener opener, String location) {
    List<KbProblem> problems = new ArrayList<>();
    Map<String, JsonNode> roots = new LinkedHashMap<>();
    for (String name : FILES) {
      try (InputStream in = opener.open(name)) {
        if (in == null) {
          problems.add(new KbProblem(name, "file", "missing from " + location));
        } else {
          roots.put(name, YAML.readTree(in));
        }
      } catch (IOException e) {
        problems.add(new KbProblem(name, "file", "cannot be read as YAML: " + e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      return new Result(null, problems, location);
    }
    KnowledgeBase kb = build(roots, problems);
    problems.addAll(new KbValidator(kb).check());
    return new Result(problems.isEmpty() ? kb : null, List.copyOf(problems), location);
  }

  private static KnowledgeBase build(Map<String, JsonNode> roots, List<KbProblem> problems) {
    Map<String, Source> sources =
        KbReaders.sources(roots.get("sources.yaml"), new YamlFields("sources.yaml", problems));
    YamlFields normFields = new YamlFields("norms.yaml", problems);
    JsonNode norms = roots.get("norms.yaml");
    Map<String, MeasureType> measures =
        KbReaders.measures(roots.get("measures.yaml"), new YamlFields("measures.yaml", problems));
    Map<String, Instrument> instruments =
        new InstrumentReader(new YamlFields("instruments.yaml", problems))
            .read(roots.get("instruments.yaml"));
    return new KnowledgeBase(
        sources,
        instruments,
        measures,
        KbReaders.norms(norms, normFields),
        KbReaders.principles(norms, normFields),
        KbReaders.themes(norms, normFields));
  }
}
