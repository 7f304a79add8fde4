package org.amity.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.amity.response.kb.Instrument;
import org.amity.response.kb.KnowledgeBase;
import org.amity.response.kb.MeasureType;
import org.amity.response.kb.Norm;
import org.amity.response.kb.Offer;
import org.amity.response.kb.PdFunction;
import org.amity.response.kb.Principle;
import org.amity.response.kb.Readiness;
import org.amity.response.kb.Source;
import org.amity.response.kb.Term;
import org.amity.response.kb.Theme;

/** Text and table views of knowledge-base entries for {@code amity kb}. */
final class KbEntries {
  private KbEntries() {}

  static Map<String, Integer> counts(KnowledgeBase k) {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("instruments", k.listInstruments().size());
    m.put("measures", k.listMeasures().size());
    m.put("norms", k.listNorms().size());
    m.put("principles", k.listPrinciples().size());
    m.put("themes", k.listThemes().size());
    m.put("sources", k.listSources().size());
    return m;
  }

  static List<Map<String, Object>> rows(KnowledgeBase k, KbCommand.EntryType type) {
    List<Map<String, Object>> out = new ArrayList<>();
    switch (type) {
      case INSTRUMENT ->
          k.listInstruments()
              .forEach(i -> out.add(row("instrument", i.id(), i.name(), i.readiness().level())));
      case MEASURE ->
          k.listMeasures()
              .forEach(
                  m -> out.add(row("measure", m.id(), m.name(), m.coercive() ? "coercive" : "")));
      case NORM -> k.listNorms().forEach(n -> out.add(row("norm", n.id(), n.name(), n.kind())));
      case PRINCIPLE ->
          k.listPrinciples()
              .forEach(p -> out.add(row("principle", p.id(), p.name(), "ARF " + p.number())));
      case THEME -> k.listThemes().forEach(t -> out.add(row("theme", t.id(), t.description(), "")));
      case SOURCE -> k.listSources().forEach(s -> out.add(row("source", s.id(), s.title(), "")));
    }
    return out;
  }

  private static Map<String, Object> row(String type, String id, String name, Object status) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type);
    m.put("id", id);
    m.put("name", name);
    m.put("status", status instanceof Term t ? t.id() : String.valueOf(status));
    return m;
  }

  static String describe(KnowledgeBase k, Object e) {
    StringBuilder b = new StringBuilder();
    if (e instanceof Instrument i) {
      b.append(i.name()).append(" (").append(i.id()).append(")\n");
      line(b, "kind", i.kind() + ", since " + i.since() + ", led by " + i.lead().id());
      line(b, "members", i.openToAll() ? "open to all states" : String.join(" ", i.members()));
      if (!i.otherMembers().isEmpty()) {
        line(b, "also", i.otherMembers());
      }
      if (!i.forces().isEmpty()) {
        line(b, "binds only", String.join(", ", i.forces()));
      }
      line(b, "functions", functions(i.functions()));
      line(b, "threat types", ids(i.threatTypes()));
      line(b, "domains", ids(i.geography()) + "; " + ids(i.sectors()));
      line(
          b,
          "made for",
          i.specialised()
              ? String.join(", ", i.mandate().stream().sorted().toList())
              : "any challenge (general body)");
      i.findWaters()
          .ifPresent(
              w ->
                  line(
                      b,
                      "waters",
                      w.area()
                          + ", the disputes among "
                          + String.join(" ", w.parties().stream().sorted().toList())));
      line(b, "consent", i.consent().id() + (i.binding() ? ", binding" : ", not binding"));
      line(b, "readiness", readiness(i.readiness()));
      for (Offer o : i.offers()) {
        line(
            b,
            "offers",
            o.measure()
                + o.findSince().map(y -> " since " + y).orElse("")
                + o.findReadiness().map(r -> " [" + readiness(r) + "]").orElse("")
                + o.findConsent().map(c -> " (consent: " + c.id() + ")").orElse(""));
      }
      line(b, "confidence", i.confidence().id());
      if (!i.notes().isEmpty()) {
        line(b, "notes", i.notes());
      }
      sources(b, k, i.sources());
    } else if (e instanceof MeasureType m) {
      b.append(m.name()).append(" (").append(m.id()).append(")\n");
      line(b, "description", m.description());
      line(
          b,
          "functions",
          functions(m.functions()) + "; " + m.view().id() + " view, " + m.scope().id());
      line(b, "mode", m.mode().id() + (m.coercive() ? " (coercive: never offered)" : ""));
      line(b, "intrusiveness", m.intrusiveness() + ", publicity " + m.publicity());
      line(b, "stages", ids(m.stages()) + "; threat types " + ids(m.threatTypes()));
      line(b, "consent", m.consent().id());
      sources(b, k, m.sources());
    } else if (e instanceof Norm n) {
      b.append(n.name())
          .append(" (")
          .append(n.id())
          .append(", ")
          .append(n.kind().id())
          .append(")\n");
      if (n.strainedBy() != null) {
        line(
            b,
            "strained by",
            n.strainedBy().id()
                + ", weight "
                + n.weight()
                + " (intra-state "
                + n.intraStateWeight()
                + ")");
      } else {
        line(b, "eases", n.eases() + " by " + n.share() + " when " + n.when().id());
      }
      sources(b, k, n.sources());
    } else if (e instanceof Principle p) {
      b.append("ARF principle ").append(p.number()).append(": ").append(p.name()).append('\n');
      line(b, "statement", p.statement());
      line(b, "check", p.rule().id());
      sources(b, k, p.sources());
    } else if (e instanceof Theme t) {
      b.append(t.id()).append(": ").append(t.description()).append('\n');
      line(b, "sectors", ids(t.sectors()));
    } else if (e instanceof Source s) {
      b.append(source(s)).append('\n');
    }
    return b.toString();
  }

  private static void line(StringBuilder b, String key, String value) {
    b.append(String.format(Locale.ROOT, "  %-13s %s%n", key, value));
  }

  private static String ids(java.util.Collection<? extends Term> terms) {
    return terms.stream().map(Term::id).sorted().collect(Collectors.joining(", "));
  }

  /** "CBM (confidence building), EW (early warning and information sharing)". */
  static String functions(java.util.Collection<PdFunction> fs) {
    return fs.stream()
        .sorted()
        .map(f -> f.id() + " (" + f.label() + ")")
        .collect(Collectors.joining(", "));
  }

  private static String readiness(Readiness r) {
    return r.level().id() + ": " + r.evidence() + " (" + r.date() + ", " + r.source() + ")";
  }

  private static void sources(StringBuilder b, KnowledgeBase k, List<String> ids) {
    for (String id : ids) {
      k.findSource(id).ifPresent(s -> line(b, "source", source(s)));
    }
  }

  private static String source(Source s) {
    return s.title() + (s.url().isEmpty() ? "" : " <" + s.url() + ">") + ", " + s.date();
  }
}
