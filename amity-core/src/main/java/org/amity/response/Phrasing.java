package org.amity.response;

import org.amity.response.kb.MeasureType;

/**
 * The words of a recommendation. With {@link Label#FUNCTIONAL} the same options are phrased as
 * functional cooperation, without the words "preventive diplomacy", because ASEAN practice avoids
 * the label and some members read it as interference.
 */
final class Phrasing {
  private final Label label;

  Phrasing(Label label) {
    this.label = label;
  }

  Label label() {
    return label;
  }

  boolean functional() {
    return label == Label.FUNCTIONAL;
  }

  String measureName(MeasureType m) {
    return functional() ? m.functionalName() : m.name();
  }

  /** What an excluded coercive or unconsented option is not. */
  String notAcceptable() {
    return functional() ? "outside consent-based regional cooperation" : "not preventive diplomacy";
  }

  /** Principle 7's warning for a situation that is not between states. */
  String outsideInterStateScope(String kind) {
    return functional()
        ? "a "
            + kind
            + " matter, handled as functional cooperation with the consent of the state"
            + " concerned"
        : "the ARF concept covers conflicts between states; ASEAN reaches "
            + kind
            + " crises through functional cooperation";
  }

  /** Principle 1's warning for practical cooperation. */
  String functionalNotDiplomacy() {
    return functional()
        ? "practical cooperation rather than negotiation"
        : "functional cooperation rather than diplomacy proper: preventive diplomacy only in the"
            + " broad view";
  }

  String greatPowerNote(String powers) {
    return "great power(s) "
        + powers
        + " involved: regional initiatives succeed less often; options that keep ASEAN central"
        + " are favoured";
  }

  /**
   * A great power that is a coastal state of the sea area, not a side in the evidence (South China
   * Sea piracy): the flag weighs as for a party, since its interests and consent bear on any
   * response in its waters; the words say what is true (audit2 D17).
   */
  String coastalGreatPowerNote(String powers) {
    return "great power(s) "
        + powers
        + " a coastal state of the sea area, not a side in the situation: its interests bear on"
        + " any response in its waters; options that keep ASEAN central are favoured";
  }

  String lensNote(int skipped) {
    return skipped
        + " option(s) counted only in the broad view (structural measures, functional"
        + " cooperation) left out by the narrow lens";
  }
}
