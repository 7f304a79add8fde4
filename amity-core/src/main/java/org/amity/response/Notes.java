package org.amity.response;

import java.util.ArrayList;
import java.util.List;
import org.amity.signal.GreatPowerRole;

/** Notes on a situation as a whole that the user must read with the options. */
final class Notes {
  static final double HIGH_OUTSIDE_SHARE = 0.3;

  private Notes() {}

  static List<String> of(Context x, int skippedByLens, List<RankedOption> options) {
    SituationProfile s = x.situation();
    List<String> out = new ArrayList<>();
    List<String> powers = SituationProfile.greatPowersAmong(s.parties());
    if (s.greatPowerParty()) {
      String who = powers.isEmpty() ? "(not listed)" : String.join(", ", powers);
      out.add(
          s.greatPowerRole() == GreatPowerRole.COASTAL_STATE
              ? x.phrasing().coastalGreatPowerNote(who)
              : x.phrasing().greatPowerNote(who));
    } else if (s.outsidePowerShare() >= HIGH_OUTSIDE_SHARE) {
      out.add(
          "outside powers account for "
              + Math.round(s.outsidePowerShare() * 100)
              + "% of the activity: expected success is lower; options that keep ASEAN central"
              + " are favoured");
    }
    if (x.intraState()) {
      out.add(
          "internal matter: every option needs the consent of "
              + String.join(", ", s.parties())
              + "; quiet, ASEAN-led options are favoured");
    }
    if (skippedByLens > 0) {
      out.add(x.phrasing().lensNote(skippedByLens));
    }
    if (options.isEmpty()) {
      out.add("no acceptable option in the knowledge base for this situation");
    }
    return out;
  }
}
