package org.amity.event;

import java.util.List;

/**
 * A country (or disputed area) as Amity knows it.
 *
 * @param iso3 the key used everywhere in Amity
 * @param iso2 ISO 3166 alpha-2 code, empty for areas without one
 * @param fipsCodes FIPS 10-4 codes that GDELT's geo fields use for it
 * @param cameoCodes CAMEO actor codes for it that differ from iso3 (e.g. "TMP" for Timor-Leste)
 * @param name English short name
 * @param aliases other spellings seen in sources (e.g. ICEWS's "Russian Federation")
 * @param asean whether it is an ASEAN member (Timor-Leste included)
 * @param greatPower whether it is an outside great power by default
 * @param cow Correlates of War country number, or 0 if none
 */
public record Country(
    String iso3,
    String iso2,
    List<String> fipsCodes,
    List<String> cameoCodes,
    String name,
    List<String> aliases,
    boolean asean,
    boolean greatPower,
    int cow) {

  public Country {
    fipsCodes = List.copyOf(fipsCodes);
    cameoCodes = List.copyOf(cameoCodes);
    aliases = List.copyOf(aliases);
  }
}
