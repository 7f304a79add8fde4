package org.amity.coding.plover;

import java.util.Set;
import org.amity.coding.eval.PloverEvaluation;
import org.amity.coding.eval.PloverTable;

/**
 * CAMEO codes to PLOVER event types as the PLOVER codebook reads them, on top of the CAMEO2PLOVER
 * table. Three readings, written from the codebook before any record was scored:
 *
 * <ul>
 *   <li>CAMEO 02 (appeal) is a REQUEST: PLOVER's REQUEST (DEMAND in the 2016 names) covers both
 *       CAMEO's appeals (02) and demands (10); the 2021 table leaves 02 unlisted.
 *   <li>Cooperation that is refused, declined, failed or negated ("refused to allow", "did not
 *       agree") is a REJECT, as PLOVER codes refusals of cooperation.
 *   <li>Cooperation announced as an intention ("will give", "is ready to send", "offered to hand
 *       over") is an AGREE (PLOVER: willingness or commitment to cooperate, CAMEO 03); material
 *       conflict announced as an intention ("will boycott", "is prepared to impose") is a THREATEN
 *       (CAMEO 13). Verbal types (requests, accusations, rejections, threats) keep their type.
 * </ul>
 */
public final class PloverTypes {
  /** Types that stand for cooperation (refused: REJECT; announced: AGREE). */
  static final Set<String> COOPERATIVE =
      Set.of("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT");

  /** Types that stand for material conflict (announced: THREATEN). */
  static final Set<String> MATERIAL_CONFLICT =
      Set.of("SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST");

  private final PloverTable table;

  public PloverTypes(PloverTable table) {
    this.table = table;
  }

  /** The 2021 name of a gold type in 2016 names (DEMAND is REQUEST, FIGHT is ASSAULT, ...). */
  public static String current(String goldType) {
    return PloverEvaluation.RENAMED_SINCE_2016.getOrDefault(goldType, goldType);
  }

  /** The table's own type of a CAMEO code, without the codebook's readings; null when none. */
  public String table(String cameo) {
    return cameo == null ? null : table.event(cameo);
  }

  /** The table's type of a CAMEO code, with appeals (02) read as requests; null when none. */
  public String of(String cameo) {
    if (cameo == null) {
      return null;
    }
    if (cameo.startsWith("02")) {
      return "REQUEST";
    }
    return table.event(cameo);
  }

  /**
   * The type of a verb's code in its context: negated cooperation is a REJECT (other negated verbs
   * give no type: "did not attack" is no event); announced cooperation an AGREE, announced material
   * conflict a THREATEN.
   */
  public String read(String cameo, boolean negated, boolean intent) {
    String type = of(cameo);
    if (type == null) {
      return null;
    }
    if (negated) {
      return COOPERATIVE.contains(type) ? "REJECT" : null;
    }
    if (intent && COOPERATIVE.contains(type)) {
      return "AGREE";
    }
    if (intent && MATERIAL_CONFLICT.contains(type)) {
      return "THREATEN";
    }
    return type;
  }
}
