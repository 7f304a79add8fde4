package org.amity.signal.daily;

import org.amity.event.Event;
import org.amity.signal.DetectionSpec;

/**
 * Which reports an alert's evidence is drawn from: the kind of events its indicator counts. An
 * alert on conflict incidents is explained by conflict reports, one on humanitarian incidents by
 * humanitarian ones, one on fighting with rebels by the reports of that fighting, one on pirates by
 * their seizures and abductions (at sea, and for a sea area also on its coast: {@link
 * EvidenceSelection#routes}), one on deaths by the reports of events in which someone was killed,
 * one on abductions by the abductions.
 */
public enum EventClass {
  ALL,
  CONFLICT,
  MATERIAL,
  HUMANITARIAN,
  COERCION,
  REBEL,
  PIRATE,
  DEADLY,
  ABDUCTION;

  /** The class of the events a spec's numerator counts. */
  public static EventClass of(DetectionSpec spec) {
    String n = spec.numerator();
    if (n.startsWith("rebel_mc")) {
      return REBEL;
    }
    if (n.startsWith("pirate")) {
      return PIRATE;
    }
    if (n.startsWith("mc_")) {
      return MATERIAL;
    }
    if (n.startsWith("conflict") || n.equals("q3+q4")) {
      return CONFLICT;
    }
    if (n.startsWith("humanitarian")) {
      return HUMANITARIAN;
    }
    if (n.startsWith("coercion")) {
      return COERCION;
    }
    if (n.startsWith("fatalities")) {
      return DEADLY;
    }
    if (n.startsWith("kidnap")) {
      return ABDUCTION;
    }
    return ALL;
  }

  /** This class as one bit of {@link #of(Event)}'s mask. */
  public int bit() {
    return 1 << ordinal();
  }

  /**
   * The classes one report belongs to, as a bit mask: every report to ALL, QuadClass 3 or 4 to
   * CONFLICT, 4 to MATERIAL, a humanitarian code or refugees as the first role of a side to
   * HUMANITARIAN, a state-coercion code to COERCION, material conflict on land with a rebel side to
   * REBEL, a seizure or abduction by pirates ({@link Incident#piracy}) to PIRATE, a report of at
   * least one person killed (the source's best estimate) to DEADLY, an abduction, hijacking or
   * hostage taking (CAMEO 181) to ABDUCTION (the same tests as the daily counts, applied to the
   * single report).
   */
  public static int of(Event e) {
    Incident report = Incident.of(e);
    int quad = e.quadClass().number();
    int mask = ALL.bit();
    if (quad >= 3) {
      mask |= CONFLICT.bit();
    }
    if (quad == 4) {
      mask |= MATERIAL.bit();
    }
    if (report.humanitarian()) {
      mask |= HUMANITARIAN.bit();
    }
    if (report.coercion()) {
      mask |= COERCION.bit();
    }
    if (report.rebelMaterialConflict()) {
      mask |= REBEL.bit();
    }
    if (report.pirates()) {
      mask |= PIRATE.bit();
    }
    if (e.fatalities() != null && e.fatalities().best() > 0) {
      mask |= DEADLY.bit();
    }
    if (report.kidnap()) {
      mask |= ABDUCTION.bit();
    }
    return mask;
  }
}
