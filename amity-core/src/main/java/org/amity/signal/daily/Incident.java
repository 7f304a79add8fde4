package org.amity.signal.daily;

import java.util.List;
import java.util.Set;
import org.amity.event.ConflictArea;
import org.amity.event.Dataset;
import org.amity.event.Event;
import org.amity.event.EventKinds;

/**
 * The reports of one incident key on one day, summed: one incident, or more when a recorder of one
 * incident per record gave several of them ({@link #count}). What depends on the key alone
 * (humanitarian code, state coercion, ASEAN involvement) is judged once per incident; what differs
 * between reports is summed (Goldstein, tone where known, fatalities where counted) or, for
 * refugees, true when any report names refugees as a side.
 *
 * @param quad the QuadClass (1 to 4) of the incident's first report; reports of one CAMEO code
 *     agree on it in every source Amity reads (the SQL path takes any report's)
 * @param toneSum the sum of the reports' tones where known; {@code toneN} how many were known
 * @param fatalities people killed, summed over the reports that count them (0 when none does)
 * @param deathReports how many of the reports come from a source that counts the dead (ACLED, UCDP
 *     GED: {@link Event#fatalities} known, zero included), so that a day's 0 deaths can be told
 *     from a day no such source covered ({@link DayCounts#COVERED_BY})
 * @param deathsBy of {@code fatalities}, those each recorder that counts the dead ({@link
 *     Dataset#deathRecorders}) gave, packed {@value #DEATH_BITS} bits a recorder in the order of
 *     that list; the rest of {@code fatalities}, if any, came from datasets not declared so. A
 *     subject's day takes the most of one recorder, not their sum ({@link DayCounts#settled})
 * @param refugees whether any report has refugees ("REF") as the first role of either side
 * @param rebels whether any report has rebels, insurgents or separatists ({@link
 *     EventKinds#REBEL_TYPES}) among the stored types of either side
 * @param pirates whether any report is a seizure or abduction by pirates ({@link #piracy(Event)})
 * @param records how many of the reports each recorder of one incident per record ({@link
 *     Dataset#recorders}) gave, packed {@value #LANE_BITS} bits a recorder in the order of that
 *     list (a long, not a map, so that the Flink job keeps it in state as a plain field); see
 *     {@link #count}
 * @param fixes the positions and files of its records that carry the incident's own position
 *     ({@link PositionedRecords#fix}, three numbers a record; empty for news reports), which can
 *     tell two attacks apart ({@link #count})
 */
public record Incident(
    IncidentKey key,
    int quad,
    long reports,
    double goldsteinSum,
    double toneSum,
    long toneN,
    long fatalities,
    long deathReports,
    long deathsBy,
    boolean refugees,
    boolean rebels,
    boolean pirates,
    long records,
    double[] fixes) {

  /** Bits per dataset in {@link #records}. */
  static final int LANE_BITS = 16;

  private static final long LANE = (1L << LANE_BITS) - 1;

  /** Bits per recorder that counts the dead in {@link #deathsBy}. */
  static final int DEATH_BITS = 32;

  static {
    if (Dataset.recorders().size() * LANE_BITS > Long.SIZE) {
      throw new ExceptionInInitializerError("too many datasets recording incidents to pack");
    }
    if (Dataset.deathRecorders().size() * DEATH_BITS > Long.SIZE) {
      throw new ExceptionInInitializerError("too many datasets counting the dead to pack");
    }
  }

  private static final Set<String> CRIMINALS = Set.of(EventKinds.CRIMINAL_TYPE);
  private static final Set<String> GUNMEN = Set.of(EventKinds.GUNMEN_TYPE);

  /**
   * An incident of one report. A record whose dead were killed over a range of days ({@link
   * DeathDay}) is an incident of its first day without them: they are added to the days of the
   * range apart.
   */
  public static Incident of(Event e) {
    boolean tone = !Double.isNaN(e.avgTone());
    boolean dead = e.fatalities() != null && !DeathDay.spreads(e);
    return new Incident(
        IncidentKey.of(e),
        e.quadClass().number(),
        1,
        e.goldstein(),
        tone ? e.avgTone() : 0,
        tone ? 1 : 0,
        dead ? e.fatalities().best() : 0,
        dead ? 1 : 0,
        dead ? deaths(e.dataset(), e.nativeId(), e.fatalities().best()) : 0,
        firstRole(e.source().types()) || firstRole(e.target().types()),
        rebel(e.source().types()) || rebel(e.target().types()),
        piracy(e),
        record(e.dataset(), e.nativeId()),
        PositionedRecords.fix(e));
  }

  /** The {@link #deathsBy} of one report of {@code dataset} with {@code nativeId}. */
  private static long deaths(String dataset, String nativeId, long dead) {
    int lane = Dataset.deathLane(dataset, nativeId);
    return lane < 0 ? 0 : DeathLanes.of(lane, dead);
  }

  /** The {@link #records} of one report of {@code dataset} with {@code nativeId}. */
  private static long record(String dataset, String nativeId) {
    int lane = Dataset.incidentLane(dataset, nativeId);
    return lane < 0 ? 0 : 1L << (lane * LANE_BITS);
  }

  /**
   * How many incidents these reports are: the most records any one recorder of one incident per
   * record gave ({@link Dataset#recorders}: two ACLED events of one day and key are two, whatever
   * GDELT reports of them there are), at least one (news reports alone are one incident). Two
   * recorders are not added up: an ACLED and a UCDP GED record of one key are taken for one event,
   * as are an IMB and an ASAM report the twin merge left apart, and a GDELT report and an ACLED
   * record; unless records of two files lie far apart ({@link PositionedRecords#count}: then the
   * count is at least one file's records plus the other's that have none of the first near them).
   */
  public long count() {
    long most = 1;
    for (long r = records; r != 0; r >>>= LANE_BITS) {
      most = Math.max(most, r & LANE);
    }
    return Math.max(
        most, PositionedRecords.count(fixes, i -> (records >>> (i * LANE_BITS)) & LANE));
  }

  /** Two {@link #fixes} arrays, one after the other. */
  private static double[] concat(double[] a, double[] b) {
    if (b.length == 0) {
      return a;
    }
    if (a.length == 0) {
      return b;
    }
    double[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** Two {@link #records} added lane by lane; a lane saturates rather than carry into the next. */
  private static long addRecords(long a, long b) {
    long out = 0;
    for (int shift = 0; shift < Long.SIZE && (a >>> shift | b >>> shift) != 0; shift += LANE_BITS) {
      long sum = Math.min(LANE, ((a >>> shift) & LANE) + ((b >>> shift) & LANE));
      out |= sum << shift;
    }
    return out;
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
        deathReports + later.deathReports,
        DeathLanes.plus(deathsBy, later.deathsBy),
        refugees || later.refugees,
        rebels || later.rebels,
        pirates || later.pirates,
        addRecords(records, later.records),
        concat(fixes, later.fixes));
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
