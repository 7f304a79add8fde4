package org.amity.response.kb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amity.event.CountryTable;

/**
 * Turns instruments.yaml into instruments: expands member groups to ISO3 codes (checked against
 * Amity's country table), splits domains into sea/land and sectors, reads offers.
 */
final class InstrumentReader {
  static final String OPEN_TO_ALL = "ANY";

  private final YamlFields f;
  private final CountryTable countries = CountryTable.standard();
  private final Map<String, List<String>> groups = new LinkedHashMap<>();
  private final Map<String, Map<String, Integer>> joined = new LinkedHashMap<>();

  InstrumentReader(YamlFields fields) {
    this.f = fields;
  }

  Map<String, Instrument> read(JsonNode root) {
    readGroups(root.get("groups"));
    readJoined(root.get("joined"));
    Map<String, Instrument> out = new LinkedHashMap<>();
    for (JsonNode n : f.items(root, "instruments")) {
      Instrument i = instrument(n);
      KbReaders.putUnique(out, i.id(), i, f, "instrument");
    }
    return out;
  }

  private void readGroups(JsonNode node) {
    if (node == null) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      List<String> codes = new ArrayList<>();
      e.getValue().forEach(c -> codes.add(c.asText()));
      for (String c : codes) {
        if (countries.findByIso3(c).isEmpty()) {
          f.problem("group " + e.getKey(), "unknown ISO3 country code '" + c + "'");
        }
      }
      groups.put(e.getKey(), codes);
    }
  }

  /**
   * The year each later member joined a group ({@code joined: {ASEAN: {VNM: 1995, ...}}}). It
   * applies to the instruments whose members are that group alone (the group's own bodies): a
   * longer list mixes bodies whose members joined on other dates (Cambodia was in the ARF from 1995
   * and in ASEAN from 1999), so it is not applied there. A body whose members joined on dates of
   * their own has a group of its own (TAC, ARF, EAS, MSP, UNCLOS), dated by those dates.
   */
  private void readJoined(JsonNode node) {
    if (node == null) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String w = "joined " + e.getKey();
      List<String> group = groups.get(e.getKey());
      if (group == null) {
        f.problem(w, "no group named '" + e.getKey() + "' in groups");
        continue;
      }
      Map<String, Integer> years = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> m = e.getValue().fields(); m.hasNext(); ) {
        Map.Entry<String, JsonNode> y = m.next();
        if (!group.contains(y.getKey())) {
          f.problem(w, "'" + y.getKey() + "' is not a member of the group");
        } else if (!y.getValue().canConvertToInt() || !y.getValue().isIntegralNumber()) {
          f.problem(w, "the year of '" + y.getKey() + "' is not a whole number");
        } else {
          years.put(y.getKey(), y.getValue().asInt());
        }
      }
      joined.put(e.getKey(), years);
    }
  }

  private Instrument instrument(JsonNode n) {
    String id = f.text(n, "id", "instruments[?]", true);
    String w = "instrument " + id;
    f.allowOnly(
        n,
        w,
        List.of(
            "id",
            "name",
            "kind",
            "since",
            "members",
            "otherMembers",
            "forces",
            "lead",
            "functions",
            "threatTypes",
            "domains",
            "mandate",
            "consent",
            "binding",
            "readiness",
            "offers",
            "sources",
            "confidence",
            "notes",
            "waters"));
    List<String> memberTokens = f.texts(n, "members", w, true);
    boolean open = memberTokens.contains(OPEN_TO_ALL);
    Set<Domain> geography = EnumSet.noneOf(Domain.class);
    Set<Sector> sectors = EnumSet.noneOf(Sector.class);
    for (String d : f.texts(n, "domains", w, true)) {
      splitDomain(d, geography, sectors, w);
    }
    Set<String> forces = new LinkedHashSet<>(f.texts(n, "forces", w, false));
    for (String force : forces) {
      if (!KnowledgeBase.FORCES.contains(force)) {
        f.problem(
            w,
            "unknown force '"
                + force
                + "' (allowed: "
                + String.join(", ", KnowledgeBase.FORCES)
                + ")");
      }
    }
    Integer since = f.year(n, "since", w, true);
    return new Instrument(
        id,
        f.text(n, "name", w, true),
        f.text(n, "kind", w, true),
        since == null ? 0 : since,
        open ? Set.of() : members(memberTokens, w),
        memberTokens.size() == 1 ? joined.getOrDefault(memberTokens.get(0), Map.of()) : Map.of(),
        open,
        f.text(n, "otherMembers", w, false),
        forces,
        f.term(n, "lead", Lead.class, w, true),
        f.terms(n, "functions", PdFunction.class, w, true),
        f.terms(n, "threatTypes", ThreatType.class, w, true),
        geography,
        sectors,
        new LinkedHashSet<>(f.texts(n, "mandate", w, false)),
        f.term(n, "consent", ConsentKind.class, w, true),
        f.flag(n, "binding", w),
        readiness(n.get("readiness"), w),
        offers(n.get("offers"), w),
        f.texts(n, "sources", w, true),
        f.term(n, "confidence", Confidence.class, w, true),
        f.text(n, "notes", w, false),
        waters(n.get("waters"), w));
  }

  /** {@code waters: {area: ..., parties: [ISO3...]}}: the sea and disputants it was made for. */
  private Instrument.Waters waters(JsonNode n, String w) {
    if (n == null) {
      return null;
    }
    String where = w + " waters";
    if (!n.isObject()) {
      f.problem(where, "must be a map with 'area' and 'parties'");
      return null;
    }
    f.allowOnly(n, where, List.of("area", "parties"));
    String area = f.text(n, "area", where, true);
    List<String> parties = f.texts(n, "parties", where, true);
    for (String p : parties) {
      if (countries.findByIso3(p).isEmpty()) {
        f.problem(where, "unknown ISO3 country code '" + p + "'");
      }
    }
    return new Instrument.Waters(area, new LinkedHashSet<>(parties));
  }

  private void splitDomain(String d, Set<Domain> geography, Set<Sector> sectors, String w) {
    for (Domain g : Domain.values()) {
      if (g.id().equals(d)) {
        geography.add(g);
        return;
      }
    }
    try {
      sectors.add(Term.parse(Sector.class, d, "domain"));
    } catch (IllegalArgumentException e) {
      f.problem(w, e.getMessage() + " or maritime, land");
    }
  }

  private Set<String> members(List<String> tokens, String w) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : tokens) {
      if (groups.containsKey(t)) {
        out.addAll(groups.get(t));
      } else if (countries.findByIso3(t).isPresent()) {
        out.add(t);
      } else {
        f.problem(w, "member '" + t + "' is neither a known ISO3 code nor a group");
      }
    }
    return out;
  }

  Readiness readiness(JsonNode n, String w) {
    if (n == null || !n.isObject()) {
      f.problem(w, "missing 'readiness' (level, evidence, date, source)");
      return null;
    }
    String where = w + " readiness";
    f.allowOnly(n, where, List.of("level", "evidence", "date", "source"));
    return new Readiness(
        f.term(n, "level", ReadinessLevel.class, where, true),
        f.text(n, "evidence", where, true),
        f.date(n, "date", where),
        f.text(n, "source", where, true));
  }

  private List<Offer> offers(JsonNode n, String w) {
    List<Offer> out = new ArrayList<>();
    if (n == null || !n.isArray() || n.isEmpty()) {
      f.problem(w, "missing or empty list 'offers'");
      return out;
    }
    for (JsonNode o : n) {
      String measure = f.text(o, "measure", w + " offer", true);
      String where = w + " offer " + measure;
      f.allowOnly(o, where, List.of("measure", "since", "readiness", "threatTypes", "consent"));
      out.add(
          new Offer(
              measure,
              f.year(o, "since", where, false),
              o.has("readiness") ? readiness(o.get("readiness"), where) : null,
              f.terms(o, "threatTypes", ThreatType.class, where, false),
              f.term(o, "consent", ConsentKind.class, where, false)));
    }
    return out;
  }
}
