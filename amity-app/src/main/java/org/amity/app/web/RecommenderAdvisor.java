package org.amity.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.amity.app.json.KbJson;
import org.amity.app.json.ResponseJson;
import org.amity.pipeline.SituationAdvice;
import org.amity.response.Label;
import org.amity.response.Lens;
import org.amity.response.cases.CasePrecedents;
import org.amity.response.cases.CaseSet;
import org.amity.response.cases.DocumentedCase;
import org.amity.response.kb.Instrument;
import org.amity.response.kb.KnowledgeBase;
import org.amity.response.kb.Term;
import org.amity.signal.SignalReader;
import org.amity.signal.Situation;

/**
 * The dashboard's access to the response recommender: options for a stored situation (in the shape
 * of {@code amity recommend --json}) and the instruments of the knowledge base with the facets the
 * browser filters on.
 */
public final class RecommenderAdvisor implements ResponseAdvisor {
  private static final int TOP = 10;

  private final KnowledgeBase kb;
  private final CasePrecedents precedents;
  private final Map<String, Object> knowledgeBase;
  private final List<DocumentedCase> cases;

  public RecommenderAdvisor(KnowledgeBase kb) {
    this.kb = kb;
    this.cases = CaseSet.standard(kb);
    this.precedents = new CasePrecedents(cases, kb);
    this.knowledgeBase = describe(kb); // the knowledge base never changes: one answer for all
  }

  /** The situation alone, without its alerts' evidence. */
  @Override
  public Object recommend(Situation s, String lens, String label) {
    return recommend(s, null, lens, label);
  }

  /** The situation reaches the recommender by the one path the CLI takes too. */
  @Override
  public Object recommend(Situation s, SignalReader signals, String lens, String label) {
    return ResponseJson.recommendation(
        SituationAdvice.recommend(
            s,
            signals,
            kb,
            precedents,
            Term.parse(Lens.class, lens == null ? "broad" : lens, "lens"),
            Term.parse(Label.class, label == null ? "pd" : label, "label")),
        TOP);
  }

  @Override
  public Object knowledgeBase() {
    return knowledgeBase;
  }

  @Override
  public Optional<Object> instrument(String id) {
    return kb.findInstrument(id).map(i -> KbJson.instrument(kb, i, cases));
  }

  private static Map<String, Object> describe(KnowledgeBase kb) {
    List<Map<String, Object>> instruments = new ArrayList<>();
    for (Instrument i : kb.listInstruments()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", i.id());
      m.put("name", i.name());
      m.put("kind", i.kind());
      m.put("year", i.since());
      m.put("functions", ids(i.functions()));
      m.put("threatTypes", ids(i.threatTypes()));
      m.put(
          "parties",
          i.openToAll() ? List.of("open to all") : i.members().stream().sorted().toList());
      m.put("consent", List.of(i.consent().id()));
      m.put("binding", i.binding());
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("level", i.readiness().level().id());
      r.put("evidence", i.readiness().evidence());
      r.put("date", i.readiness().date() == null ? null : i.readiness().date().toString());
      m.put("readiness", r);
      m.put("sources", i.sources());
      instruments.add(m);
    }
    return Map.of("instruments", List.copyOf(instruments), "functionNames", KbJson.functionNames());
  }

  private static List<String> ids(Set<? extends Term> terms) {
    return terms.stream().map(Term::id).sorted().toList();
  }

  @Override
  public boolean available() {
    return true;
  }
}
