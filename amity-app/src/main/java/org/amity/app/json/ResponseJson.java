package org.amity.app.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amity.response.ExcludedOption;
import org.amity.response.Precedent;
import org.amity.response.PrincipleCheck;
import org.amity.response.RankedOption;
import org.amity.response.Recommendation;
import org.amity.response.SituationProfile;
import org.amity.response.kb.Term;

/**
 * JSON for recommendations and knowledge-base entries, in the shape of the CLI contract; the
 * vocabulary is written as ids ({@code never-used}, {@code inter-state}). Kept out of the engine.
 */
public final class ResponseJson {
  /**
   * Writes the knowledge base's vocabulary ({@link Term}) as ids, for every mapper that may meet
   * it: the CLI's and the web API's.
   */
  public static final SimpleModule TERMS =
      new SimpleModule("amity-terms")
          .addSerializer(
              Term.class,
              new JsonSerializer<Term>() {
                @Override
                public void serialize(Term t, JsonGenerator g, SerializerProvider p)
                    throws IOException {
                  g.writeString(t.id());
                }
              });

  private ResponseJson() {}

  public static Map<String, Object> situation(SituationProfile s) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (!s.id().isEmpty()) {
      m.put("id", s.id());
    }
    m.put("parties", s.parties());
    m.put("threatTypes", s.threatTypes().stream().sorted().toList());
    m.put("domain", s.domainKnown() ? s.domain().id() : "unknown");
    m.put("level", s.level());
    m.put("stage", s.stage());
    m.put("greatPowerParty", s.greatPowerParty());
    m.put("greatPowerRole", s.greatPowerRole().key());
    m.put("outsidePowerShare", s.outsidePowerShare());
    m.put("humanitarian", s.humanitarian());
    m.put("themes", s.themes());
    if (!s.forces().isEmpty()) {
      m.put("forces", s.forces().stream().sorted().toList());
    }
    return m;
  }

  public static Map<String, Object> recommendation(Recommendation r, int top) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("situation", situation(r.situation()));
    m.put("lens", r.lens());
    m.put("label", r.label());
    Map<String, Object> kb = new LinkedHashMap<>();
    kb.put("asOf", r.knowledgeBase().asOf());
    kb.put("reason", r.knowledgeBase().reason());
    kb.put("inWords", r.knowledgeBase().words());
    m.put("knowledgeBase", kb);
    List<Object> options = new ArrayList<>();
    r.top(top).forEach(o -> options.add(option(o)));
    m.put("options", options);
    List<Object> excluded = new ArrayList<>();
    r.excluded().forEach(e -> excluded.add(excluded(e)));
    m.put("excluded", excluded);
    m.put("notes", r.notes());
    m.put("countryNames", countryNames(m));
    return m;
  }

  private static final java.util.regex.Pattern CODE =
      java.util.regex.Pattern.compile("\\b[A-Z]{3}\\b");

  /**
   * The country names of every ISO3 code the recommendation's words name ({@code {"CHN":
   * "China"}}): the parties, the consent lists, and the codes inside its notes, flags, reasons and
   * precedents ("great power(s) CHN involved"), so that a page can show names with the code on
   * hover (audit6 J10). Only codes the country table knows: "ARF" or "TAC" are not countries.
   */
  public static Map<String, String> countryNames(Object json) {
    Map<String, String> out = new java.util.TreeMap<>();
    collect(json, out);
    return out;
  }

  private static void collect(Object v, Map<String, String> out) {
    if (v instanceof String text) {
      java.util.regex.Matcher m = CODE.matcher(text);
      while (m.find()) {
        String code = m.group();
        COUNTRIES.findByIso3(code).ifPresent(c -> out.put(code, c.name()));
      }
    } else if (v instanceof Map<?, ?> map) {
      map.values().forEach(x -> collect(x, out));
    } else if (v instanceof java.util.Collection<?> list) {
      list.forEach(x -> collect(x, out));
    }
  }

  private static final org.amity.event.CountryTable COUNTRIES =
      org.amity.event.CountryTable.standard();

  private static Map<String, Object> option(RankedOption o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rank", o.rank());
    m.put("instrument", o.instrument());
    m.put("measure", o.measure());
    m.put("score", o.score());
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("functionFit", round(o.factors().functionFit()));
    f.put("coverage", round(o.factors().coverage()));
    f.put("domain", round(o.factors().domain()));
    f.put("mandate", round(o.factors().mandate()));
    f.put("readiness", round(o.factors().readiness()));
    f.put("acceptability", round(o.factors().acceptability()));
    f.put("greatPower", round(o.factors().greatPower()));
    m.put("factors", f);
    m.put("consentRequired", o.consentRequired());
    m.put("consentReason", o.consentReason());
    m.put("readiness", o.readiness());
    m.put("flags", o.flags());
    List<Object> principles = new ArrayList<>();
    for (PrincipleCheck p : o.principles()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("number", p.number());
      c.put("principle", p.principle());
      c.put("result", p.result());
      c.put("reason", p.reason());
      principles.add(c);
    }
    m.put("principles", principles);
    List<Object> precedents = new ArrayList<>();
    for (Precedent p : o.precedents()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("case", p.caseId());
      c.put("title", p.title());
      c.put("year", p.year());
      c.put("alike", p.alike());
      c.put("similarity", p.similarity());
      c.put("source", p.source());
      c.put("sourceTitle", p.sourceTitle());
      c.put("sourceUrl", p.sourceUrl());
      precedents.add(c);
    }
    m.put("precedents", precedents);
    m.put("documentedUses", o.documentedUses());
    return m;
  }

  private static Map<String, Object> excluded(ExcludedOption e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("instrument", e.instrument());
    m.put("measure", e.measure());
    m.put("reason", e.reason());
    m.put("principlesBroken", e.principlesBroken());
    return m;
  }

  public static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
