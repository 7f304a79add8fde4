package org.amity.signal.daily;

import java.util.List;
import java.util.Set;
import org.amity.event.ConflictArea;
import org.amity.event.Event;
import org.amity.event.EventKinds;

/**
 * The reports of one incident, summed. What depends on the key alone (humanitarian code, state
 * coercion, ASEAN involvement) is judged once per incident; what differs between reports is summed
 * (Goldstein, tone where known, fatalities where counted) or, for refugees, true when any report
 * names refugees as a side.
 *
 * @param quad the QuadClass (1 to 4) of the incident's first report; reports of one CAMEO code
 *     agree on it in every source Amity reads (the SQL path takes any report's)
 * @param toneSum the sum of the reports' tones where known; {@code toneN} how many were known
 * @param fatalities people killed, summed over the reports that count them (0 when none does)
 * @param refugees whether any report has refugees ("REF") as the first role of either side
 * @param rebels whether any report has rebels, insurgents or separatists ({@link
 *     EventKinds#REBEL_TYPES}) among the stored types of either side
 * @param pirates whether any report is a seizure or abduction by pirates ({@link #piracy(Event)})
 */
public record Incident(
    IncidentKey key,
    int quad,
    long reports,
    double goldsteinSum,
    double toneSum,
    long toneN,
    long fatalities,
    boolean refugees,
    boolean rebels,
    boolean pirates) {

  private static final Set<String> CRIMINALS = Set.of(EventKinds.CRIMINAL_TYPE);
  private static final Set<String> GUNMEN = Set.of(EventKinds.GUNMEN_TYPE);

  /** An incident of one report. */
  public static Incident of(Event e) {
    boolean tone = !Double.isNaN(e.avgTone());
    return new Incident(
        IncidentKey.of(e),
        e.quadClass().number(),
        1,
        e.goldstein(),
        tone ? e.avgTone() : 0,
        tone ? 1 : 0,
        e.fatalities() == null ? 0 : e.fatalities().best(),
        firstRole(e.source().types()) || firstRole(e.target().types()),
        rebel(e.source().types()) || rebel(e.target().types()),
        piracy(e));
  }

  /**
   * Whether one report is a seizure or abduction ({@link EventKinds#PIRACY_CODES}) by pirates, read
   * from the source's stored types: at sea (the report has a sea area) by any non-state armed group
   * ({@link EventKinds#NON_STATE_ARMED_TYPES}); on land by criminals ({@link
   * EventKinds#CRIMINAL_TYPE}) anywhere, or by gunmen ({@link EventKinds#GUNMEN_TYPE}) outside a
   * conflict area's divisions ({@link ConflictArea#of}), where they are most often the conflict's;
   * never by rebels on land, whose seizures are the insurgency's. State seizures never count.
   */
  public static boolean piracy(Event e) {
    if (!EventKinds.PIRACY_CODES.contains(e.code().code())) {
      return false;
    }
    List<String> types = e.source().types();
    if (e.action().seaArea() != null) {
      return anyOf(types, EventKinds.NON_STATE_ARMED_TYPES);
    }
    return anyOf(types, CRIMINALS)
        || (anyOf(types, GUNMEN) && ConflictArea.of(e.action()).isEmpty());
  }

  /**
   * This incident with the reports of {@code later}, an incident of the same key: sums add up, the
   * first report's QuadClass stays.
   */
  public Incident plus(Incident later) {
    if (!key.equals(later.key)) {
      throw new IllegalArgumentException("incidents of different keys: " + key + ", " + later.key);
    }
    return new Incident(
        key,
        quad,
        reports + later.reports,
        goldsteinSum + later.goldsteinSum,
        toneSum + later.toneSum,
        toneN + later.toneN,
        fatalities + later.fatalities,
        refugees || later.refugees,
        rebels || later.rebels,
        pirates || later.pirates);
  }

  /** Humanitarian: a humanitarian CAMEO code, or refugees as a side of any report. */
  public boolean humanitarian() {
    return refugees || EventKinds.HUMANITARIAN_CODES.contains(key.eventCode());
  }

  /** State coercion: force posture (CAMEO 15), emergency rule and restrictions, repression. */
  public boolean coercion() {
    String code = key.eventCode();
    return EventKinds.COERCION_CODES.contains(code)
        || code.startsWith(EventKinds.FORCE_POSTURE_ROOT);
  }

  /** Abduction, hijacking or hostage taking (CAMEO 181). */
  public boolean kidnap() {
    return key.eventCode().startsWith(EventKinds.ABDUCTION_ROOT);
  }

  /**
   * Material conflict (QuadClass 4) on land with rebels, insurgents or separatists as a side: what
   * an insurgency is, wherever the news places it in the country (at sea, abductions and attacks
   * belong to the sea areas' lenses).
   */
  public boolean rebelMaterialConflict() {
    return quad == 4 && rebels && key.seaArea() == null;
  }

  /** Whether an ASEAN member is a side of it or the place where it happened. */
  public boolean asean(Set<String> members) {
    return in(key.sourceCountry(), members)
        || in(key.targetCountry(), members)
        || in(key.actionCountry(), members);
  }

  private static boolean in(String country, Set<String> set) {
    return country != null && set.contains(country);
  }

  private static boolean rebel(List<String> types) {
    return anyOf(types, EventKinds.REBEL_TYPES);
  }

  /** Whether one of the stored types ({@link EventKinds#STORED_TYPES}) is in {@code wanted}. */
  private static boolean anyOf(List<String> types, Set<String> wanted) {
    for (int i = 0; i < Math.min(types.size(), EventKinds.STORED_TYPES); i++) {
      if (wanted.contains(types.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean firstRole(List<String> types) {
    return !types.isEmpty() && "REF".equals(types.get(0));
  }
}
