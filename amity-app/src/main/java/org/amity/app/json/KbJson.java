package org.amity.app.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amity.event.CountryTable;
import org.amity.response.cases.DocumentedCase;
import org.amity.response.kb.Instrument;
import org.amity.response.kb.KnowledgeBase;
import org.amity.response.kb.Offer;
import org.amity.response.kb.PdFunction;
import org.amity.response.kb.Readiness;
import org.amity.response.kb.Source;
import org.amity.response.kb.Term;

/**
 * One instrument of the knowledge base in full, for its detail page: members by name, functions in
 * words beside their abbreviations, readiness with its evidence, the measures it offers, its
 * sources and the documented cases in which it was used.
 */
public final class KbJson {
  private KbJson() {}

  /** The preventive-diplomacy functions: abbreviation to words ("CBM" to "confidence building"). */
  public static Map<String, String> functionNames() {
    Map<String, String> m = new LinkedHashMap<>();
    for (PdFunction f : PdFunction.values()) {
      m.put(f.id(), f.label());
    }
    return m;
  }

  public static Map<String, Object> instrument(
      KnowledgeBase kb, Instrument i, List<DocumentedCase> cases) {
    CountryTable countries = CountryTable.standard();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", i.id());
    m.put("name", i.name());
    m.put("kind", i.kind());
    m.put("since", i.since());
    m.put("lead", i.lead().id());
    m.put("openToAll", i.openToAll());
    List<Map<String, String>> members = new ArrayList<>();
    i.members().stream()
        .sorted()
        .forEach(
            iso3 ->
                members.add(
                    Map.of(
                        "iso3",
                        iso3,
                        "name",
                        countries.findByIso3(iso3).map(c -> c.name()).orElse(iso3))));
    members.sort((a, b) -> a.get("name").compareTo(b.get("name")));
    m.put("members", members);
    m.put("otherMembers", i.otherMembers());
    m.put("forces", i.forces().stream().sorted().toList());
    List<Map<String, String>> functions = new ArrayList<>();
    i.functions().stream()
        .sorted()
        .forEach(f -> functions.add(Map.of("id", f.id(), "name", f.label())));
    m.put("functions", functions);
    m.put("threatTypes", ids(i.threatTypes()));
    m.put("geography", ids(i.geography()));
    m.put("sectors", ids(i.sectors()));
    m.put("mandate", i.mandate().stream().sorted().toList());
    m.put("consent", i.consent().id());
    m.put("binding", i.binding());
    m.put(
        "waters",
        i.findWaters()
            .map(
                w ->
                    Map.<String, Object>of(
                        "area", w.area(), "parties", w.parties().stream().sorted().toList()))
            .orElse(null));
    m.put("readiness", readiness(i.readiness()));
    List<Map<String, Object>> offers = new ArrayList<>();
    for (Offer o : i.offers()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("measure", Map.of("id", o.measure(), "name", kb.getMeasure(o.measure()).name()));
      x.put("since", i.sinceOf(o));
      x.put("readiness", readiness(i.readinessOf(o)));
      x.put("consent", i.consentOf(o).id());
      offers.add(x);
    }
    m.put("offers", offers);
    List<Map<String, Object>> sources = new ArrayList<>();
    for (String id : i.sources()) {
      kb.findSource(id).ifPresent(s -> sources.add(source(s)));
    }
    m.put("sources", sources);
    m.put("confidence", i.confidence().id());
    m.put("notes", i.notes());
    List<Map<String, Object>> used = new ArrayList<>();
    for (DocumentedCase c : cases) {
      if (c.used().contains(i.id())) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("id", c.id());
        x.put("title", c.title());
        x.put("year", c.year());
        x.put("notes", c.notes());
        x.put("source", kb.findSource(c.source()).map(KbJson::source).orElse(null));
        used.add(x);
      }
    }
    m.put("cases", used);
    return m;
  }

  private static Map<String, Object> readiness(Readiness r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("level", r.level().id());
    m.put("evidence", r.evidence());
    m.put("date", r.date() == null ? null : r.date().toString());
    m.put("source", r.source());
    return m;
  }

  private static Map<String, Object> source(Source s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("title", s.title());
    m.put("citation", s.citation());
    m.put("url", s.url());
    m.put("date", s.date() == null ? null : s.date().toString());
    m.put("checked", s.checked());
    return m;
  }

  private static List<String> ids(Set<? extends Term> terms) {
    return terms.stream().map(Term::id).sorted().toList();
  }
}
