package org.amity.forecast.ewp;

import java.util.Map;

/**
 * Names to show for the countries of EWP's panel. The unit stays EWP's name (the key of the
 * published forecasts, the stored rows and the ASEAN filter); only names that would be wrong on a
 * page today are shown otherwise: EWP writes Viet Nam as "Democratic Republic of Vietnam" (North
 * Viet Nam's name before 1976, kept by its panel for the whole series) and misspells Kyrgyzstan.
 */
public final class EwpNames {
  private static final Map<String, String> DISPLAY =
      Map.of(
          "Democratic Republic of Vietnam", "Vietnam",
          "Kyrgystan", "Kyrgyzstan");

  private EwpNames() {}

  /** The name to show for a country as EWP names it; every other name as EWP writes it. */
  public static String display(String ewpName) {
    return DISPLAY.getOrDefault(ewpName, ewpName);
  }
}
