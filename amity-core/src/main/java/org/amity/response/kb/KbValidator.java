package org.amity.response.kb;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks what a schema cannot: every reference resolves (measures, norms, sources), every
 * instrument and its readiness has a source, offers make sense for their instrument, and the eight
 * ARF principles are all there, each with its own check.
 */
final class KbValidator {
  private final KnowledgeBase kb;
  private final List<KbProblem> problems = new ArrayList<>();

  KbValidator(KnowledgeBase kb) {
    this.kb = kb;
  }

  List<KbProblem> check() {
    kb.listInstruments().forEach(this::checkInstrument);
    kb.listMeasures().forEach(this::checkMeasure);
    checkNorms();
    checkPrinciples();
    checkIdsUnique();
    if (kb.listThemes().isEmpty()) {
      problem("norms.yaml", "themes", "no themes");
    }
    return problems;
  }

  private void problem(String file, String where, String message) {
    problems.add(new KbProblem(file, where, message));
  }

  private void sources(String file, String where, List<String> ids) {
    if (ids.isEmpty()) {
      problem(file, where, "has no source");
    }
    for (String id : ids) {
      if (kb.findSource(id).isEmpty()) {
        problem(file, where, "unknown source '" + id + "'");
      }
    }
  }

  /**
   * Names and readiness evidence are shown under {@code --label functional}, which must never say
   * "preventive diplomacy".
   */
  private void unlabelled(String file, String where, String text) {
    if (text != null && text.toLowerCase(Locale.ROOT).contains("preventive diplomacy")) {
      problem(file, where, "shown under the functional label: must not say 'preventive diplomacy'");
    }
  }

  private void checkInstrument(Instrument i) {
    String w = "instrument " + i.id();
    sources("instruments.yaml", w, i.sources());
    unlabelled("instruments.yaml", w, i.name());
    if (i.readiness() != null) {
      unlabelled("instruments.yaml", w, i.readiness().evidence());
    }
    checkReadiness(w, i.readiness());
    if (i.geography().isEmpty()) {
      problem("instruments.yaml", w, "domains must include maritime, land or both");
    }
    for (String t : i.mandate()) {
      if (kb.findTheme(t).isEmpty()) {
        problem("instruments.yaml", w, "mandate names unknown theme '" + t + "'");
      }
    }
    if (!i.openToAll() && i.members().isEmpty()) {
      problem("instruments.yaml", w, "has no members");
    }
    for (Offer o : i.offers()) {
      String ow = w + " offer " + o.measure();
      if (o.readiness() != null) {
        checkReadiness(ow, o.readiness());
        unlabelled("instruments.yaml", ow, o.readiness().evidence());
      }
      if (o.since() != null && o.since() < i.since()) {
        problem("instruments.yaml", ow, "starts before its instrument (" + i.since() + ")");
      }
      kb.findMeasure(o.measure())
          .ifPresentOrElse(
              m -> {
                Set<PdFunction> shared = EnumSet.noneOf(PdFunction.class);
                shared.addAll(m.functions());
                shared.retainAll(i.functions());
                if (shared.isEmpty() && !m.coercive()) {
                  problem("instruments.yaml", ow, "shares no function with its instrument");
                }
              },
              () -> problem("instruments.yaml", ow, "unknown measure type"));
    }
  }

  private void checkReadiness(String where, Readiness r) {
    if (r == null) {
      return;
    }
    if (r.source() != null && !r.source().isEmpty() && kb.findSource(r.source()).isEmpty()) {
      problem("instruments.yaml", where, "readiness cites unknown source '" + r.source() + "'");
    }
  }

  private void checkMeasure(MeasureType m) {
    String w = "measure " + m.id();
    sources("measures.yaml", w, m.sources());
    unlabelled("measures.yaml", w, m.functionalName());
    if (m.mode() != null && m.coercive() != (m.mode() == Mode.COERCIVE)) {
      problem("measures.yaml", w, "coercive must be true exactly when mode is coercive");
    }
  }

  private void checkNorms() {
    Set<String> entrenched = new HashSet<>();
    for (Norm n : kb.listNorms()) {
      if (n.kind() == NormKind.ENTRENCHED) {
        entrenched.add(n.id());
      }
    }
    for (Norm n : kb.listNorms()) {
      String w = "norm " + n.id();
      sources("norms.yaml", w, n.sources());
      if (n.kind() == NormKind.ENTRENCHED && n.weight() <= 0) {
        problem("norms.yaml", w, "an entrenched norm needs a weight above 0");
      }
      if (n.kind() == NormKind.EMERGING) {
        for (String e : n.eases()) {
          if (!entrenched.contains(e)) {
            problem("norms.yaml", w, "eases '" + e + "', which is not an entrenched norm");
          }
        }
      }
    }
  }

  private void checkPrinciples() {
    Set<Integer> numbers = new HashSet<>();
    Set<PrincipleRule> rules = EnumSet.noneOf(PrincipleRule.class);
    for (Principle p : kb.listPrinciples()) {
      sources("norms.yaml", "principle " + p.id(), p.sources());
      numbers.add(p.number());
      if (p.rule() != null && !rules.add(p.rule())) {
        problem("norms.yaml", "principle " + p.id(), "rule used twice: " + p.rule().id());
      }
    }
    for (int k = 1; k <= 8; k++) {
      if (!numbers.contains(k)) {
        problem("norms.yaml", "principles", "ARF principle " + k + " is missing");
      }
    }
    if (kb.listPrinciples().size() != 8) {
      problem("norms.yaml", "principles", "there must be exactly eight ARF principles");
    }
  }

  /** Ids are unique across kinds so that {@code amity kb show ID} is unambiguous. */
  private void checkIdsUnique() {
    Map<String, String> seen = new HashMap<>();
    kb.listInstruments().forEach(i -> claim(seen, i.id(), "instrument"));
    kb.listMeasures().forEach(m -> claim(seen, m.id(), "measure"));
    kb.listNorms().forEach(n -> claim(seen, n.id(), "norm"));
    kb.listPrinciples().forEach(p -> claim(seen, p.id(), "principle"));
    kb.listThemes().forEach(t -> claim(seen, t.id(), "theme"));
  }

  private void claim(Map<String, String> seen, String id, String kind) {
    if (id.isEmpty()) {
      return;
    }
    String before = seen.putIfAbsent(id, kind);
    if (before != null && !Objects.equals(before, kind)) {
      problem("knowledge base", kind + " " + id, "id also used by a " + before);
    }
  }
}
