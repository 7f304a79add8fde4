package org.amity.response.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amity.response.kb.Instrument;
import org.amity.response.kb.KnowledgeBase;

/**
 * What makes a submitted entry acceptable: the fields its kind needs, values from the closed
 * vocabularies, and instruments and measures that the knowledge base knows (a proposal's instrument
 * must offer its measure). Returns every problem at once, in words.
 */
public final class EntryRules {
  public static final Set<String> DECISIONS = Set.of("adopted", "declined", "deferred");
  public static final Set<String> OUTCOMES = Set.of("de-escalated", "unchanged", "escalated");
  static final int MAX_TEXT = 4000;
  static final int MAX_FIELD = 500;

  private final KnowledgeBase kb;

  public EntryRules(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The problems with {@code d}; empty when it may be stored. */
  public List<String> problems(EntryDraft d) {
    List<String> out = new ArrayList<>();
    if (d.kind() == null) {
      out.add("kind is missing");
      return out;
    }
    if (d.kind().byWatch()) {
      out.add(d.kind().key() + " entries are written by the watch, not recorded by hand");
    }
    if (d.situationId() == null && (d.scope() == null || blank(d.subject()))) {
      out.add("name the situation (situation) or its subject (scope and subject)");
    }
    if (d.situationId() != null && d.situationId() <= 0) {
      out.add("situation must be a positive id");
    }
    if (d.date() == null) {
      out.add("date is missing (the day it happened, YYYY-MM-DD)");
    }
    if (d.until() != null) {
      if (d.kind() != EntryKind.ACTION) {
        out.add("until belongs to an action");
      } else if (d.date() != null && d.until().isBefore(d.date())) {
        out.add("until " + d.until() + " is before the date " + d.date());
      }
    }
    length(out, "text", d.text(), MAX_TEXT);
    for (String[] f :
        new String[][] {
          {"reference", d.reference()},
          {"body", d.body()},
          {"actor", d.actor()},
          {"instrument", d.instrument()},
          {"measure", d.measure()}
        }) {
      length(out, f[0], f[1], MAX_FIELD);
    }
    if (d.reference() != null && d.reference().contains("://") && !isWebLink(d.reference())) {
      out.add("reference must be an http(s) URL or a document name");
    }
    kindFields(d, out);
    knowledgeBase(d, out);
    if (d.supersedes() != null && d.supersedes() <= 0) {
      out.add("supersedes must be a positive entry id");
    }
    if (d.about() != null && d.about() <= 0) {
      out.add("about must be a positive entry id");
    }
    return out;
  }

  private void kindFields(EntryDraft d, List<String> out) {
    EntryKind k = d.kind();
    if (d.track() != null && k != EntryKind.CONSULTATION) {
      out.add("track belongs to a consultation");
    }
    if (k == EntryKind.CONSULTATION && d.track() != null && d.track() != 1 && d.track() != 2) {
      out.add("track must be 1 (officials) or 2 (unofficial), not " + d.track());
    }
    if (k == EntryKind.DECISION) {
      if (d.decision() == null || !DECISIONS.contains(d.decision())) {
        out.add("a decision needs decision adopted, declined or deferred");
      }
    } else if (d.decision() != null) {
      out.add("decision belongs to a decision entry");
    }
    if (k == EntryKind.OUTCOME) {
      if (d.outcome() == null || !OUTCOMES.contains(d.outcome())) {
        out.add("an outcome needs outcome de-escalated, unchanged or escalated");
      }
    } else if (d.outcome() != null) {
      out.add("outcome belongs to an outcome entry");
    }
    if (k == EntryKind.PROPOSAL && (blank(d.instrument()) || blank(d.measure()))) {
      out.add("a proposal needs an instrument and a measure from the knowledge base");
    }
    if (k == EntryKind.ACTION && blank(d.measure()) && blank(d.text())) {
      out.add("an action needs the measure carried out or a text saying what was done");
    }
    if ((k == EntryKind.ACKNOWLEDGED || k == EntryKind.CLOSED)
        && (d.instrument() != null || d.measure() != null)) {
      out.add(k.key() + " takes no instrument or measure");
    }
  }

  private void knowledgeBase(EntryDraft d, List<String> out) {
    Optional<Instrument> instrument = Optional.empty();
    if (!blank(d.instrument())) {
      instrument = kb.findInstrument(d.instrument());
      if (instrument.isEmpty()) {
        out.add("instrument '" + d.instrument() + "' is not in the knowledge base (amity kb list)");
      }
    }
    if (!blank(d.measure()) && kb.findMeasure(d.measure()).isEmpty()) {
      out.add("measure '" + d.measure() + "' is not in the knowledge base");
    } else if (!blank(d.measure()) && instrument.isPresent()) {
      boolean offered =
          instrument.get().offers().stream().anyMatch(o -> o.measure().equals(d.measure()));
      if (!offered) {
        out.add(
            "instrument '"
                + d.instrument()
                + "' does not offer measure '"
                + d.measure()
                + "' in the knowledge base");
      }
    }
  }

  /** Whether {@code body} names a knowledge-base instrument (else it is a free name). */
  public boolean knownBody(String body) {
    return body != null && kb.findInstrument(body).isPresent();
  }

  private static void length(List<String> out, String field, String value, int max) {
    if (value != null && value.length() > max) {
      out.add(field + " is longer than " + max + " characters");
    }
  }

  private static boolean isWebLink(String s) {
    return s.startsWith("https://") || s.startsWith("http://");
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
