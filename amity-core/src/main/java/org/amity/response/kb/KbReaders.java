package org.amity.response.kb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the YAML of sources, measures, norms, principles and themes into records. */
final class KbReaders {
  private KbReaders() {}

  static Map<String, Source> sources(JsonNode root, YamlFields f) {
    Map<String, Source> out = new LinkedHashMap<>();
    for (JsonNode n : f.items(root, "sources")) {
      String id = f.text(n, "id", "sources[?]", true);
      String where = "source " + id;
      f.allowOnly(n, where, List.of("id", "citation", "title", "url", "date", "checked"));
      Source s =
          new Source(
              id,
              f.text(n, "citation", where, true),
              f.text(n, "title", where, false),
              f.text(n, "url", where, false),
              f.date(n, "date", where),
              f.text(n, "checked", where, true));
      if (s.title().isEmpty() && s.url().isEmpty()) {
        f.problem(where, "needs a document title or a url");
      }
      if (!List.of("text", "recall").contains(s.checked())) {
        f.problem(where, "'checked' must be text or recall");
      }
      putUnique(out, id, s, f, "source");
    }
    return out;
  }

  static Map<String, MeasureType> measures(JsonNode root, YamlFields f) {
    Map<String, MeasureType> out = new LinkedHashMap<>();
    for (JsonNode n : f.items(root, "measures")) {
      String id = f.text(n, "id", "measures[?]", true);
      String w = "measure " + id;
      f.allowOnly(
          n,
          w,
          List.of(
              "id",
              "name",
              "functionalName",
              "functions",
              "view",
              "scope",
              "mode",
              "coercive",
              "armed",
              "territorial",
              "binding",
              "humanitarian",
              "intrusiveness",
              "publicity",
              "stages",
              "threatTypes",
              "consent",
              "description",
              "sources"));
      MeasureType m =
          new MeasureType(
              id,
              f.text(n, "name", w, true),
              f.text(n, "functionalName", w, true),
              f.terms(n, "functions", PdFunction.class, w, true),
              f.term(n, "view", View.class, w, true),
              f.term(n, "scope", Scope.class, w, true),
              f.term(n, "mode", Mode.class, w, true),
              f.flag(n, "coercive", w),
              f.flag(n, "armed", w),
              f.flag(n, "territorial", w),
              f.flag(n, "binding", w),
              f.flag(n, "humanitarian", w),
              f.number(n, "intrusiveness", w, 0, 1, 0.5),
              f.number(n, "publicity", w, 0, 1, 0.5),
              f.terms(n, "stages", Stage.class, w, true),
              f.terms(n, "threatTypes", ThreatType.class, w, true),
              f.term(n, "consent", MeasureConsent.class, w, true),
              f.text(n, "description", w, true),
              f.texts(n, "sources", w, true));
      putUnique(out, id, m, f, "measure");
    }
    return out;
  }

  static List<Norm> norms(JsonNode root, YamlFields f) {
    List<Norm> out = new ArrayList<>();
    for (JsonNode n : f.items(root, "norms")) {
      String id = f.text(n, "id", "norms[?]", true);
      String w = "norm " + id;
      f.allowOnly(
          n,
          w,
          List.of(
              "id",
              "name",
              "kind",
              "strainedBy",
              "weight",
              "intraStateWeight",
              "eases",
              "share",
              "when",
              "sources"));
      NormKind kind = f.term(n, "kind", NormKind.class, w, true);
      boolean entrenched = kind == NormKind.ENTRENCHED;
      out.add(
          new Norm(
              id,
              f.text(n, "name", w, true),
              kind,
              f.term(n, "strainedBy", NormAttribute.class, w, entrenched),
              f.number(n, "weight", w, 0, 1, 0),
              f.number(n, "intraStateWeight", w, 0, 1, 0),
              f.texts(n, "eases", w, kind == NormKind.EMERGING),
              f.number(n, "share", w, 0, 1, 0),
              f.term(n, "when", EaseCondition.class, w, kind == NormKind.EMERGING),
              f.texts(n, "sources", w, true)));
    }
    return out;
  }

  static List<Principle> principles(JsonNode root, YamlFields f) {
    List<Principle> out = new ArrayList<>();
    for (JsonNode n : f.items(root, "principles")) {
      String id = f.text(n, "id", "principles[?]", true);
      String w = "principle " + id;
      f.allowOnly(n, w, List.of("id", "number", "name", "statement", "rule", "sources"));
      out.add(
          new Principle(
              id,
              (int) f.number(n, "number", w, 1, 8, 0),
              f.text(n, "name", w, true),
              f.text(n, "statement", w, true),
              f.term(n, "rule", PrincipleRule.class, w, true),
              f.texts(n, "sources", w, true)));
    }
    return out;
  }

  static Map<String, Theme> themes(JsonNode root, YamlFields f) {
    Map<String, Theme> out = new LinkedHashMap<>();
    for (JsonNode n : f.items(root, "themes")) {
      String id = f.text(n, "id", "themes[?]", true);
      String w = "theme " + id;
      f.allowOnly(n, w, List.of("id", "sectors", "description"));
      Theme t =
          new Theme(
              id, f.terms(n, "sectors", Sector.class, w, true), f.text(n, "description", w, true));
      putUnique(out, id, t, f, "theme");
    }
    return out;
  }

  static <T> void putUnique(Map<String, T> map, String id, T value, YamlFields f, String what) {
    if (id.isEmpty()) {
      return;
    }
    if (map.putIfAbsent(id, value) != null) {
      f.problem(what + " " + id, "duplicate id");
    }
  }
}
