package org.amity.event;

import java.util.Locale;
import java.util.Set;

/** Small judgements about single events that indicators, evidence and situations share. */
public final class EventKinds {
  /**
   * CAMEO codes of humanitarian distress: appeals for humanitarian aid (0233), offers of it (0333),
   * its delivery (073), allowing it in (0863), demands for it (1033), asylum (075).
   */
  public static final Set<String> HUMANITARIAN_CODES =
      Set.of("0233", "0333", "073", "0863", "1033", "075");

  /**
   * CAMEO codes of state coercion short of fighting, beside the whole of root 15 (exhibit force
   * posture: alerts and mobilisation of police and armed forces): restrictions on political
   * freedoms (1721), bans on parties or politicians (1722), curfews (1723), states of emergency and
   * martial law (1724), and violent repression (175). Emergency rule and mobilisation are the
   * classic accelerators of a regime crisis: they often come days before a coup or a crackdown,
   * while the count of fighting has not moved yet.
   */
  public static final Set<String> COERCION_CODES = Set.of("1721", "1722", "1723", "1724", "175");

  /** The CAMEO root whose every code counts as coercion (exhibit force posture). */
  public static final String FORCE_POSTURE_ROOT = "15";

  /**
   * The CAMEO code (and root of its children) for abducting, hijacking or taking hostages. At sea
   * this is the kidnapping of crews for ransom and the hijacking of ships: rarer and graver than
   * the robberies that make up most incidents, so a sea area's abductions are counted apart.
   */
  public static final String ABDUCTION_ROOT = "181";

  /**
   * CAMEO actor types of armed opposition to a state: rebels, insurgents, separatists. Not UAF
   * (unaligned armed forces, "gunmen"), which also names criminals.
   */
  public static final Set<String> REBEL_TYPES = Set.of("REB", "INS", "SEP");

  /** How many of an actor's type codes the store keeps (its columns type1 to type3). */
  public static final int STORED_TYPES = 3;

  /**
   * What pirates do, in CAMEO: seize property, confiscate property, abduct, hijack or take hostages
   * (171, 1711, 181).
   */
  public static final Set<String> PIRACY_CODES = Set.of("171", "1711", "181");

  /** Criminals: the CAMEO dictionaries' pirates, sea robbers and kidnappers. */
  public static final String CRIMINAL_TYPE = "CRM";

  /** Unaligned armed forces: "gunmen", "armed men" of no stated allegiance. */
  public static final String GUNMEN_TYPE = "UAF";

  /**
   * Armed groups that are not a state's: criminals, gunmen, rebels, insurgents, separatists. At sea
   * the taking of a ship or its crew by any of them is maritime crime as the reporting centres
   * count it.
   */
  public static final Set<String> NON_STATE_ARMED_TYPES =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of(CRIMINAL_TYPE, GUNMEN_TYPE), REBEL_TYPES.stream())
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private EventKinds() {}

  /** Happened at sea: a sea area, a maritime dataset, the disputed islands, or naval actors. */
  public static boolean maritime(Event e) {
    if (e.action().seaArea() != null || "piracy".equals(e.dataset())) {
      return true;
    }
    String c = e.action().country();
    if ("XSP".equals(c) || "XPI".equals(c)) {
      return true;
    }
    String names = (e.source().name() + " " + e.target().name()).toLowerCase(Locale.ROOT);
    return names.contains("coast guard")
        || names.contains("navy")
        || names.contains("naval")
        || names.contains("maritime")
        || names.contains("fisherm")
        || names.contains("vessel");
  }

  /** Humanitarian distress: an aid code, or refugees or displaced people as an actor. */
  public static boolean humanitarian(Event e) {
    return HUMANITARIAN_CODES.contains(e.code().code())
        || e.source().hasType("REF")
        || e.target().hasType("REF");
  }
}
