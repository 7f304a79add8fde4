package org.amity.ingest.maritime;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What happened in a maritime incident, in one vocabulary for both sources, with the CAMEO code the
 * incident is stored under. The codes: hijacking and kidnapping are abduction, hijacking or hostage
 * taking (181); a boarding is a robbery, that is seizing property (171); firing upon a ship, an
 * attempted attack and an attack of unknown kind are unconventional violence (180); an explosion is
 * non-military bombing (183); a ship detained is arrest or detention (173); a suspicious approach
 * is a show of force without an attack (150), kept so that analysts can count it or leave it out by
 * subtype.
 */
public enum AttackType {
  KIDNAPPING("kidnapping", "181", "\\b(kidnap\\w*|abduct\\w*)", true),
  HIJACKING("hijacking", "181", "\\bhijack\\w*", true),
  BOARDING(
      "boarding",
      "171",
      "\\b(boarded|robbed|stole|(?<!nothing )(?<!nothing was )(?<!nothing had been )(?<!not )"
          + "(?<!nothing has been )(?<!no items were )stolen|theft|broke into|ransacked|looted)\\b"),
  FIRED_UPON(
      "fired upon",
      "180",
      "\\b(fired (up)?on|fired at|fired (shots|several|warning|rounds|a)|opened fire|under fire"
          + "|shot at|firing (at|on|upon|shots)|shots (were )?fired|rocket.propelled|rpg)\\b"),
  ATTEMPTED("attempted", "180", "\\b(attempt\\w*|tried to|trying to|attack\\w*|assault\\w*)\\b"),
  SUSPICIOUS_APPROACH(
      "suspicious approach",
      "150",
      "\\b(approach\\w*|suspicious|chased|followed|pursued|came alongside)\\b"),
  EXPLOSION("explosion", "183", "\\b(explosion|explosive\\w*|exploded|bomb\\w*|limpet)\\b"),
  DETAINED("detained", "173", "\\b(detain\\w*|seized)\\b"),
  UNKNOWN("unknown", "180", null);

  private final String label;
  private final String cameo;
  private final Pattern words;
  private final boolean reportedOnly;

  AttackType(String label, String cameo, String words) {
    this(label, cameo, words, false);
  }

  AttackType(String label, String cameo, String words, boolean reportedOnly) {
    this.label = label;
    this.cameo = cameo;
    this.words = words == null ? null : Pattern.compile(words, Pattern.CASE_INSENSITIVE);
    this.reportedOnly = reportedOnly;
  }

  /** The subtype stored with the event ("hijacking", "boarding" ...). */
  public String label() {
    return label;
  }

  /** The CAMEO code the incident is stored under. */
  public String cameo() {
    return cameo;
  }

  /**
   * Classifies a narrative by the first kind, in declaration order, whose words it uses: the most
   * serious outcome wins ("boarded and kidnapped three crew" is a kidnapping; as in IMB's own
   * categories, a ship boarded is a boarding even if shots were fired; "attempted to board" without
   * a boarding is an attempt, "nothing was stolen" is no robbery). UNKNOWN when no kind's words
   * appear. Word lists, not understanding: see docs/data-sources.md for how well it does.
   */
  public static AttackType classify(String narrative) {
    return classify(narrative, null);
  }

  /**
   * As {@link #classify(String)}, for a report of the given date (null if unknown). A kidnapping or
   * hijacking counts only where the narrative reports one as having happened in this incident, not
   * where it warns of one, negates one, tells of an attempt or retells an earlier one ({@link
   * ReportedAct}): "mariners are advised of the risk of kidnap" is no kidnapping.
   */
  static AttackType classify(String narrative, LocalDate reportedOn) {
    if (narrative != null) {
      for (AttackType t : values()) {
        if (t.words != null && t.uses(narrative, reportedOn)) {
          return t;
        }
      }
    }
    return UNKNOWN;
  }

  private boolean uses(String narrative, LocalDate reportedOn) {
    return reportedOnly
        ? ReportedAct.reported(words, narrative, reportedOn)
        : words.matcher(narrative).find();
  }

  /** True when the narrative of a report of the given date reports crew or passengers kidnapped. */
  static boolean reportsKidnapping(String narrative, LocalDate reportedOn) {
    return narrative != null && KIDNAPPING.uses(narrative, reportedOn);
  }

  /**
   * The type for an IMB {@code attack_type} label (Boarded, Boarding, Attempted, Hijacked, Fired
   * Upon, Suspicious, Explosion, Detained); empty for a label IMB does not use.
   */
  static Optional<AttackType> ofImbLabel(String label) {
    return Optional.ofNullable(
        switch (label.strip().toLowerCase(Locale.ROOT)) {
          case "boarded", "boarding" -> BOARDING;
          case "attempted" -> ATTEMPTED;
          case "hijacked" -> HIJACKING;
          case "fired upon" -> FIRED_UPON;
          case "suspicious" -> SUSPICIOUS_APPROACH;
          case "explosion" -> EXPLOSION;
          case "detained" -> DETAINED;
          default -> null;
        });
  }
}
