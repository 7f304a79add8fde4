package org.amity.app.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amity.response.kb.KnowledgeBase;
import org.amity.response.timeline.GapMetrics;
import org.amity.response.timeline.GapReport;
import org.amity.response.timeline.TimelineEntry;

/**
 * Timeline entries and gap reports as JSON-ready maps, the same for the API and the command line.
 * Empty fields are left out; dates are ISO strings.
 */
public final class TimelineJson {
  private TimelineJson() {}

  public static Map<String, Object> entry(TimelineEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    var d = e.what();
    m.put("id", e.id() == 0 ? null : e.id());
    m.put("situationId", e.situationId());
    m.put("scope", d.scope() == null ? null : d.scope().key());
    m.put("subject", d.subject());
    m.put("kind", d.kind().key());
    m.put("date", d.date().toString());
    put(m, "until", d.until() == null ? null : d.until().toString());
    put(m, "text", d.text());
    put(m, "reference", d.reference());
    put(m, "instrument", d.instrument());
    put(m, "measure", d.measure());
    put(m, "body", d.body());
    put(m, "track", d.track());
    put(m, "decision", d.decision());
    put(m, "outcome", d.outcome());
    put(m, "actor", d.actor());
    m.put("visibility", d.visibility().key());
    put(m, "supersedes", d.supersedes());
    put(m, "about", d.about());
    m.put("author", e.author());
    m.put("recordedAt", e.recordedAt().toString());
    m.put("origin", e.origin());
    if (e.suggestion() != null) {
      m.put("suggestedOutcome", e.suggestion().outcome());
      m.put("suggestionBasis", e.suggestion().basis());
    }
    put(m, "supersededBy", e.supersededBy());
    return m;
  }

  public static List<Map<String, Object>> entries(List<TimelineEntry> entries) {
    return entries.stream().map(TimelineJson::entry).toList();
  }

  public static Map<String, Object> gap(GapReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("from", r.from() == null ? null : r.from().toString());
    m.put("to", r.to() == null ? null : r.to().toString());
    m.put("warnings", r.warnings());
    m.put("answered30", r.answered30());
    m.put("answered90", r.answered90());
    m.put("answered30Count", r.answered30Count());
    m.put("answered90Count", r.answered90Count());
    m.put("medianDaysToConsultation", r.medianDaysToConsultation());
    m.put("medianDaysToAction", r.medianDaysToAction());
    m.put("byInstrument", r.byInstrument());
    m.put("byThreatType", r.byThreatType());
    Map<String, String> names = new LinkedHashMap<>();
    r.byInstrument().keySet().forEach(k -> names.put(k, instrumentName(k)));
    m.put("instrumentNames", names);
    // every count's words, in the order the tables show their columns (GapMetrics.COUNT_ORDER)
    java.util.SortedSet<String> keys = new java.util.TreeSet<>(GapMetrics.COUNTS_IN_ORDER);
    r.byInstrument().values().forEach(v -> keys.addAll(v.keySet()));
    r.byThreatType().values().forEach(v -> keys.addAll(v.keySet()));
    Map<String, String> words = new LinkedHashMap<>();
    keys.forEach(k -> words.put(k, countWord(k)));
    m.put("countWords", words);
    m.put(
        "unanswered",
        r.unanswered().stream()
            .map(
                u -> {
                  Map<String, Object> x = new LinkedHashMap<>();
                  x.put("situationId", u.situationId());
                  x.put("title", u.title());
                  x.put("subject", u.subject());
                  x.put("firstWarning", u.firstWarning().toString());
                  x.put("level", u.level());
                  x.put("inWords", unansweredInWords(u));
                  return x;
                })
            .toList());
    m.put("unattached", r.unattached());
    m.put("unattachedEntries", r.unattachedEntries());
    return m;
  }

  /**
   * The responses no situation is around, in words, for {@code amity gap} and the month report:
   * "consultations and actions with no situation around them: 14 (of 24 entries with no situation
   * around them, all listed by amity timeline --unattached)". The gap counts only the kinds that
   * answer a warning; the timeline lists every kind, so the two figures are said together.
   */
  public static String unattachedInWords(int answering, int entries) {
    return "consultations and actions with no situation around them: "
        + answering
        + " (of "
        + entries
        + (entries == 1 ? " entry" : " entries")
        + " of any kind with no situation around them, as amity timeline --unattached lists them)";
  }

  /**
   * What an unanswered warning means, in words, for the gap page and {@code amity gap}. The date is
   * the day the situation's first alert that reached warning level or above opened, not the day it
   * reached that level (the store keeps an alert's peak level, not when it got there), and the
   * level is the highest it reached; a consultation or action dated before the warning would have
   * answered it, so none is recorded for the situation at all.
   */
  public static String unansweredInWords(GapReport.Unanswered u) {
    return "Its first alert to reach warning level or above opened on "
        + u.firstWarning()
        + " (highest level reached: "
        + u.level()
        + "); no consultation or action is recorded for this situation.";
  }

  /**
   * An instrument of the gap's table as people read it: the knowledge base's name with its id
   * ("ASEAN Foreign Ministers' Meeting (asean-fmm)"), the id alone when the knowledge base has no
   * such instrument, and the gap's own keys ({@link GapMetrics#NO_INSTRUMENT}, {@link
   * GapMetrics#NO_ACTION}) as they are.
   */
  public static String instrumentName(String key) {
    return KnowledgeBase.standard()
        .findInstrument(key)
        .map(i -> i.name() + " (" + key + ")")
        .orElse(key);
  }

  /** What a count of the gap's tables counts: "answered90" is "answered within 90 days". */
  public static String countWord(String key) {
    return switch (key) {
      case "warnings" -> "warnings";
      case "answered30" -> "answered within 30 days";
      case "answered90" -> "answered within 90 days";
      case "actions" -> "actions";
      default -> "outcome " + key;
    };
  }

  /**
   * "2 warnings, 1 answered within 90 days, 1 outcome de-escalated": one row of a gap table, the
   * warnings, answers and actions first.
   */
  public static String countsInWords(Map<String, Integer> counts) {
    List<String> parts = new java.util.ArrayList<>();
    Map<String, Integer> ordered = new java.util.TreeMap<>(GapMetrics.COUNTS_IN_ORDER);
    ordered.putAll(counts);
    ordered.forEach(
        (k, v) -> {
          String word = countWord(k);
          boolean plural = k.equals("warnings") || k.equals("actions");
          parts.add(v + " " + (plural && v == 1 ? word.substring(0, word.length() - 1) : word));
        });
    return String.join(", ", parts);
  }

  private static void put(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }
}
