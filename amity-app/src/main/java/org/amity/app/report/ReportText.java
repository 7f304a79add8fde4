package org.amity.app.report;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amity.event.Country;
import org.amity.event.CountryTable;
import org.amity.response.CheckResult;
import org.amity.response.kb.Instrument;
import org.amity.response.kb.KnowledgeBase;
import org.amity.response.kb.MeasureType;
import org.amity.response.timeline.EntryDraft;
import org.amity.response.timeline.TimelineEntry;
import org.amity.signal.Evidence;

/**
 * Words for the report templates: countries by name, instruments and measures by name, timeline
 * entries as sentences, shares as percentages, times in ISO form (UTC). Codes appear only where no
 * words exist.
 */
public final class ReportText {
  private final KnowledgeBase kb;
  private final CountryTable countries = CountryTable.standard();

  public ReportText(KnowledgeBase kb) {
    this.kb = kb;
  }

  public String country(String iso3) {
    return countries.findByIso3(iso3).map(Country::name).orElse(iso3);
  }

  public String countries(List<String> iso3) {
    List<String> out = new ArrayList<>();
    iso3.forEach(c -> out.add(country(c)));
    return out.isEmpty() ? "none named" : String.join(", ", out);
  }

  /** An instrument id's name, else the text as given (a body that is not in the knowledge base). */
  public String instrument(String id) {
    return id == null ? null : kb.findInstrument(id).map(Instrument::name).orElse(id);
  }

  public String measure(String id) {
    return id == null ? null : kb.findMeasure(id).map(MeasureType::name).orElse(id);
  }

  public static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }

  public static String days(Double d) {
    return d == null ? "none recorded" : String.format(Locale.ROOT, "%.1f days", d);
  }

  public static String score(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  /** "2014-05-10T08:00:00Z". */
  public static String time(OffsetDateTime t) {
    return t.withOffsetSameInstant(ZoneOffset.UTC)
        .withNano(0)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** "China 62%, ..." from shares. */
  public static String shares(Map<String, Double> shares) {
    List<String> out = new ArrayList<>();
    shares.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(e -> out.add(e.getKey() + " " + percent(e.getValue())));
    return out.isEmpty() ? "none" : String.join(", ", out);
  }

  /**
   * What the alerts' values and baselines are, once per indicator: "dyad_conflict_7d: value:
   * conflict incidents in the seven days; baseline: ..." (audit4 H7: a share lens's two numbers are
   * counts).
   */
  public static List<String> valueCaptions(List<org.amity.signal.Alert> alerts) {
    java.util.Set<String> seen = new java.util.LinkedHashSet<>();
    alerts.forEach(a -> seen.add(a.indicator()));
    List<String> out = new ArrayList<>();
    for (String indicator : seen) {
      String c = org.amity.signal.IndicatorName.valueCaption(indicator);
      if (c != null) {
        out.add(indicator + ": " + c);
      }
    }
    return out;
  }

  /** "academic 5, think-tank 4". */
  public static String counts(Map<String, Integer> counts) {
    List<String> out = new ArrayList<>();
    counts.forEach((k, v) -> out.add(k + " " + v));
    return out.isEmpty() ? "affiliations not given" : String.join(", ", out);
  }

  public static String result(CheckResult r) {
    return r.name().toLowerCase(Locale.ROOT);
  }

  /** Who did what to whom, in words (the code only when the codebook has no words for it). */
  public static String incident(Evidence e) {
    String who = e.sourceName() != null ? e.sourceName() : orUnknown(e.source());
    String what = e.description() != null ? e.description() : "event " + e.code();
    String whom = e.targetName() != null ? e.targetName() : e.target();
    return who + " " + what + (whom == null || whom.isBlank() ? "" : " (" + whom + ")");
  }

  private static String orUnknown(String s) {
    return s == null || s.isBlank() ? "an unnamed actor" : s;
  }

  /** The entry's particulars in words (what the kind alone does not say). */
  public String details(TimelineEntry e) {
    EntryDraft d = e.what();
    List<String> out = new ArrayList<>();
    if (d.body() != null) {
      out.add("body: " + instrument(d.body()));
    }
    if (d.track() != null) {
      out.add("track " + d.track());
    }
    if (d.instrument() != null) {
      out.add("instrument: " + instrument(d.instrument()));
    }
    if (d.measure() != null) {
      out.add("measure: " + measure(d.measure()));
    }
    if (d.decision() != null) {
      out.add("decision: " + d.decision());
    }
    if (d.actor() != null) {
      out.add("by " + d.actor());
    }
    if (d.until() != null) {
      out.add("until " + d.until());
    }
    if (d.outcome() != null) {
      out.add("outcome: " + d.outcome());
    }
    if (e.suggestion() != null) {
      out.add(
          "the data suggest: "
              + e.suggestion().outcome()
              + (e.suggestion().basis() == null ? "" : " (" + e.suggestion().basis() + ")"));
    }
    if (e.superseded()) {
      out.add("superseded by entry " + e.supersededBy());
    }
    return String.join("; ", out);
  }
}
